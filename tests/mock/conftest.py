"""Pytest fixtures of the mock's tests (helpers live in ``tests/mock/helpers.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mock.helpers import (
    ACCOUNT,
    ACCOUNT_A,
    ACCOUNT_AUTOMATE,
    ACCOUNT_B,
    EDITOR_KEY,
    KEY_A,
    KEY_AUTOMATE,
    KEY_B,
    READ_ONLY_KEY,
    Api,
    TestClient,
    make_client,
    two_account_fixture,
)
from tests.mock.serial_helpers import (
    OTHER_ACCOUNT,
    OTHER_KEY,
    SOLE_ACCOUNT,
    SOLE_KEY,
    SerialApi,
    make_app_client,
    two_serial_accounts_fixture,
)

# Helpers that hold checks moved out of test modules: rewritten like the tests, a failing check shows its values.
pytest.register_assert_rewrite(
    "tests.mock.doc_example_helpers",
    "tests.mock.fault_helpers",
    "tests.mock.http_helpers",
    "tests.mock.serialization_helpers",
)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with make_client() as test_client:
        yield test_client


def _api_fixture(name: str, client_fixture: str, key: str, account: str, about: str) -> object:
    """A fixture ``name``: ``account`` through ``key`` on the mock of the fixture ``client_fixture``."""

    def account_api(request: pytest.FixtureRequest) -> Api:
        return Api(request.getfixturevalue(client_fixture), key, account)

    account_api.__doc__ = about
    return pytest.fixture(name=name)(account_api)


@pytest.fixture
def shared_client() -> Iterator[TestClient]:
    """A mock of two accounts, and one with AUTOMATE only (see ``two_account_fixture``)."""
    with make_client(two_account_fixture()) as test_client:
        yield test_client


api = _api_fixture(
    "api", "client", EDITOR_KEY, ACCOUNT, "The demo account through its editor key (API_EDITOR + SERIAL_READ_WRITE)."
)
read_only = _api_fixture("read_only", "client", READ_ONLY_KEY, ACCOUNT, "The demo account, read-only key.")
api_a = _api_fixture("api_a", "shared_client", KEY_A, ACCOUNT_A, "Account A of the shared mock.")
api_b = _api_fixture("api_b", "shared_client", KEY_B, ACCOUNT_B, "Account B of the shared mock.")
automate_api = _api_fixture(
    "automate_api", "shared_client", KEY_AUTOMATE, ACCOUNT_AUTOMATE, "An account whose only subscription is AUTOMATE."
)


@pytest.fixture
def anyio_backend() -> str:
    """The mock's async tests (``pytest.mark.anyio``) run on asyncio only."""
    return "asyncio"


@pytest.fixture
def sapi() -> Iterator[SerialApi]:
    """The demo account (ENGAGE_PREMIUM, both default carriers) through its editor key; instant jobs.

    Modules whose tests need the account set up first define a ``sapi`` of their own.
    """
    with make_app_client() as client:
        yield SerialApi(client, EDITOR_KEY, ACCOUNT)


@pytest.fixture
def pair() -> Iterator[tuple[SerialApi, SerialApi]]:
    """Two accounts of one mock, each through its own full-role key."""
    with make_app_client(two_serial_accounts_fixture()) as client:
        yield SerialApi(client, SOLE_KEY, SOLE_ACCOUNT), SerialApi(client, OTHER_KEY, OTHER_ACCOUNT)


@pytest.fixture
def two_apis(pair: tuple[SerialApi, SerialApi]) -> tuple[SerialApi, SerialApi]:
    """``pair`` under the name the serialization rules' tests use."""
    return pair
