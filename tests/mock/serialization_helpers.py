"""Settings and shortcuts shared by the tests of the Serialization API's rules (``test_serialization_*.py``).

On top of ``tests/mock/serial_helpers.py``: the allocation settings the tests use most, a one-account
mock, a new job's applied settings, a schema check, and a twin with a first serial.
"""

from __future__ import annotations

from typing import Any

from tests.mock.serial_helpers import (
    SOLE_ACCOUNT,
    SOLE_KEY,
    SerialApi,
    make_app_client,
    schema_errors,
    sole_account_fixture,
)

NUMERIC = {"length": 8, "strategy": "RANDOM_NUMERIC"}
ALNUM = {"length": 10, "strategy": "RANDOM_ALPHANUMERIC", "symbols": "hapc"}
SEQUENTIAL = {"length": 6, "strategy": "SEQUENTIAL_NUMERIC"}


def sole_api(subscriptions: list[str], carriers: list[str], **account: Any) -> Any:
    """Context-managed SerialApi on a one-account fixture."""
    client = make_app_client(sole_account_fixture(subscriptions, carriers, **account))
    return client, SerialApi(client, SOLE_KEY, SOLE_ACCOUNT)


def job_data(api: SerialApi, twin_id: str, count: int = 5) -> dict[str, Any]:
    """The ``data`` of the status of a new job: the settings that were applied."""
    started = api.job(twin_id, count)
    data: dict[str, Any] = api.status(started["id"])["data"]
    return data


def no_errors(schema: str, instance: Any) -> None:
    problems = schema_errors(schema, instance)
    assert problems == [], "\n".join(problems)


def first_serial(api: SerialApi, twin: str | None = None, **settings: Any) -> tuple[str, dict[str, Any]]:
    """A twin with one completed 20-serial job; the twin id and its first serial."""
    twin = twin or api.product_twin()
    api.ok(api.set_twin_settings(twin, **(settings or NUMERIC)))
    api.job(twin, 20)
    return twin, api.all_serials(twin)[0]
