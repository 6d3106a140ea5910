"""Waiting for a serialization job: schedule, progress, deadline, failures, Ctrl-C (respx, fake time)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from illuminate_client.models.job_status import JobStatus
from illuminate_sdk import (
    AsyncIlluminate,
    AuthenticationError,
    Illuminate,
    JobFailedError,
    JobTimeoutError,
    JobWaitInterrupted,
    NotFoundError,
    PollSchedule,
)
from illuminate_sdk._jobs import JobWaiter

from .conftest import ACCOUNT, BASE, KEY, FakeTime, error_body, job_status


def replies(*states: tuple[str, float], headers: dict[str, str] | None = None) -> list[httpx.Response]:
    return [httpx.Response(200, json=job_status(s, p), headers=headers or {}) for s, p in states]


def test_progress_sequence_reaches_completed(client: Illuminate, fake_time: FakeTime) -> None:
    seen: list[float] = []
    states = [("PENDING", 0.0), ("IN_PROGRESS", 0.25), ("IN_PROGRESS", 0.5), ("IN_PROGRESS", 0.5), ("COMPLETED", 1.0)]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=replies(*states))
        status = client.wait_for_job("job-1", on_progress=seen.append)
    assert str(status.status) == "COMPLETED"
    assert seen == [0.0, 0.25, 0.5, 1.0]  # reported when it changes
    assert route.call_count == 5
    assert route.calls.last.request.url.params["jobId"] == "job-1"
    assert fake_time.sleeps[:2] == [1.0, pytest.approx(1.1)]  # the schedule grows from 1 s


def test_failed_job_is_a_typed_error(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").mock(side_effect=replies(("IN_PROGRESS", 0.3), ("FAILED", 0.5)))
        with pytest.raises(JobFailedError, match="job-1 FAILED") as caught:
            client.wait_for_job("job-1")
    assert caught.value.job_id == "job-1"
    assert isinstance(caught.value.status, JobStatus)


def test_deadline_raises_with_the_way_to_resume(client: Illuminate, fake_time: FakeTime) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(json=job_status("IN_PROGRESS", 0.1))
        with pytest.raises(JobTimeoutError, match=r"client\.wait_for_job\('job-1'\)") as caught:
            client.wait_for_job("job-1", timeout=20, schedule=PollSchedule(use_estimate=False))
    assert caught.value.job_id == "job-1"
    assert sum(fake_time.sleeps) == pytest.approx(20.0)  # never sleeps past the deadline
    assert route.call_count == len(fake_time.sleeps) + 1  # a last look at the deadline


def test_transient_errors_while_polling_are_waited_out(fake_time: FakeTime) -> None:
    with (
        Illuminate(
            KEY, account_id=ACCOUNT, base_url=BASE, retries=1, sleep=fake_time.sleep, clock=fake_time.clock
        ) as client,
        respx.mock(base_url=BASE) as router,
    ):
        route = router.get("/jobs/status").mock(
            side_effect=[
                httpx.Response(503, json=error_body(503, "down")),
                httpx.Response(503, json=error_body(503, "down")),  # retries exhausted: the waiter goes on
                httpx.ConnectError("refused"),
                httpx.ConnectError("refused"),
                httpx.Response(429, json=error_body(429, "slow"), headers={"Retry-After": "0"}),
                httpx.Response(429, json=error_body(429, "slow"), headers={"Retry-After": "0"}),
                *replies(("COMPLETED", 1.0)),
            ]
        )
        assert str(client.wait_for_job("job-1").status) == "COMPLETED"
    assert route.call_count == 7


@pytest.mark.parametrize(("status", "kind"), [(404, NotFoundError), (401, AuthenticationError)])
def test_other_errors_stop_the_wait_at_once(client: Illuminate, status: int, kind: type[Exception]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(status, json=error_body(status, "no"))
        with pytest.raises(kind):
            client.wait_for_job("nope")
    assert route.call_count == 1


def test_retry_after_on_a_status_answer_is_honoured(client: Illuminate, fake_time: FakeTime) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").mock(
            side_effect=[*replies(("IN_PROGRESS", 0.1), headers={"Retry-After": "9"}), *replies(("COMPLETED", 1))]
        )
        client.wait_for_job("job-1")
    assert fake_time.sleeps == [9.0]


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(client: Illuminate, fake_time: FakeTime) -> None:
    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    client._sleep = interrupt  # type: ignore[attr-defined]
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(json=job_status("IN_PROGRESS", 0.4))
        with pytest.raises(KeyboardInterrupt) as caught:
            client.wait_for_job("job-1")
    assert isinstance(caught.value, JobWaitInterrupted)
    message = str(caught.value)
    assert "job-1" in message
    assert "IN_PROGRESS, 40%" in message
    assert "client.wait_for_job('job-1')" in message


def test_serialize_interrupted_points_at_serialize_with_the_job_id(client: Illuminate) -> None:
    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    client._sleep = interrupt  # type: ignore[attr-defined]
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(json=job_status("PENDING", 0))
        with pytest.raises(JobWaitInterrupted, match=r"client\.serialize\('twin-1', job_id='job-1'\)"):
            client.serialize("twin-1", job_id="job-1")


def test_resuming_a_wait_from_the_job_id_only(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").mock(side_effect=replies(("COMPLETED", 1.0)))
        assert client.wait_for_job("job-1").status == "COMPLETED"


@pytest.mark.anyio
async def test_async_wait(fake_time: FakeTime, caplog: pytest.LogCaptureFixture) -> None:
    seen: list[float] = []
    async with AsyncIlluminate(
        KEY, account_id=ACCOUNT, base_url=BASE, sleep=fake_time.asleep, clock=fake_time.clock
    ) as client:
        with respx.mock(base_url=BASE) as router:
            router.get("/jobs/status").mock(side_effect=replies(("PENDING", 0), ("IN_PROGRESS", 0.5), ("COMPLETED", 1)))
            status = await client.wait_for_job("job-1", on_progress=seen.append)
    assert status.status == "COMPLETED"
    assert seen == [0.0, 0.5, 1.0]


# ------------------------------------------------------------------ the schedule, simulated


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
    polls, delay = simulate(seconds, PollSchedule())
    assert delay <= 0.1 * seconds + 1
    if seconds == 30:
        assert polls <= 15


@pytest.mark.parametrize("seconds", [3, 10, 30, 120])
def test_without_estimates_the_delay_bound_still_holds(seconds: float) -> None:
    _, delay = simulate(seconds, PollSchedule(use_estimate=False), pending=1.0)
    assert delay <= 0.1 * (seconds + 1) + 1
