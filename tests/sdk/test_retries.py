"""Retries: which requests, which failures, how long between them (respx, fake sleep, both faces)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from illuminate_sdk import (
    APIConnectionError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)

from tests.sdk.helpers import ACCOUNT, BASE, Face, FakeTime, error_body, job_status

STARTED = {
    "accountId": ACCOUNT,
    "data": {"length": 8, "strategy": "RANDOM_NUMERIC"},
    "id": "job-1",
    "status": "PENDING",
    "type": "SERIAL_GENERATION",
}


def pending() -> httpx.Response:
    return httpx.Response(200, json=job_status("PENDING", 0))


def failing(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=error_body(status, "x"), headers=headers)


def test_429_then_200_waits_as_retry_after_says(client: Any, fake_time: FakeTime) -> None:
    wait = 7  # Retry-After is whole seconds
    answers = [failing(429, **{"Retry-After": str(wait)}), httpx.Response(200, json=job_status("COMPLETED", 1.0))]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=answers)
        assert str(client.job_status("job-1").status) == "COMPLETED"
    assert route.call_count == len(answers)
    assert fake_time.sleeps == [wait]


def test_a_burst_of_503_backs_off_exponentially_with_jitter(client: Any, fake_time: FakeTime) -> None:
    burst = [failing(503) for _ in range(4)]
    policy = RetryPolicy()
    assert len(burst) <= policy.max_retries
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=[*burst, pending()])
        client.job_status("job-1")
    assert route.call_count == len(burst) + 1
    # Attempt n waits up to backoff_factor * 2**n (full jitter).
    assert len(fake_time.sleeps) == len(burst)
    for attempt, slept in enumerate(fake_time.sleeps, start=1):
        assert 0 <= slept <= policy.backoff_factor * 2**attempt


@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_408_and_5xx_are_retried(client: Any, status: int) -> None:
    answers = [failing(status), pending()]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=answers)
        client.job_status("job-1")
    assert route.call_count == len(answers)


def test_retries_stop_after_max_retries_with_the_typed_error(face: Face, fake_time: FakeTime) -> None:
    retries = 2
    with face.connect(fake_time=fake_time, retries=retries) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(503, json=error_body(503, "down"))
        with pytest.raises(InternalServerError):
            client.job_status("job-1")
    assert route.call_count == retries + 1


def test_retries_can_be_turned_off(face: Face, fake_time: FakeTime) -> None:
    with face.connect(fake_time=fake_time, retries=False) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(return_value=failing(429, **{"Retry-After": "1"}))
        with pytest.raises(RateLimitError):
            client.job_status("job-1")
    assert route.call_count == 1
    assert fake_time.sleeps == []


def test_a_custom_policy(face: Face, fake_time: FakeTime) -> None:
    policy = RetryPolicy(max_retries=1, backoff_factor=2.0, jitter=0.0, statuses=frozenset({503}))
    with face.connect(fake_time=fake_time, retries=policy) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=[failing(503), pending()])
        client.job_status("job-1")
        other = router.get("/serials").mock(return_value=failing(500))
        with pytest.raises(InternalServerError):
            list(client.serials("twin-1"))
    assert route.call_count == policy.max_retries + 1
    assert other.call_count == 1  # 500 is not in this policy's statuses
    assert fake_time.sleeps == [policy.backoff_factor * 2**1]  # no jitter


def test_get_survives_connection_and_read_errors(client: Any) -> None:
    failures = [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("peer closed")]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=[*failures, pending()])
        client.job_status("job-1")
    assert route.call_count == len(failures) + 1


def test_a_body_dropped_while_streaming_is_retried(client: Any) -> None:
    """A transport sees only the status line: the body is read inside the retry loop for safe requests."""

    class Dropped(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Any:
            raise httpx.ReadError("connection reset while reading the body")

        async def __aiter__(self) -> Any:
            raise httpx.ReadError("connection reset while reading the body")
            yield b""  # an async generator

    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(side_effect=[httpx.Response(200, stream=Dropped()), pending()])
        client.job_status("job-1")
    assert route.call_count == 2


def test_post_is_retried_when_the_connection_could_not_be_made(client: Any) -> None:
    never_sent = [httpx.ConnectError("refused"), httpx.ConnectTimeout("no")]
    with respx.mock(base_url=BASE) as router:
        route = router.post("/jobs/serialGeneration").mock(side_effect=[*never_sent, httpx.Response(200, json=STARTED)])
        assert client.start_job("twin-1", 10) == STARTED["id"]
    assert route.call_count == len(never_sent) + 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("sent, no answer"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
        httpx.WriteError("broken pipe"),
    ],
)
def test_post_is_never_resent_once_the_server_may_have_it(client: Any, failure: Exception) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/jobs/serialGeneration").mock(side_effect=[failure, httpx.Response(200, json=STARTED)])
        with pytest.raises(APIConnectionError, match="check before repeating") as caught:
            client.start_job("twin-1", 10)
    assert route.call_count == 1
    assert caught.value.may_have_reached_server is True


@pytest.mark.parametrize("status", [429, 500, 503])
def test_post_is_never_resent_on_a_status(client: Any, status: int) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/jobs/serialGeneration").mock(
            side_effect=[failing(status, **{"Retry-After": "1"}), httpx.Response(200, json=STARTED)]
        )
        with pytest.raises((RateLimitError, InternalServerError)):
            client.start_job("twin-1", 10)
    assert route.call_count == 1
