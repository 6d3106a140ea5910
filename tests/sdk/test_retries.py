"""Retries: which requests, which failures, how long between them (respx, fake sleep)."""

from __future__ import annotations

import httpx
import pytest
import respx
from illuminate_sdk import (
    APIConnectionError,
    Illuminate,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)

from .conftest import ACCOUNT, BASE, KEY, FakeTime, error_body, job_status

STARTED = {
    "accountId": ACCOUNT,
    "data": {"length": 8, "strategy": "RANDOM_NUMERIC"},
    "id": "job-1",
    "status": "PENDING",
    "type": "SERIAL_GENERATION",
}


def make(fake_time: FakeTime, **kwargs: object) -> Illuminate:
    return Illuminate(KEY, account_id=ACCOUNT, base_url=BASE, sleep=fake_time.sleep, clock=fake_time.clock, **kwargs)  # type: ignore[arg-type]


def test_429_then_200_waits_as_retry_after_says(client: Illuminate, fake_time: FakeTime) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(
            side_effect=[
                httpx.Response(429, json=error_body(429, "slow down"), headers={"Retry-After": "7"}),
                httpx.Response(200, json=job_status("COMPLETED", 1.0)),
            ]
        )
        assert str(client.job_status("job-1").status) == "COMPLETED"
    assert route.call_count == 2
    assert fake_time.sleeps == [7.0]


def test_a_burst_of_503_backs_off_exponentially_with_jitter(client: Illuminate, fake_time: FakeTime) -> None:
    burst = [httpx.Response(503, json=error_body(503, "busy")) for _ in range(4)]
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(
            side_effect=[*burst, httpx.Response(200, json=job_status("PENDING", 0))]
        )
        client.job_status("job-1")
    assert route.call_count == 5
    # backoff_factor 0.5: attempt n waits up to 0.5 * 2**n (full jitter).
    assert len(fake_time.sleeps) == 4
    for attempt, slept in enumerate(fake_time.sleeps, start=1):
        assert 0 <= slept <= 0.5 * 2**attempt


@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_408_and_5xx_are_retried(fake_time: FakeTime, status: int) -> None:
    with make(fake_time) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(
            side_effect=[
                httpx.Response(status, json=error_body(status, "x")),
                httpx.Response(200, json=job_status("PENDING", 0)),
            ]
        )
        client.job_status("job-1")
    assert route.call_count == 2


def test_retries_stop_after_max_retries_with_the_typed_error(fake_time: FakeTime) -> None:
    with make(fake_time, retries=2) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(503, json=error_body(503, "down"))
        with pytest.raises(InternalServerError):
            client.job_status("job-1")
    assert route.call_count == 3


def test_retries_can_be_turned_off(fake_time: FakeTime) -> None:
    with make(fake_time, retries=False) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(429, json=error_body(429, "x"), headers={"Retry-After": "1"})
        with pytest.raises(RateLimitError):
            client.job_status("job-1")
    assert route.call_count == 1
    assert fake_time.sleeps == []


def test_a_custom_policy(fake_time: FakeTime) -> None:
    policy = RetryPolicy(max_retries=1, backoff_factor=2.0, jitter=0.0, statuses=frozenset({503}))
    with make(fake_time, retries=policy) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(
            side_effect=[
                httpx.Response(503, json=error_body(503, "x")),
                httpx.Response(200, json=job_status("PENDING", 0)),
            ]
        )
        client.job_status("job-1")
        other = router.get("/serials").respond(500, json=error_body(500, "x"))
        with pytest.raises(InternalServerError):
            list(client.serials("twin-1"))
    assert route.call_count == 2
    assert other.call_count == 1  # 500 is not in this policy's statuses
    assert fake_time.sleeps == [4.0]  # 2.0 * 2**1, no jitter


def test_get_survives_connection_and_read_errors(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").mock(
            side_effect=[
                httpx.ConnectError("refused"),
                httpx.ReadTimeout("slow"),
                httpx.RemoteProtocolError("peer closed connection"),
                httpx.Response(200, json=job_status("PENDING", 0)),
            ]
        )
        client.job_status("job-1")
    assert route.call_count == 4


def test_post_is_retried_when_the_connection_could_not_be_made(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/jobs/serialGeneration").mock(
            side_effect=[httpx.ConnectError("refused"), httpx.ConnectTimeout("no"), httpx.Response(200, json=STARTED)]
        )
        assert client.start_job("twin-1", 10) == "job-1"
    assert route.call_count == 3


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("sent, no answer"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
        httpx.WriteError("broken pipe"),
    ],
)
def test_post_is_never_resent_once_the_server_may_have_it(client: Illuminate, failure: Exception) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/jobs/serialGeneration").mock(side_effect=[failure, httpx.Response(200, json=STARTED)])
        with pytest.raises(APIConnectionError, match="check before repeating") as caught:
            client.start_job("twin-1", 10)
    assert route.call_count == 1
    assert caught.value.may_have_reached_server is True


@pytest.mark.parametrize("status", [429, 500, 503])
def test_post_is_never_resent_on_a_status(client: Illuminate, status: int) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/jobs/serialGeneration").mock(
            side_effect=[
                httpx.Response(status, json=error_body(status, "x"), headers={"Retry-After": "1"}),
                httpx.Response(200, json=STARTED),
            ]
        )
        with pytest.raises((RateLimitError, InternalServerError)):
            client.start_job("twin-1", 10)
    assert route.call_count == 1


@pytest.mark.anyio
async def test_async_retries_use_the_injected_sleep(fake_time: FakeTime) -> None:
    from illuminate_sdk import AsyncIlluminate

    async with AsyncIlluminate(KEY, account_id=ACCOUNT, base_url=BASE, sleep=fake_time.asleep) as client:
        with respx.mock(base_url=BASE) as router:
            route = router.get("/jobs/status").mock(
                side_effect=[
                    httpx.Response(429, json=error_body(429, "x"), headers={"Retry-After": "3"}),
                    httpx.ReadError("reset"),
                    httpx.Response(200, json=job_status("PENDING", 0)),
                ]
            )
            await client.job_status("job-1")
            post = router.post("/jobs/serialGeneration").mock(
                side_effect=[httpx.ReadError("x"), httpx.Response(200, json=STARTED)]
            )
            with pytest.raises(APIConnectionError):
                await client.start_job("twin-1", 1)
    assert route.call_count == 3
    assert post.call_count == 1
    assert fake_time.sleeps[0] == 3.0
