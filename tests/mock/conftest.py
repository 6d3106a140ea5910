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


@pytest.fixture
def client() -> Iterator[TestClient]:
    with make_client() as test_client:
        yield test_client


@pytest.fixture
def api(client: TestClient) -> Api:
    """The demo account through its editor key (API_EDITOR + SERIAL_READ_WRITE)."""
    return Api(client, EDITOR_KEY, ACCOUNT)


@pytest.fixture
def read_only(client: TestClient) -> Api:
    return Api(client, READ_ONLY_KEY, ACCOUNT)


@pytest.fixture
def shared_client() -> Iterator[TestClient]:
    with make_client(two_account_fixture()) as test_client:
        yield test_client


@pytest.fixture
def api_a(shared_client: TestClient) -> Api:
    return Api(shared_client, KEY_A, ACCOUNT_A)


@pytest.fixture
def api_b(shared_client: TestClient) -> Api:
    return Api(shared_client, KEY_B, ACCOUNT_B)


@pytest.fixture
def automate_api(shared_client: TestClient) -> Api:
    """An account whose only subscription is AUTOMATE (watermarks, no QR codes)."""
    return Api(shared_client, KEY_AUTOMATE, ACCOUNT_AUTOMATE)
