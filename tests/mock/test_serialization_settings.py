"""The Serialization API's allocation settings, held against the mock over HTTP: account and twin settings
echo the request, account settings may be set again, a twin's only until it has serial items (then the
documented conflict text), twin settings win over the account's, which are copied to a twin when its first job
starts (not when a job is refused), both need the roles API_EDITOR and SERIAL_READ_WRITE and an ENGAGE
subscription, bad settings are 400 naming the field (CSET 82 and three distinct symbols for
RANDOM_ALPHANUMERIC only), and promotional asset or unknown twins are refused. Source:
shared/reference/illuminate-serialization-api.md ("allocation settings").
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.mock.helpers import ACCOUNT
from tests.mock.serial_helpers import CSET_82, SETTINGS_CONFLICT, SerialApi, error_fields
from tests.mock.serialization_helpers import ALNUM, NUMERIC, SEQUENTIAL, job_data, no_errors, sole_api


def settings_of(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in ("length", "strategy", "symbols") if key in data}


# =================================================================== settings


@pytest.mark.parametrize("settings", [NUMERIC, ALNUM, SEQUENTIAL, {**NUMERIC, "symbols": "xyz"}])
def test_account_settings_echo_the_request(sapi: SerialApi, settings: dict[str, Any]) -> None:
    response = sapi.set_account_settings(**settings)
    assert response.status_code == 200
    assert response.json() == {"accountId": ACCOUNT, "serialAllocationSettings": settings}


def test_twin_settings_echo_the_request(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    response = sapi.set_twin_settings(twin, **ALNUM)
    assert response.status_code == 200
    assert response.json() == {"accountId": ACCOUNT, "digitalTwinId": twin, "serialAllocationSettings": ALNUM}


@pytest.mark.parametrize("second", [NUMERIC, SEQUENTIAL, ALNUM], ids=["identical", "other-strategy", "alphanumeric"])
def test_second_account_settings_update_them(sapi: SerialApi, second: dict[str, Any]) -> None:
    # SER v1: account settings are "set or update" (SER answered a second call with the conflict text).
    early = sapi.product_twin()
    assert sapi.ok(sapi.set_account_settings(**NUMERIC))["serialAllocationSettings"] == NUMERIC
    assert settings_of(job_data(sapi, early)) == NUMERIC  # copied to this twin when its job started
    response = sapi.set_account_settings(**second)
    assert sapi.ok(response) == {"accountId": ACCOUNT, "serialAllocationSettings": second}
    data = job_data(sapi, sapi.product_twin())
    assert settings_of(data) == second
    assert data["allocationLevel"] == "ACCOUNT"
    # A twin that has serials keeps the settings it was copied.
    assert settings_of(job_data(sapi, early)) == NUMERIC


@pytest.mark.parametrize("second", [ALNUM, NUMERIC, {**ALNUM, "symbols": "xyz"}], ids=["identical", "numeric", "sym"])
def test_twin_settings_change_until_the_twin_has_serial_items(sapi: SerialApi, second: dict[str, Any]) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))
    changed = sapi.ok(sapi.set_twin_settings(twin, **second))  # no serial items yet: it may change
    assert changed == {"accountId": ACCOUNT, "digitalTwinId": twin, "serialAllocationSettings": second}
    data = job_data(sapi, twin)
    assert settings_of(data) == second
    assert data["allocationLevel"] == "DIGITAL_TWIN"
    # Now the twin has serial items: the documented HTTP 200 conflict text, and nothing changes.
    response = sapi.set_twin_settings(twin, **NUMERIC if second != NUMERIC else ALNUM)
    assert response.status_code == 200
    assert response.json() == SETTINGS_CONFLICT
    no_errors("SerialAllocationSettingsConflict", response.json())
    assert settings_of(job_data(sapi, twin)) == second
    # Settings are per twin: another twin still takes its own.
    other = sapi.product_twin()
    assert sapi.ok(sapi.set_twin_settings(other, **NUMERIC))["serialAllocationSettings"] == NUMERIC


def test_a_refused_job_leaves_twin_settings_changeable(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **SEQUENTIAL))
    assert sapi.start_job(twin, 10**6).status_code == 409  # more than 999,999: nothing allocated
    assert sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))["serialAllocationSettings"] == NUMERIC


@pytest.mark.parametrize("account_first", [True, False])
def test_twin_settings_win_over_account_settings(sapi: SerialApi, account_first: bool) -> None:
    twin, plain = sapi.product_twin(), sapi.product_twin()
    steps = [lambda: sapi.set_account_settings(**NUMERIC), lambda: sapi.set_twin_settings(twin, **ALNUM)]
    for step in steps if account_first else steps[::-1]:
        assert isinstance(sapi.ok(step()), dict)
    data = job_data(sapi, twin)
    assert (settings_of(data), data["allocationLevel"]) == (ALNUM, "DIGITAL_TWIN")
    assert all(re.fullmatch(r"[hapc]{10}", s) for s in sapi.serial_values(twin))
    data = job_data(sapi, plain)  # a twin without settings of its own takes the account's
    assert (settings_of(data), data["allocationLevel"]) == (NUMERIC, "ACCOUNT")
    assert all(re.fullmatch(r"[0-9]{8}", s) for s in sapi.serial_values(plain))


def test_account_settings_are_copied_to_the_twin_when_a_job_starts(sapi: SerialApi) -> None:
    twin, untouched = sapi.product_twin(), sapi.product_twin()
    sapi.ok(sapi.set_account_settings(**NUMERIC))
    data = job_data(sapi, twin)
    assert (settings_of(data), data["allocationLevel"]) == (NUMERIC, "ACCOUNT")
    # The twin now holds the account's settings: setting its own is the documented conflict.
    response = sapi.set_twin_settings(twin, **ALNUM)
    assert response.status_code == 200
    assert response.json() == SETTINGS_CONFLICT
    assert settings_of(job_data(sapi, twin)) == NUMERIC
    # The copy happens when a job starts, not when the account settings are set.
    assert sapi.ok(sapi.set_twin_settings(untouched, **ALNUM))["serialAllocationSettings"] == ALNUM
    assert settings_of(job_data(sapi, untouched))["strategy"] == "RANDOM_ALPHANUMERIC"


def test_a_refused_job_does_not_copy_the_account_settings(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_account_settings(length=6, strategy="RANDOM_ALPHANUMERIC", symbols="abc"))  # 729 serials
    refused = sapi.start_job(twin, 730)
    assert (refused.status_code, error_fields(refused)) == (409, {"body.serialCount"})
    # The job never began, so the twin has no settings yet and may still get its own.
    assert sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))["serialAllocationSettings"] == NUMERIC
    data = job_data(sapi, twin, 730)
    assert (settings_of(data), data["allocationLevel"], data["range"]) == (NUMERIC, "DIGITAL_TWIN", [1, 730])


def test_job_without_any_settings_is_refused_and_allocates_nothing(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    response = sapi.start_job(twin, 10)
    assert response.status_code == 409
    assert "settings" in response.json()["message"].lower()
    assert sapi.all_serials(twin) == []
    state = sapi.client.app.state.service.backend.serial
    assert (state.jobs, state.spaces, state.twin_settings) == ({}, {}, {})
    sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))
    status = sapi.status(sapi.job(twin, 10)["id"])
    assert status["data"]["range"] == [1, 10]  # the refused job reserved nothing
    assert len(sapi.all_serials(twin)) == 10


@pytest.mark.parametrize(
    ("key", "allowed"),
    [
        ("demo-serial-read-write-key", False),
        ("demo-serial-read-only-key", False),
        ("demo-api-read-only-key", False),
        ("demo-api-editor-key", False),
        ("demo-editor-key", True),
    ],
)
def test_setting_allocation_settings_needs_api_editor_and_serial_read_write(
    sapi: SerialApi, key: str, allowed: bool
) -> None:
    """x-illuminate-roles [[API_EDITOR, SERIAL_READ_WRITE]]: a key must hold both roles, either one is not enough."""
    twin = sapi.product_twin()
    caller = SerialApi(sapi.client, key, ACCOUNT)
    for response in (caller.set_account_settings(**NUMERIC), caller.set_twin_settings(twin, **ALNUM)):
        assert response.status_code == (200 if allowed else 403), response.text
        assert isinstance(response.json(), dict)
        if not allowed:  # the message says what is needed
            assert "roles API_EDITOR and SERIAL_READ_WRITE" in response.json()["message"]
    if not allowed:  # a refused call stored nothing: the editor can still set both
        assert sapi.ok(sapi.set_account_settings(**NUMERIC))["serialAllocationSettings"] == NUMERIC
        assert sapi.ok(sapi.set_twin_settings(twin, **ALNUM))["serialAllocationSettings"] == ALNUM


BAD_SETTINGS = [
    pytest.param({"length": 5, "strategy": "RANDOM_NUMERIC"}, "length", id="length-5"),
    pytest.param({"length": 21, "strategy": "RANDOM_NUMERIC"}, "length", id="length-21"),
    pytest.param({"length": 8.5, "strategy": "RANDOM_NUMERIC"}, "length", id="length-fraction"),
    pytest.param({"strategy": "RANDOM_NUMERIC"}, "length", id="length-missing"),
    pytest.param({"length": 8, "strategy": "SHUFFLED_NUMERIC"}, "strategy", id="unknown-strategy"),
    pytest.param({"length": 8}, "strategy", id="strategy-missing"),
    pytest.param({"length": 8, "strategy": "RANDOM_ALPHANUMERIC"}, "symbols", id="alphanumeric-no-symbols"),
    pytest.param({**ALNUM, "symbols": "abc#"}, "symbols", id="hash-not-in-cset82"),
    pytest.param({**ALNUM, "symbols": "abc def"}, "symbols", id="space-not-in-cset82"),
    pytest.param({**ALNUM, "symbols": "abcé"}, "symbols", id="non-ascii"),
    pytest.param({**ALNUM, "symbols": "ab"}, "symbols", id="two-symbols"),
    pytest.param({**ALNUM, "symbols": "aab"}, "symbols", id="two-distinct-of-three"),
    pytest.param({**ALNUM, "symbols": "abababab"}, "symbols", id="two-distinct-of-eight"),
]


@pytest.mark.parametrize(("settings", "field"), BAD_SETTINGS)
@pytest.mark.parametrize("level", ["account", "twin"])
def test_bad_settings_are_400_naming_the_field(
    sapi: SerialApi, settings: dict[str, Any], field: str, level: str
) -> None:
    twin = sapi.product_twin()

    def send(body: dict[str, Any]) -> Any:
        return sapi.set_account_settings(**body) if level == "account" else sapi.set_twin_settings(twin, **body)

    response = send(settings)
    assert response.status_code == 400, response.text
    assert f"body.{field}" in error_fields(response)
    assert isinstance(sapi.ok(send(NUMERIC)), dict)  # nothing was stored


@pytest.mark.parametrize(
    "settings",
    [
        {"strategy": "RANDOM_NUMERIC", "length": 8, "symbols": "0000"},
        {"strategy": "RANDOM_NUMERIC", "length": 8, "symbols": "aa"},
        {"strategy": "SEQUENTIAL_NUMERIC", "length": 6, "symbols": "ab#"},
        {"strategy": "SEQUENTIAL_NUMERIC", "length": 6, "symbols": ""},
    ],
    ids=["random-0000", "random-two-of-one", "sequential-outside-cset82", "sequential-empty"],
)
@pytest.mark.parametrize("level", ["account", "twin"])
def test_numeric_strategies_accept_and_ignore_any_symbols(
    sapi: SerialApi, settings: dict[str, Any], level: str
) -> None:
    """The CSET 82 and three-distinct rules are for RANDOM_ALPHANUMERIC only; numeric serials stay digits."""
    twin = sapi.product_twin()
    response = sapi.set_account_settings(**settings) if level == "account" else sapi.set_twin_settings(twin, **settings)
    assert sapi.ok(response)["serialAllocationSettings"] == settings  # accepted and echoed as sent
    sapi.job(twin, 20)
    values = sapi.serial_values(twin)
    assert len(values) == 20
    assert all(re.fullmatch(rf"[0-9]{{{settings['length']}}}", value) for value in values)


@pytest.mark.parametrize("char", list(" #$@[\\]^`{|}~"))
def test_symbols_outside_cset_82_are_refused(sapi: SerialApi, char: str) -> None:
    response = sapi.set_account_settings(**{**ALNUM, "symbols": "abc" + char})
    assert response.status_code == 400
    assert error_fields(response) == {"body.symbols"}


def test_all_of_cset_82_is_accepted_as_symbols(sapi: SerialApi) -> None:
    settings = {"length": 20, "strategy": "RANDOM_ALPHANUMERIC", "symbols": CSET_82}
    assert sapi.ok(sapi.set_account_settings(**settings))["serialAllocationSettings"] == settings
    twin = sapi.sku_twin()
    sapi.job(twin, 50)
    assert all(len(v) == 20 and set(v) <= set(CSET_82) for v in sapi.serial_values(twin))


def test_promotional_asset_twins_are_refused(sapi: SerialApi) -> None:
    asset_twin = sapi.asset_twin()
    response = sapi.set_twin_settings(asset_twin, **NUMERIC)
    assert response.status_code == 400
    assert error_fields(response) == {"body.digitalTwinId"}
    sapi.ok(sapi.set_account_settings(**NUMERIC))
    response = sapi.start_job(asset_twin, 10)
    assert response.status_code == 400
    assert error_fields(response) == {"body.digitalTwinId"}
    assert sapi.all_serials(asset_twin) == []


def test_unknown_twin_is_404(sapi: SerialApi) -> None:
    response = sapi.set_twin_settings("no-such-twin", **NUMERIC)
    assert (response.status_code, error_fields(response)) == (404, {"body.digitalTwinId"})
    sapi.ok(sapi.set_account_settings(**NUMERIC))
    response = sapi.start_job("no-such-twin", 10)
    assert (response.status_code, error_fields(response)) == (404, {"body.digitalTwinId"})


@pytest.mark.parametrize("subscriptions", [[], ["AUTOMATE"], ["ILLUMINATE", "RECYCLE", "VALIDATE_PACKAGING"]])
def test_settings_and_serialization_need_engage_or_engage_premium(subscriptions: list[str]) -> None:
    client, api = sole_api(subscriptions, [])
    with client:
        twin = api.product_twin()
        for response in (
            api.set_account_settings(**NUMERIC),
            api.set_twin_settings(twin, **NUMERIC),
            api.start_job(twin, 5),
            api.post_v1("/jobs/serialization", {"digitalTwinId": twin, "count": 5, "identifier": "j"}),
        ):
            assert response.status_code == 403, response.text
            assert "ENGAGE" in response.json()["message"]
