"""Waiting for a serialization job: schedule, progress, deadline, failures, stopping (respx, fake time, both faces)."""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
from typing import Any

import httpx
import pytest
import respx
from illuminate_client.models.job_status import JobStatus
from illuminate_sdk import (
    AuthenticationError,
    JobFailedError,
    JobTimeoutError,
    JobWaitInterrupted,
    NotFoundError,
    PollSchedule,
)
from illuminate_sdk._jobs import JobWaiter

from tests.sdk.helpers import BASE, V1, Face, FakeTime, error_body, job_status


def replies(*states: tuple[str, float], headers: dict[str, str] | None = None) -> list[httpx.Response]:
    return [httpx.Response(200, json=job_status(s, p), headers=headers or {}) for s, p in states]


def test_progress_sequence_reaches_completed(client: Any, fake_time: FakeTime) -> None:
    seen: list[float] = []
    states = [("PENDING", 0.0), ("IN_PROGRESS", 0.25), ("IN_PROGRESS", 0.5), ("IN_PROGRESS", 0.5), ("COMPLETED", 1.0)]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=replies(*states))
        status = client.wait_for_job("job-1", on_progress=seen.append)
    assert str(status.status) == "COMPLETED"
    assert seen == sorted({p for _, p in states})  # reported when it changes
    assert route.call_count == len(states)
    assert route.calls.last.request.url.params["jobId"] == "job-1"
    # The schedule grows from its first interval, never beyond initial + fraction of the time waited.
    schedule = PollSchedule()
    second = min(schedule.initial * schedule.growth, schedule.initial + schedule.fraction * schedule.initial)
    assert fake_time.sleeps[:2] == [schedule.initial, pytest.approx(second)]


def test_failed_job_is_a_typed_error(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").mock(side_effect=replies(("IN_PROGRESS", 0.3), ("FAILED", 0.5)))
        with pytest.raises(JobFailedError, match="job-1 FAILED") as caught:
            client.wait_for_job("job-1")
    assert caught.value.job_id == "job-1"
    assert isinstance(caught.value.status, JobStatus)


def test_deadline_raises_with_the_way_to_resume(client: Any, fake_time: FakeTime) -> None:
    deadline = 20.0
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(json=job_status("IN_PROGRESS", 0.1))
        with pytest.raises(JobTimeoutError, match=r"client\.wait_for_job\('job-1'\)") as caught:
            client.wait_for_job("job-1", timeout=deadline, schedule=PollSchedule(use_estimate=False))
    assert caught.value.job_id == "job-1"
    assert sum(fake_time.sleeps) == pytest.approx(deadline)  # never sleeps past the deadline
    assert route.call_count == len(fake_time.sleeps) + 1  # a last look at the deadline


def test_transient_errors_while_polling_are_waited_out(face: Face, fake_time: FakeTime) -> None:
    transient = [
        httpx.Response(503, json=error_body(503, "down")),
        httpx.Response(503, json=error_body(503, "down")),  # retries exhausted: the waiter goes on
        httpx.ConnectError("refused"),
        httpx.ConnectError("refused"),
        httpx.Response(429, json=error_body(429, "slow"), headers={"Retry-After": "0"}),
        httpx.Response(429, json=error_body(429, "slow"), headers={"Retry-After": "0"}),
    ]
    with face.connect(retries=1, fake_time=fake_time) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=[*transient, *replies(("COMPLETED", 1.0))])
        assert str(client.wait_for_job("job-1").status) == "COMPLETED"
    assert route.call_count == len(transient) + 1


@pytest.mark.parametrize(("status", "kind"), [(404, NotFoundError), (401, AuthenticationError)])
def test_other_errors_stop_the_wait_at_once(client: Any, status: int, kind: type[Exception]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(status, json=error_body(status, "no"))
        with pytest.raises(kind):
            client.wait_for_job("nope")
    assert route.call_count == 1


def test_retry_after_on_a_status_answer_is_honoured(client: Any, fake_time: FakeTime) -> None:
    wait = 9  # Retry-After is whole seconds
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").mock(
            side_effect=[
                *replies(("IN_PROGRESS", 0.1), headers={"Retry-After": str(wait)}),
                *replies(("COMPLETED", 1)),
            ]
        )
        client.wait_for_job("job-1")
    assert fake_time.sleeps == [wait]


def test_stopping_a_wait_says_how_to_resume(face: Face, caplog: pytest.LogCaptureFixture) -> None:
    with face.connect() as client, respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(json=job_status("IN_PROGRESS", 0.4))
        message = face.stop_waiting(client, caplog, lambda c, **kw: c.wait_for_job("job-1", **kw))
    assert "job-1" in message
    assert "IN_PROGRESS, 40%" in message
    assert "client.wait_for_job('job-1')" in message


def test_stopping_serialize_points_at_serialize_with_the_job_id(face: Face, caplog: pytest.LogCaptureFixture) -> None:
    with face.connect() as client, respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(json=job_status("PENDING", 0))
        message = face.stop_waiting(client, caplog, lambda c, **kw: c.serialize("twin-1", job_id="job-1", **kw))
    assert "client.serialize('twin-1', job_id='job-1')" in message


def test_resuming_a_wait_from_the_job_id_only(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").mock(side_effect=replies(("COMPLETED", 1.0)))
        assert client.wait_for_job("job-1").status == "COMPLETED"


# ------------------------------------------------------------------ the schedule, without I/O


def simulate(job_seconds: float, schedule: PollSchedule, pending: float = 0.0) -> tuple[int, float]:
    """Polls and detection delay for a job that runs ``job_seconds`` with linear progress."""
    clock = FakeTime(now=0.0)
    waiter = JobWaiter("j", timeout=3600, schedule=schedule, clock=clock.clock, on_progress=None, resume_hint="")
    while True:
        t = clock.now
        if t >= pending + job_seconds:
            state: Any = ("COMPLETED", 1.0)
        elif t < pending:
            state = ("PENDING", 0.0)
        else:
            state = ("IN_PROGRESS", round((t - pending) / job_seconds, 4))
        if waiter.observe(JobStatus.from_dict(job_status(*state)), {}) is not None:
            return waiter.polls, clock.now - (pending + job_seconds)
        clock.sleep(waiter.next_delay())


@pytest.mark.parametrize("seconds", [3, 10, 30, 120, 600])
def test_schedule_meets_the_polling_goals(seconds: float) -> None:
    schedule = PollSchedule()
    polls, delay = simulate(seconds, schedule)
    assert delay <= schedule.fraction * seconds + schedule.initial
    if seconds == 30:
        assert polls <= 15  # the README's goal for a 30 s job


@pytest.mark.parametrize("seconds", [3, 10, 30, 120])
def test_without_estimates_the_delay_bound_still_holds(seconds: float) -> None:
    schedule, pending = PollSchedule(use_estimate=False), 1.0
    _, delay = simulate(seconds, schedule, pending=pending)
    assert delay <= schedule.fraction * (seconds + pending) + schedule.initial


def test_the_interval_never_overflows_however_many_polls() -> None:
    schedule = PollSchedule()
    for polls in (1_750, 10_000, 10**9):
        assert schedule.interval(polls, elapsed=math.inf) == schedule.maximum


def wait_for_a_job_that_never_ends(schedule: PollSchedule, timeout: float) -> JobWaiter:
    """Poll a job stuck IN_PROGRESS until the waiter gives up; the waiter, to count its polls."""
    clock = FakeTime(now=0.0)
    waiter = JobWaiter("j", timeout=timeout, schedule=schedule, clock=clock.clock, on_progress=None, resume_hint="")
    still = JobStatus.from_dict(job_status("IN_PROGRESS", 0.5))
    try:
        while waiter.observe(still, {}) is None:
            clock.sleep(waiter.next_delay())
    except JobTimeoutError:
        return waiter
    raise AssertionError("the wait ended without JobTimeoutError")


@pytest.mark.parametrize(
    "schedule",
    [PollSchedule(initial=0.01, maximum=0.01, use_estimate=False), PollSchedule(use_estimate=False)],
    ids=["shortest-interval", "default-growth"],
)
def test_a_10000_poll_wait_ends_with_the_deadline(schedule: PollSchedule) -> None:
    """Past the poll count where ``growth ** polls`` used to overflow: the deadline still ends the wait."""
    polls = 10_000
    waiter = wait_for_a_job_that_never_ends(schedule, timeout=polls * schedule.maximum)
    # Never more than ``maximum`` apart: at least that many polls, each answered, before the deadline.
    assert waiter.polls >= polls


@pytest.mark.parametrize(
    "kwargs", [{"initial": 0}, {"growth": 0.5}, {"initial": 5, "maximum": 1}, {"fraction": -1}, {"margin": -1}]
)
def test_a_schedule_that_could_not_end_well_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="PollSchedule"):
        PollSchedule(**kwargs)


# ------------------------------------------------------------------ 2025 jobs, by identifier (no progress)


def v1_job(state: str, identifier: str = "job_1") -> dict[str, Any]:
    return {"id": "cccc3333-e5f6-1ab2-c34d-fe09dc87ba65", "status": state, "identifier": identifier}


JOB = f"{V1}/jobs/serialization/job_1"


def test_a_2025_job_is_polled_until_completed_and_only_the_end_is_reported(client: Any, fake_time: FakeTime) -> None:
    seen: list[float] = []
    states = ["PENDING", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED"]
    with respx.mock() as router:
        route = router.get(JOB).mock(side_effect=[httpx.Response(200, json=v1_job(s)) for s in states])
        job = client.wait_for_serialization_job("job_1", on_progress=seen.append)
    assert (job.identifier, str(job.status)) == ("job_1", "COMPLETED")
    assert seen == [1.0]  # the job reports no progress: only its end
    assert route.call_count == len(states)
    assert fake_time.sleeps[0] == PollSchedule().initial
    assert all(b >= a for a, b in itertools.pairwise(fake_time.sleeps))  # the plain growing schedule, no estimate


def test_a_failed_2025_job_is_a_typed_error(client: Any) -> None:
    with respx.mock() as router:
        router.get(JOB).mock(side_effect=[httpx.Response(200, json=v1_job(s)) for s in ("PENDING", "FAILED")])
        with pytest.raises(JobFailedError, match="job_1 FAILED") as caught:
            client.wait_for_serialization_job("job_1")
    assert caught.value.job_id == "job_1"
    assert caught.value.status.identifier == "job_1"


def test_a_2025_wait_has_the_same_deadline_and_transient_rules(face: Face, fake_time: FakeTime) -> None:
    answers = [
        httpx.Response(503, json=error_body(503, "down")),
        httpx.ConnectError("refused"),
        httpx.Response(204),  # nothing learnt: keep waiting
        httpx.Response(200, json=v1_job("COMPLETED")),
    ]
    with face.connect(retries=False, fake_time=fake_time) as client, respx.mock() as router:
        route = router.get(JOB).mock(side_effect=answers)
        assert str(client.wait_for_serialization_job("job_1").status) == "COMPLETED"
        assert route.call_count == len(answers)
        router.get(f"{V1}/jobs/serialization/slow").respond(json=v1_job("PENDING", "slow"))
        with pytest.raises(JobTimeoutError, match=r"wait_for_serialization_job\('slow'\)"):
            client.wait_for_serialization_job("slow", timeout=30)


def test_stopping_a_2025_serialize_points_at_serialize_with_the_identifier(
    face: Face, caplog: pytest.LogCaptureFixture
) -> None:
    """The 2025 job reports no progress, so Ctrl-C is made to arrive during the sleep between polls."""

    def ctrl_c(seconds: float) -> None:
        raise KeyboardInterrupt

    async def cancelled(seconds: float) -> None:
        raise asyncio.CancelledError

    with (
        face.connect(sleep=cancelled if face.is_async else ctrl_c) as client,
        respx.mock() as router,
        caplog.at_level(logging.WARNING, logger="illuminate_sdk"),
    ):
        router.get(JOB).respond(json=v1_job("PENDING"))
        with pytest.raises(asyncio.CancelledError if face.is_async else JobWaitInterrupted) as caught:
            client.serialize("twin-1", identifier="job_1")
    message = caplog.text if face.is_async else str(caught.value)
    assert "client.serialize('twin-1', identifier='job_1')" in message
    assert "job_1 (PENDING)" in message
