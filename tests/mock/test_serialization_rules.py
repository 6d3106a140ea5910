"""Every documented rule of the Serialization API, held against the mock over HTTP.

Source: shared/reference/illuminate-serialization-api.md (allocation settings,
jobs, job status, serial listing, serial data carriers) and the spec's
decisions for what it leaves open (409 for exhausted spaces and existing
carriers, opaque cursors, MODIFIED_* sorting like CREATED_*).
"""

from __future__ import annotations

import gc
import itertools
import re
import tracemalloc
from typing import Any

import pytest
from illuminate_mock.backend import JobTiming
from illuminate_mock.store import ManualClock

from tests.mock.helpers import ACCOUNT, EDITOR_KEY
from tests.mock.serial_helpers import (
    CSET_82,
    ITEM_TYPES,
    OTHER_ACCOUNT,
    OTHER_KEY,
    SETTINGS_CONFLICT,
    SOLE_ACCOUNT,
    SOLE_KEY,
    STATUS_DATA_KEYS,
    SerialApi,
    error_fields,
    gs1_path_segment,
    make_app_client,
    schema_errors,
    sole_account_fixture,
    two_serial_accounts_fixture,
)

NUMERIC = {"length": 8, "strategy": "RANDOM_NUMERIC"}
ALNUM = {"length": 10, "strategy": "RANDOM_ALPHANUMERIC", "symbols": "hapc"}
SEQUENTIAL = {"length": 6, "strategy": "SEQUENTIAL_NUMERIC"}
SUBSCRIPTION_CARRIERS = {  # the subscription table of the serialization document
    "AUTOMATE": {"DIGITAL_WATERMARK"},
    "ENGAGE": {"QR_CODE"},
    "ENGAGE_PREMIUM": {"DIGITAL_WATERMARK", "QR_CODE"},
    "ILLUMINATE": {"DIGITAL_WATERMARK"},
    "RECYCLE": {"DIGITAL_WATERMARK"},
    "VALIDATE_PACKAGING": {"DIGITAL_WATERMARK"},
}
BOTH = ["QR_CODE", "DIGITAL_WATERMARK"]
TIMING = JobTiming(pending_seconds=1, serials_per_second=100, min_seconds=2)


@pytest.fixture
def sapi() -> Any:
    """The demo account (ENGAGE_PREMIUM, both default carriers) through its editor key; instant jobs."""
    with make_app_client() as client:
        yield SerialApi(client, EDITOR_KEY, ACCOUNT)


@pytest.fixture
def two_apis() -> Any:
    """Two accounts of one mock, each through its own full-role key."""
    with make_app_client(two_serial_accounts_fixture()) as client:
        yield SerialApi(client, SOLE_KEY, SOLE_ACCOUNT), SerialApi(client, OTHER_KEY, OTHER_ACCOUNT)


def sole_api(subscriptions: list[str], carriers: list[str], **account: Any) -> Any:
    """Context-managed SerialApi on a one-account fixture."""
    client = make_app_client(sole_account_fixture(subscriptions, carriers, **account))
    return client, SerialApi(client, SOLE_KEY, SOLE_ACCOUNT)


def job_data(api: SerialApi, twin_id: str, count: int = 5) -> dict[str, Any]:
    """The ``data`` of the status of a new job: the settings that were applied."""
    started = api.job(twin_id, count)
    data: dict[str, Any] = api.status(started["id"])["data"]
    return data


def settings_of(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in ("length", "strategy", "symbols") if key in data}


def no_errors(schema: str, instance: Any) -> None:
    problems = schema_errors(schema, instance)
    assert problems == [], "\n".join(problems)


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


# ==================================================================== serials

SERIAL_SHAPES = [
    pytest.param(SEQUENTIAL, r"[0-9]{6}", id="sequential"),
    pytest.param({**SEQUENTIAL, "symbols": "abc"}, r"[0-9]{6}", id="sequential-ignores-symbols"),
    pytest.param({"length": 12, "strategy": "RANDOM_NUMERIC"}, r"[0-9]{12}", id="random-numeric"),
    pytest.param({"length": 7, "strategy": "RANDOM_NUMERIC", "symbols": "abc"}, r"[0-9]{7}", id="numeric-ignores-sym"),
    pytest.param(ALNUM, r"[hapc]{10}", id="random-alphanumeric"),
    pytest.param({"length": 20, "strategy": "RANDOM_ALPHANUMERIC", "symbols": CSET_82}, None, id="alnum-cset82"),
    pytest.param({"length": 6, "strategy": "RANDOM_ALPHANUMERIC", "symbols": "!%&/"}, r"[!%&/]{6}", id="punctuation"),
]


@pytest.mark.parametrize(("settings", "pattern"), SERIAL_SHAPES)
def test_serials_have_the_set_length_over_the_right_characters(
    sapi: SerialApi, settings: dict[str, Any], pattern: str | None
) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **settings))
    sapi.job(twin, 200)
    sapi.job(twin, 100)
    values = sapi.serial_values(twin)
    assert len(values) == len(set(values)) == 300
    regex = re.compile(pattern or "[" + re.escape(CSET_82) + "]{20}")
    assert [v for v in values if not regex.fullmatch(v)] == []
    if settings["strategy"] == "SEQUENTIAL_NUMERIC":
        numbers = [int(v) for v in values]  # consecutive numbers, across jobs too
        assert numbers == list(range(numbers[0], numbers[0] + 300))
    else:
        assert values != sorted(values)  # random, not counting
    if settings["strategy"] == "RANDOM_ALPHANUMERIC":
        assert set("".join(values)) == set(settings["symbols"])  # every symbol is used


def test_serials_are_unique_and_the_space_is_exhausted_exactly(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, length=6, strategy="RANDOM_ALPHANUMERIC", symbols="abc"))  # 3**6 = 729
    jobs = [sapi.job(twin, 300)["id"], sapi.job(twin, 300)["id"]]
    refused = sapi.start_job(twin, 130)  # one more than is left
    assert refused.status_code == 409
    assert error_fields(refused) == {"body.serialCount"}
    jobs.append(sapi.job(twin, 129)["id"])  # exactly what is left: nothing was taken by the refusal
    statuses = [sapi.status(job) for job in jobs]
    assert [s["data"]["range"] for s in statuses] == [[1, 300], [301, 600], [601, 729]]
    listed = sapi.all_serials(twin)
    values = [s["serial"] for s in listed]
    assert len(values) == len(set(values)) == 729
    assert set(values) == {"".join(p) for p in itertools.product("abc", repeat=6)}
    assert len({s["id"] for s in listed}) == 729
    for count in (1, 729):
        refused = sapi.start_job(twin, count)
        assert refused.status_code == 409
        assert error_fields(refused) == {"body.serialCount"}
    assert [sapi.status(job) for job in jobs] == statuses
    assert sapi.all_serials(twin) == listed


def test_a_first_job_larger_than_the_space_is_refused(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, length=6, strategy="RANDOM_ALPHANUMERIC", symbols="abc"))
    refused = sapi.start_job(twin, 730)
    assert (refused.status_code, error_fields(refused)) == (409, {"body.serialCount"})
    assert sapi.status(sapi.job(twin, 729)["id"])["data"]["range"] == [1, 729]


@pytest.mark.parametrize("count", [0, -5, 2.5, "10"])
def test_serial_count_must_be_a_positive_integer(sapi: SerialApi, count: object) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))
    response = sapi.post("/rest/jobs/serialGeneration", {"digitalTwinId": twin, "serialCount": count})
    assert (response.status_code, error_fields(response)) == (400, {"body.serialCount"})
    assert sapi.client.app.state.service.backend.serial.jobs == {}


def test_twins_have_spaces_of_their_own(sapi: SerialApi) -> None:
    sapi.ok(sapi.set_account_settings(length=6, strategy="RANDOM_ALPHANUMERIC", symbols="abc"))
    first, second = sapi.product_twin(), sapi.product_twin()
    sapi.job(first, 729)
    assert sapi.start_job(first, 1).status_code == 409
    sapi.job(second, 729)  # the other twin's space is still whole
    assert set(sapi.serial_values(first)) == set(sapi.serial_values(second))


# ======================================================================= jobs


@pytest.mark.parametrize(
    ("key", "write", "read"),
    [
        ("demo-serial-read-write-key", True, True),
        ("demo-serial-read-only-key", False, True),
        ("demo-api-editor-key", False, False),
        ("demo-api-read-only-key", False, False),
    ],
)
def test_serial_operations_need_serial_roles(sapi: SerialApi, key: str, write: bool, read: bool) -> None:
    """POST endpoints need SERIAL_READ_WRITE; status and listing SERIAL_READ_ONLY or SERIAL_READ_WRITE."""
    twin, serial = first_serial(sapi)
    job = sapi.job(twin, 5)["id"]
    caller = SerialApi(sapi.client, key, ACCOUNT)
    expected_write = 409 if write else 403  # 409: the demo account's serials already have both carriers
    assert caller.start_job(twin, 5).status_code == (200 if write else 403)
    assert caller.add_carrier(serial["id"], "QR_CODE").status_code == expected_write
    assert caller.get("/rest/jobs/status", jobId=job).status_code == (200 if read else 403)
    listing = caller.get("/rest/serials", digitalTwinId=twin, first=5, order="CREATED_ASC")
    assert listing.status_code == (200 if read else 403)


def test_job_life_cycle_follows_the_clock() -> None:
    clock = ManualClock()
    with make_app_client(clock=clock, timing=TIMING) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twin = api.product_twin()
        api.ok(api.set_twin_settings(twin, **NUMERIC))
        started = api.job(twin, 500)  # pending 1 s, then 500 / 100 = 5 s
        assert set(started) == {"accountId", "data", "id", "status", "type"}
        assert (started["accountId"], started["status"], started["type"]) == (ACCOUNT, "PENDING", "SERIAL_GENERATION")
        assert started["data"] == NUMERIC
        no_errors("SerialGenerationJob", started)

        seen: list[tuple[str, float]] = []
        for step in (0.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0):
            clock.advance(step)
            status = api.status(started["id"])
            no_errors("JobStatus", status)
            seen.append((status["status"], status["breakdown"]["progress"]))
            if status["status"] != "COMPLETED":
                assert api.all_serials(twin) == [], f"serials listed while {status['status']}"
        assert seen[:2] == [("PENDING", 0), ("PENDING", 0)]
        running = [progress for state, progress in seen if state == "IN_PROGRESS"]
        assert len(running) >= 3
        assert all(0 < p < 1 for p in running)
        assert running == sorted(set(running))  # strictly increasing
        assert seen[-1] == ("COMPLETED", 1)
        states = [state for state, _ in seen]
        assert states == sorted(states, key=["PENDING", "IN_PROGRESS", "COMPLETED"].index)
        assert len(api.all_serials(twin)) == 500


@pytest.mark.parametrize(
    "after",
    [1.0001, 1.001, 3.5, 5.999, 5.9999],
    ids=["just-started", "started", "midway", "nearly-done", "all-but-done"],
)
def test_in_progress_means_progress_strictly_between_0_and_1(after: float) -> None:
    """A job that is IN_PROGRESS has done some but not all of its work, even at the edges of the run.

    (1 s pending, then 500 serials at 100 per second: running from 1 s to 6 s.)
    """
    clock = ManualClock()
    with make_app_client(clock=clock, timing=TIMING) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twin = api.product_twin()
        api.ok(api.set_twin_settings(twin, **NUMERIC))
        job = api.job(twin, 500)["id"]
        clock.advance(after)
        status = api.status(job)
    assert status["status"] == "IN_PROGRESS"
    assert 0 < status["breakdown"]["progress"] < 1, status["breakdown"]


def test_short_jobs_take_the_minimum_time() -> None:
    clock = ManualClock()
    with make_app_client(clock=clock, timing=TIMING) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twin = api.product_twin()
        api.ok(api.set_twin_settings(twin, **NUMERIC))
        job = api.job(twin, 10)["id"]  # 0.1 s of work, but at least 2 s
        clock.advance(2.9)
        assert api.status(job)["status"] == "IN_PROGRESS"
        clock.advance(0.2)
        assert api.status(job)["status"] == "COMPLETED"


def test_a_failing_job_ends_failed_and_lists_nothing() -> None:
    clock = ManualClock()
    with make_app_client(clock=clock, timing=TIMING) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        client.app.state.service.backend.serial.fail_next_jobs = 1
        twin = api.product_twin()
        api.ok(api.set_twin_settings(twin, **NUMERIC))
        failing = api.job(twin, 100)
        assert failing["status"] == "PENDING"
        healthy = api.job(twin, 100)["id"]  # only the next one fails
        clock.advance(60)
        status = api.status(failing["id"])
        no_errors("JobStatus", status)
        assert status["status"] == "FAILED"
        assert status["breakdown"]["progress"] < 1
        assert api.status(healthy)["status"] == "COMPLETED"
        assert len(api.all_serials(twin)) == 100  # the healthy job's serials only
        assert api.status(healthy)["data"]["range"] == [101, 200]


def test_job_status_has_the_documented_breakdown(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **ALNUM))
    sapi.job(twin, 40)
    started = sapi.job(twin, 60)
    status = sapi.status(started["id"])
    no_errors("JobStatus", status)
    assert (status["status"], status["type"], status["breakdown"]["progress"]) == ("COMPLETED", "SERIAL_GENERATION", 1)
    assert status.get("id", started["id"]) == started["id"]
    groups = status["breakdown"]["jobItems"]
    assert [g["type"] for g in groups] == ITEM_TYPES
    assert status["jobItemCounts"] == {"total": 3}
    for group in groups:
        assert group["count"] == len(group["items"]) == 1
        assert [item["status"] for item in group["items"]] == ["COMPLETED"]
    allocation, carriers, hashing = (g["items"][0]["data"] for g in groups)
    assert allocation["count"] == 60
    assert allocation["digitalTwinId"] == twin
    assert allocation["allocatedRange"] == carriers["range"] == hashing["range"] == [41, 100]
    assert allocation["nextJobItemId"] == carriers["allocationSpace"] == hashing["allocationSpace"]
    assert re.fullmatch(r"[0-9a-f]{32}", hashing["seed"])
    data = status["data"]
    assert set(data) == STATUS_DATA_KEYS
    assert data == {
        "range": [41, 100],
        **ALNUM,
        "qrCodeStep": True,
        "watermarkStep": True,
        "defaultDomain": "https://example.com/",
        "allocationLevel": "DIGITAL_TWIN",
        "defaultDataCarrier": "DigitalLink",
    }


def test_numeric_job_status_omits_nothing_it_needs(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **SEQUENTIAL))
    status = sapi.status(sapi.job(twin, 5)["id"])
    no_errors("JobStatus", status)
    assert set(status["data"]) == STATUS_DATA_KEYS - {"symbols"}


@pytest.mark.parametrize("job_id", ["no-such-job", "cccc3333-e5f6-1ab2-c34d-fe09dc87ba65"])
def test_unknown_job_is_404(sapi: SerialApi, job_id: str) -> None:
    response = sapi.get("/rest/jobs/status", jobId=job_id)
    assert response.status_code == 404
    assert error_fields(response) == {"query.jobId"}


def test_another_accounts_job_is_404(two_apis: tuple[SerialApi, SerialApi]) -> None:
    a, b = two_apis
    twin = a.product_twin()
    a.ok(a.set_twin_settings(twin, **NUMERIC))
    job = a.job(twin, 5)["id"]
    response = b.get("/rest/jobs/status", jobId=job)
    assert response.status_code == 404
    assert error_fields(response) == {"query.jobId"}
    assert b.get("/rest/serials", digitalTwinId=twin, first=10, order="CREATED_ASC").status_code == 404
    assert a.status(job)["status"] == "COMPLETED"


def test_instant_timing_completes_at_the_first_poll(sapi: SerialApi) -> None:
    twin = sapi.product_twin()
    sapi.ok(sapi.set_twin_settings(twin, **NUMERIC))
    started = sapi.job(twin, 1000)
    assert started["status"] == "PENDING"
    status = sapi.status(started["id"])
    assert (status["status"], status["breakdown"]["progress"]) == ("COMPLETED", 1)
    assert len(sapi.all_serials(twin)) == 1000


# ============================================================ data carriers


ENGAGE_COMBINATIONS = [["ENGAGE"], ["ENGAGE_PREMIUM"]] + [
    ["ENGAGE", other] for other in sorted(SUBSCRIPTION_CARRIERS) if not other.startswith("ENGAGE")
]


@pytest.mark.parametrize("subscriptions", ENGAGE_COMBINATIONS, ids="+".join)
@pytest.mark.parametrize(
    "defaults", [BOTH, ["QR_CODE"], ["DIGITAL_WATERMARK"], []], ids=["both", "qr", "watermark", "none"]
)
def test_job_carrier_steps_follow_defaults_and_subscriptions(subscriptions: list[str], defaults: list[str]) -> None:
    client, api = sole_api(subscriptions, defaults)
    with client:
        api.ok(api.set_account_settings(**NUMERIC))
        data = job_data(api, api.product_twin())
    allowed = set().union(*(SUBSCRIPTION_CARRIERS[s] for s in subscriptions)) & set(defaults)
    assert data["qrCodeStep"] is ("QR_CODE" in allowed)
    assert data["watermarkStep"] is ("DIGITAL_WATERMARK" in allowed)


def test_two_subscriptions_allow_the_union() -> None:
    client, api = sole_api(["ENGAGE", "RECYCLE"], BOTH)
    with client:
        api.ok(api.set_account_settings(**NUMERIC))
        data = job_data(api, api.product_twin())
    assert (data["qrCodeStep"], data["watermarkStep"]) == (True, True)


def first_serial(api: SerialApi, twin: str | None = None, **settings: Any) -> tuple[str, dict[str, Any]]:
    """A twin with one completed 20-serial job; the twin id and its first serial."""
    twin = twin or api.product_twin()
    api.ok(api.set_twin_settings(twin, **(settings or NUMERIC)))
    api.job(twin, 20)
    return twin, api.all_serials(twin)[0]


@pytest.mark.parametrize(
    ("subscriptions", "defaults", "wanted", "expected"),
    [
        (["ENGAGE_PREMIUM"], ["QR_CODE"], "DIGITAL_WATERMARK", 200),
        (["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"], "QR_CODE", 200),
        (["ENGAGE_PREMIUM"], BOTH, "QR_CODE", 409),
        (["ENGAGE_PREMIUM"], BOTH, "DIGITAL_WATERMARK", 409),
        (["ENGAGE"], [], "QR_CODE", 200),
        (["ENGAGE"], BOTH, "QR_CODE", 409),
        (["ENGAGE"], BOTH, "DIGITAL_WATERMARK", 403),  # the default QR only was made; no watermark allowed
        (["ENGAGE"], ["DIGITAL_WATERMARK"], "DIGITAL_WATERMARK", 403),  # a default ENGAGE does not allow
        (["ENGAGE", "AUTOMATE"], BOTH, "QR_CODE", 409),
        (["ENGAGE", "AUTOMATE"], BOTH, "DIGITAL_WATERMARK", 409),
        (["ENGAGE", "RECYCLE"], [], "DIGITAL_WATERMARK", 200),
    ],
)
def test_serial_data_carrier_adds_only_a_missing_allowed_type(
    subscriptions: list[str], defaults: list[str], wanted: str, expected: int
) -> None:
    client, api = sole_api(subscriptions, defaults)
    with client:
        _, serial = first_serial(api)
        response = api.add_carrier(serial["id"], wanted)
        assert response.status_code == expected, response.text
        if expected == 200:
            carrier = response.json()
            no_errors("SerialDataCarrier", carrier)
            assert (carrier["serialId"], carrier["carrierType"], carrier["accountId"]) == (
                serial["id"],
                wanted,
                SOLE_ACCOUNT,
            )
            again = api.add_carrier(serial["id"], wanted)  # now it is not missing any more
            assert again.status_code == 409
            assert error_fields(again) == {"body.carrierType"}
        else:
            assert error_fields(response) == {"body.carrierType"}


def test_serial_data_carrier_refusals_change_nothing() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["QR_CODE"])
    with client:
        twin, serial = first_serial(api)
        other = api.product_twin()
        for serial_id in ("no-such-serial", "dddd4444-5fe4-32dc-b10a-987654fedcba"):
            response = api.add_carrier(serial_id, "DIGITAL_WATERMARK")
            assert (response.status_code, error_fields(response)) == (404, {"body.serialId"})
        response = api.add_carrier(serial["id"], "DIGITAL_WATERMARK", digitalTwinId=other)
        assert (response.status_code, error_fields(response)) == (400, {"body.digitalTwinId"})
        response = api.add_carrier(serial["id"], "DIGITAL_WATERMARK", digitalTwinId="no-such-twin")
        assert response.status_code == 400
        # None of the refusals added the watermark.
        carrier = api.ok(api.add_carrier(serial["id"], "DIGITAL_WATERMARK", digitalTwinId=twin))
        assert carrier["carrierUrl"] == ""
        # Another serial of the same twin still lacks one.
        second = api.all_serials(twin)[1]
        assert api.add_carrier(second["id"], "DIGITAL_WATERMARK").status_code == 200


def test_serial_data_carrier_of_another_accounts_serial_is_404(two_apis: tuple[SerialApi, SerialApi]) -> None:
    a, b = two_apis
    _, serial = first_serial(a)
    response = b.add_carrier(serial["id"], "DIGITAL_WATERMARK")
    assert (response.status_code, error_fields(response)) == (404, {"body.serialId"})
    assert a.add_carrier(serial["id"], "DIGITAL_WATERMARK").status_code == 200


@pytest.mark.parametrize("identifier", ["01234567891224", "0614141000012", "614141000012", "96385074"])
def test_qr_code_digital_link_carries_the_percent_encoded_serial(identifier: str) -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"], default_domain="https://brand.example/")
    with client:
        twin = api.product_twin(identifier)
        api.ok(api.set_twin_settings(twin, length=8, strategy="RANDOM_ALPHANUMERIC", symbols="!%&/aZ9-._"))
        api.job(twin, 30)
        encoded_any = False
        for serial in api.all_serials(twin):
            carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE"))
            encoded = gs1_path_segment(serial["serial"])
            encoded_any |= encoded != serial["serial"]
            assert carrier["carrierUrl"] == f"https://brand.example/01/{identifier.zfill(14)}/21/{encoded}"
            no_errors("SerialDataCarrier", carrier)
        assert encoded_any


@pytest.mark.parametrize("identifier", ["01234567891225", "SKU-7"])
def test_qr_code_of_a_serial_without_a_valid_gtin_is_a_short_url(identifier: str) -> None:
    # The account asks for Digital Links, but a wrong check digit (or a SKU) gives no GTIN to link.
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"], default_domain="https://brand.example/")
    with client:
        _, serial = first_serial(api, api.product_twin(identifier))
        carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE"))
        assert re.fullmatch(r"[A-Za-z0-9]+", carrier["shortId"])
        assert carrier["carrierUrl"] == "https://brand.example/" + carrier["shortId"]
        no_errors("SerialDataCarrier", carrier)


def test_qr_code_short_url_on_request() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"])
    with client:
        twin, serial = first_serial(api)
        options = {"useDefaultSettings": False, "urlFormat": "ShortUrl", "shortUrlDomain": "https://mydomain.com/"}
        carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE", **options))
        assert re.fullmatch(r"[A-Za-z0-9]+", carrier["shortId"])
        assert carrier["carrierUrl"] == "https://mydomain.com/" + carrier["shortId"]
        second = api.all_serials(twin)[1]
        missing = api.add_carrier(second["id"], "QR_CODE", useDefaultSettings=False, urlFormat="ShortUrl")
        assert missing.status_code == 400
        assert "body.shortUrlDomain" in error_fields(missing)


def test_qr_code_short_url_by_account_default() -> None:
    client, api = sole_api(["ENGAGE"], [], default_url_format="ShortUrl", default_domain="https://s.example/")
    with client:
        _, serial = first_serial(api)
        carrier = api.ok(api.add_carrier(serial["id"], "QR_CODE"))
        assert carrier["shortId"]
        assert carrier["carrierUrl"] == "https://s.example/" + carrier["shortId"]


def test_watermark_carrier_url_is_empty() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], [])
    with client:
        _, serial = first_serial(api)
        carrier = api.ok(api.add_carrier(serial["id"], "DIGITAL_WATERMARK", useDefaultSettings=False))
        assert carrier["carrierUrl"] == ""
        assert "shortId" not in carrier


# ==================================================================== listing


def serial_twin(api: SerialApi, *counts: int) -> str:
    twin = api.product_twin()
    api.ok(api.set_twin_settings(twin, **NUMERIC))
    for count in counts:
        api.job(twin, count)
    return twin


def test_created_desc_is_the_exact_reverse_and_modified_sorts_like_created(sapi: SerialApi) -> None:
    twin = serial_twin(sapi, 30, 20, 7)
    asc = [s["id"] for s in sapi.all_serials(twin, "CREATED_ASC", first=8)]
    desc = [s["id"] for s in sapi.all_serials(twin, "CREATED_DESC", first=5)]
    assert len(set(asc)) == 57
    assert desc == asc[::-1]
    assert [s["id"] for s in sapi.all_serials(twin, "MODIFIED_ASC", first=9)] == asc
    assert [s["id"] for s in sapi.all_serials(twin, "MODIFIED_DESC", first=1000)] == desc
    created = [s["created"] for s in sapi.all_serials(twin)]
    assert created == sorted(created)


@pytest.mark.parametrize(("total", "first"), [(50, 7), (49, 7), (5, 1000), (1000, 1000), (1001, 1000), (3, 1)])
def test_following_tokens_visits_every_serial_once(sapi: SerialApi, total: int, first: int) -> None:
    twin = serial_twin(sapi, total)
    pages = list(sapi.serial_pages(twin, "CREATED_ASC", first))
    assert [len(p) for p in pages] == [first] * (total // first) + ([total % first] if total % first else [])
    ids = [s["id"] for page in pages for s in page]
    assert len(ids) == len(set(ids)) == total
    for page in pages:
        no_errors("Serial", page[0])


def test_page_headers_and_limits(sapi: SerialApi) -> None:
    twin = serial_twin(sapi, 10)
    response = sapi.get("/rest/serials", digitalTwinId=twin, first=4, order="CREATED_ASC")
    assert response.headers["has-next-page"] == "true"
    assert response.headers["next-page-token"]
    last = sapi.get("/rest/serials", digitalTwinId=twin, first=10, order="CREATED_ASC")
    assert last.headers["has-next-page"] == "false"
    assert "next-page-token" not in last.headers
    for bad in (0, 1001):
        refused = sapi.get("/rest/serials", digitalTwinId=twin, first=bad, order="CREATED_ASC")
        assert (refused.status_code, error_fields(refused)) == (400, {"query.first"})
    refused = sapi.get("/rest/serials", digitalTwinId=twin, first=10, order="NAME_ASC")
    assert (refused.status_code, error_fields(refused)) == (400, {"query.order"})


def test_a_twin_without_serials_lists_nothing(sapi: SerialApi) -> None:
    response = sapi.get("/rest/serials", digitalTwinId=sapi.product_twin(), first=10, order="CREATED_ASC")
    assert (response.json(), response.headers["has-next-page"]) == ([], "false")


@pytest.mark.parametrize("cursor", ["other-twin", "garbage", "dddd4444-5fe4-32dc-b10a-987654fedcba"])
def test_foreign_or_garbage_cursor_is_refused_naming_query_after(sapi: SerialApi, cursor: str) -> None:
    """The spec (parameter ``After``): a cursor the service does not know is answered with 404."""
    twin, other = serial_twin(sapi, 10), serial_twin(sapi, 10)
    if cursor == "other-twin":
        cursor = sapi.all_serials(other)[3]["id"]
    response = sapi.get("/rest/serials", digitalTwinId=twin, first=5, order="CREATED_ASC", after=cursor)
    assert response.status_code == 404
    assert error_fields(response) == {"query.after"}


def test_empty_cursor_is_400(sapi: SerialApi) -> None:
    response = sapi.get("/rest/serials", digitalTwinId=serial_twin(sapi, 3), first=5, order="CREATED_ASC", after="")
    assert (response.status_code, error_fields(response)) == (400, {"query.after"})


def test_unknown_twin_listing_is_404(sapi: SerialApi) -> None:
    response = sapi.get("/rest/serials", digitalTwinId="no-such-twin", first=5, order="CREATED_ASC")
    assert (response.status_code, error_fields(response)) == (404, {"query.digitalTwinId"})


# ====================================================================== scale


def job_memory(api: SerialApi, count: int) -> tuple[str, str, int]:
    """Start and poll a ``count``-serial job on a new twin: (twin, job, bytes the mock kept for it)."""
    twin = api.product_twin()
    api.ok(api.set_twin_settings(twin, **NUMERIC))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        job = api.job(twin, count)["id"]
        status = api.status(job)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert (status["status"], status["data"]["range"]) == ("COMPLETED", [1, count])
    return twin, job, grown


def test_a_million_serials_cost_no_memory_per_serial(sapi: SerialApi) -> None:
    warm = serial_twin(sapi, 10)  # first use of every code path, outside the measurement
    sapi.ok(sapi.get("/rest/serials", digitalTwinId=warm, first=5, order="CREATED_DESC"))
    _, _, small = job_memory(sapi, 10)
    twin, _, grown = job_memory(sapi, 1_000_000)
    assert grown < 1024 * 1024, f"the state grew by {grown} bytes for one job"
    # Whatever a job costs (its record, its twin's allocation space), it costs it whatever its size.
    assert grown - small < 64 * 1024, f"a 1,000,000-serial job kept {grown} bytes, a 10-serial one {small}"

    first = sapi.get("/rest/serials", digitalTwinId=twin, first=1000, order="CREATED_ASC")
    last = sapi.get("/rest/serials", digitalTwinId=twin, first=1000, order="CREATED_DESC")
    head, tail = sapi.ok(first), sapi.ok(last)
    assert len(head) == len(tail) == 1000
    assert first.headers["has-next-page"] == last.headers["has-next-page"] == "true"
    values = [s["serial"] for s in head + tail]
    assert len(set(values)) == 2000
    assert all(re.fullmatch(r"[0-9]{8}", v) for v in values)
    # The DESC page holds the very last serials: after the second-to-last, only the last remains.
    after_penultimate = sapi.get(
        "/rest/serials", digitalTwinId=twin, first=1000, order="CREATED_ASC", after=tail[1]["id"]
    )
    assert [s["id"] for s in sapi.ok(after_penultimate)] == [tail[0]["id"]]
    assert after_penultimate.headers["has-next-page"] == "false"


# ============================================== useDefaultSettings (SER v1)


@pytest.mark.parametrize(
    "options",
    [{}, {"useDefaultSettings": False}, {"useDefaultSettings": False, "urlFormat": "ShortUrl"}],
    ids=["omitted", "false-alone", "false-without-domain"],
)
def test_a_qr_code_that_would_not_be_created_is_refused_naming_use_default_settings(options: dict[str, Any]) -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["DIGITAL_WATERMARK"])
    with client:
        _, serial = first_serial(api)
        response = api.post("/rest/serialDataCarrier", {"serialId": serial["id"], "carrierType": "QR_CODE", **options})
        assert response.status_code == 400
        assert "body.useDefaultSettings" in error_fields(response)
        # Nothing was made: the QR code can still be added.
        assert api.add_carrier(serial["id"], "QR_CODE").status_code == 200


def test_a_watermark_needs_no_use_default_settings() -> None:
    client, api = sole_api(["ENGAGE_PREMIUM"], ["QR_CODE"])
    with client:
        _, serial = first_serial(api)
        body = {"serialId": serial["id"], "carrierType": "DIGITAL_WATERMARK"}
        assert api.ok(api.post("/rest/serialDataCarrier", body))["carrierUrl"] == ""
