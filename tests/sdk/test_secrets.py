"""The API key never shows: not in repr/str, log lines at any level, or exception messages."""

from __future__ import annotations

import logging
import pickle
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest
from illuminate_client.api.serials import list_serials
from illuminate_mock.app import create_app
from illuminate_mock.fixtures import parse_fixture
from illuminate_sdk import ApiKeyAuth, AsyncIlluminate, Illuminate, IlluminateError, SerialOrder

from .conftest import ACCOUNT, make_twin, serve

SECRET = "SeCrEt-Key-7f3a9c1e-DO-NOT-LEAK"


def fixture_with_secret() -> Any:
    return parse_fixture(
        {
            "accounts": [{"id": ACCOUNT, "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]}],
            "apiKeys": [{"key": SECRET, "accountId": ACCOUNT, "roles": ["API_EDITOR", "SERIAL_READ_WRITE"]}],
        }
    )


def test_the_key_never_leaks(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore, httpx_retries
    for name in ("httpx", "httpcore", "httpx_retries", "illuminate_sdk", "illuminate_mock"):
        caplog.set_level(logging.DEBUG, logger=name)
    texts: list[str] = []
    app = create_app(fixture_with_secret())
    with serve(app) as url:
        client = Illuminate(SECRET, account_id=ACCOUNT, base_url=url)
        texts += [repr(client), str(client), repr(client.raw), str(client.raw), repr(client._http._auth)]  # type: ignore[attr-defined]
        texts += [repr(vars(client))]
        _, twin = make_twin(client)
        run = client.serialize(twin, 50, on_progress=lambda p: None)
        texts += [repr(run), repr(run.serials), repr(list(run)[:2])]
        raw = list_serials.sync_detailed(
            client=client.raw, account_id=ACCOUNT, first=5, order=SerialOrder.CREATED_ASC, digital_twin_id=twin
        )
        texts.append(repr(raw))
        errors: list[BaseException] = []
        for action in (
            lambda: client.job_status("missing"),
            lambda: client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8),
            lambda: list(client.paginate(list_serials, digital_twin_id="nope", order="CREATED_ASC")),
            lambda: Illuminate(SECRET + "x", account_id=ACCOUNT, base_url=url).job_status("x"),
            lambda: Illuminate(SECRET, account_id="other", base_url=url).job_status("x"),
            lambda: Illuminate(SECRET, account_id=ACCOUNT, base_url="http://127.0.0.1:9", retries=1).job_status("x"),
        ):
            try:
                action()
            except IlluminateError as exc:
                errors.append(exc)
        assert len(errors) == 6
        for error in errors:
            texts += [str(error), repr(error), "".join(traceback.format_exception(error))]
            texts += [repr(vars(error))]
        client.close()
    with pytest.raises(TypeError):
        pickle.dumps(ApiKeyAuth(SECRET, httpx.URL("https://x")))
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    texts.append(caplog.text)
    assert any("HTTP Request" in t for t in texts)  # httpx did log at DEBUG/INFO
    assert any("send_request_headers" in t for t in texts)  # and httpcore too
    leaks = [t for t in texts if SECRET in t]
    assert not leaks, leaks[:3]


@pytest.mark.anyio
async def test_the_async_client_does_not_leak_either(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    app = create_app(fixture_with_secret())
    async with AsyncIlluminate(
        SECRET, account_id=ACCOUNT, base_url="http://mock", transport=httpx.ASGITransport(app=app)
    ) as client:
        texts = [repr(client), repr(client.raw)]
        with pytest.raises(IlluminateError) as caught:
            await client.job_status("missing")
        texts += [str(caught.value), repr(caught.value)]
    texts.append(caplog.text)
    assert not [t for t in texts if SECRET in t]
