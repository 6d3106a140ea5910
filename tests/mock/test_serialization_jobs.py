"""The serialization jobs of the Serialization API, held against the mock over HTTP: the serial roles each
operation needs, a job's life cycle on the mock's clock (PENDING, IN_PROGRESS with progress strictly
between 0 and 1, COMPLETED; a minimum duration; a failing job that lists nothing), the documented job
status breakdown, unknown and other accounts' jobs (404), and instant timing. Source:
shared/reference/illuminate-serialization-api.md ("jobs", "job status").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from illuminate_mock.backend import JobTiming
from illuminate_mock.store import ManualClock

from tests.mock.helpers import ACCOUNT, EDITOR_KEY
from tests.mock.serial_helpers import ITEM_TYPES, STATUS_DATA_KEYS, SerialApi, error_fields, make_app_client
from tests.mock.serialization_helpers import ALNUM, NUMERIC, SEQUENTIAL, first_serial, no_errors

TIMING = JobTiming(pending_seconds=1, serials_per_second=100, min_seconds=2)


@contextmanager
def on_the_clock() -> Iterator[tuple[ManualClock, SerialApi, str]]:
    """The demo account's editor on a mock with a manual clock and ``TIMING``, and a twin with ``NUMERIC`` settings."""
    clock = ManualClock()
    with make_app_client(clock=clock, timing=TIMING) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twin = api.product_twin()
        api.ok(api.set_twin_settings(twin, **NUMERIC))
        yield clock, api, twin


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
    with on_the_clock() as (clock, api, twin):
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
    with on_the_clock() as (clock, api, twin):
        job = api.job(twin, 500)["id"]
        clock.advance(after)
        status = api.status(job)
    assert status["status"] == "IN_PROGRESS"
    assert 0 < status["breakdown"]["progress"] < 1, status["breakdown"]


def test_short_jobs_take_the_minimum_time() -> None:
    with on_the_clock() as (clock, api, twin):
        job = api.job(twin, 10)["id"]  # 0.1 s of work, but at least 2 s
        clock.advance(2.9)
        assert api.status(job)["status"] == "IN_PROGRESS"
        clock.advance(0.2)
        assert api.status(job)["status"] == "COMPLETED"


def test_a_failing_job_ends_failed_and_lists_nothing() -> None:
    with on_the_clock() as (clock, api, twin):
        api.client.app.state.service.backend.serial.fail_next_jobs = 1
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
