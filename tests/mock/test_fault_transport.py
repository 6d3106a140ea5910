"""The transport and request faults (illuminate_mock.faults), each happening when asked for and only then:
latency, a 429 rate limit with Retry-After, server errors, a response dropped before or after the mock
handled the request (a transport error over a real server), serving without a key (``ignore-auth``) and
answering an invalid request (``accept-invalid``); none of them leaves a side effect it should not.
"""

from __future__ import annotations

import time
from typing import Any

import anyio
import httpx
import pytest
from illuminate_mock.app import create_app
from illuminate_mock.faults import FaultPlan

from tests.mock import asgi_helpers
from tests.mock.fault_helpers import ACCOUNT, AUTH, ERROR_SCHEMA, LIST, assert_normal, create_brand, list_brands, mock
from tests.servers import serve

pytestmark = pytest.mark.anyio


# ------------------------------------------------------------------ transport faults


async def test_latency_delays_the_request() -> None:
    async with mock() as client:
        started = time.monotonic()
        response = await create_brand(client, "latency=150")
        elapsed = time.monotonic() - started
    assert_normal(response)
    assert elapsed >= 0.15


async def test_latency_only_when_selected(monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(anyio, "sleep", record)
    async with mock() as client:
        await create_brand(client)
        await create_brand(client, "wrong-type")
        assert sleeps == []
        await create_brand(client, "latency=40")
    assert sleeps == [0.04]


async def test_rate_limit_is_a_429_with_retry_after_and_no_side_effect() -> None:
    async with mock() as client:
        response = await create_brand(client, "rate-limit=7")
        brands = (await list_brands(client)).json()
        assert_normal(await create_brand(client))
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    ERROR_SCHEMA.validate(response.json())
    assert response.json()["status"] == 429
    assert brands == []


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_server_error_status_and_body(status: int) -> None:
    async with mock() as client:
        response = await create_brand(client, f"server-error={status}")
        brands = (await list_brands(client)).json()
    assert response.status_code == status
    ERROR_SCHEMA.validate(response.json())
    assert response.json()["status"] == status
    assert brands == []


def test_server_error_default_is_500() -> None:
    assert FaultPlan.parse(["server-error"]).faults[0].value == 500


async def asgi_call(app: Any, method: str, path: str, body: bytes, headers: dict[str, str]) -> list[dict[str, Any]]:
    """Call an ASGI app directly and return every message it sent."""
    chunks = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return chunks.pop() if chunks else {"type": "http.disconnect"}

    encoded = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    return await asgi_helpers.asgi_call(app, asgi_helpers.http_scope(method, path, encoded), receive)


@pytest.mark.parametrize("when", ["before", "after"])
async def test_drop_starts_a_response_and_never_completes_it(when: str) -> None:
    app = create_app(faults=FaultPlan.parse([]))
    body = b'{"accountId": "%s", "name": "dropped"}' % ACCOUNT.encode()
    headers = {**AUTH, "Content-Type": "application/json", "X-Mock-Fault": f"drop={when}"}
    messages = await asgi_call(app, "POST", "/rest/brands", body, headers)
    start, *bodies = messages
    declared = int(dict(start["headers"])[b"content-length"])
    assert start["type"] == "http.response.start"
    assert all(m.get("more_body") for m in bodies)  # the response is never finished
    assert sum(len(m["body"]) for m in bodies) < declared
    # `before`: the mock never saw the request; `after`: it did, and the brand exists.
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        brands = (await list_brands(client)).json()
    assert [b["name"] for b in brands] == ([] if when == "before" else ["dropped"])


@pytest.mark.parametrize("when", ["before", "after"])
def test_drop_is_a_transport_error_over_a_real_server(when: str) -> None:
    with serve(create_app(faults=FaultPlan.parse([]))) as url, httpx.Client(base_url=url, timeout=10) as client:
        payload = {"accountId": ACCOUNT, "name": "x"}
        # The connection closes mid-response: the client sees the truncated body, or a reset under load.
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.post("/rest/brands", json=payload, headers={**AUTH, "X-Mock-Fault": f"drop={when}"})
        assert_normal(client.post("/rest/brands", json=payload, headers=AUTH))


# ------------------------------------------------------------------ request judging


async def test_ignore_auth_serves_without_a_key() -> None:
    async with mock() as client:
        payload = {"accountId": ACCOUNT, "name": "x"}
        assert (await client.post("/rest/brands", json=payload)).status_code == 401
        response = await client.post("/rest/brands", json=payload, headers={"X-Mock-Fault": "ignore-auth"})
    assert_normal(response)


async def test_accept_invalid_answers_200_with_an_empty_value() -> None:
    invalid = {**LIST, "first": "0"}
    async with mock() as client:
        assert (await client.get("/rest/brands", params=invalid, headers=AUTH)).status_code == 400
        response = await client.get("/rest/brands", params=invalid, headers={**AUTH, "X-Mock-Fault": "accept-invalid"})
    assert response.status_code == 200
    assert response.json() == []
