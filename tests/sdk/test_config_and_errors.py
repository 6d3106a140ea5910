"""Connecting, the timeout, and typed errors for every status (respx)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx
from illuminate_client.api.serial_generation_jobs import get_job_status
from illuminate_client.api.serials import list_serials
from illuminate_client.models.error import Error
from illuminate_sdk import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    Illuminate,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SerialOrder,
    SettingsAlreadySetError,
    UnexpectedResponseError,
)

from .conftest import ACCOUNT, BASE, KEY, error_body, job_status

CONFLICT = (
    "Entity with ID serial_allocation_settings would cause the following conflict: "
    "Once the serial allocation settings have been set, they cannot be changed."
)


# ------------------------------------------------------------------ connecting


def test_builds_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ILLUMINATE_API_KEY", KEY)
    monkeypatch.setenv("ILLUMINATE_ACCOUNT_ID", ACCOUNT)
    monkeypatch.setenv("ILLUMINATE_BASE_URL", BASE + "/")
    with Illuminate() as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(json=job_status("PENDING", 0.0))
        client.job_status("job-1")
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"ApiKey {KEY}"
    assert request.url.params["accountId"] == ACCOUNT
    assert client.account_id == ACCOUNT


def test_arguments_win_over_the_environment_and_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ILLUMINATE_API_KEY", "from-env")
    monkeypatch.delenv("ILLUMINATE_BASE_URL", raising=False)
    with Illuminate("from-arg", account_id="acct") as client, respx.mock(base_url=DEFAULT_BASE_URL) as router:
        route = router.get("/jobs/status").respond(json=job_status("PENDING", 0.0))
        client.job_status("job-1")
    assert route.calls.last.request.headers["Authorization"] == "ApiKey from-arg"


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"account_id": ACCOUNT}, "ILLUMINATE_API_KEY"),
        ({"api_key": KEY}, "ILLUMINATE_ACCOUNT_ID"),
        ({"api_key": KEY, "account_id": ACCOUNT, "base_url": "ftp://x"}, "ILLUMINATE_BASE_URL"),
        ({"api_key": "two words", "account_id": ACCOUNT}, "spaces"),
        ({"api_key": KEY, "account_id": ACCOUNT, "timeout": -1}, "positive"),
    ],
)
def test_bad_settings_fail_at_once_saying_what_to_fix(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, object], needle: str
) -> None:
    for name in ("ILLUMINATE_API_KEY", "ILLUMINATE_ACCOUNT_ID", "ILLUMINATE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match=needle):
        Illuminate(**kwargs)  # type: ignore[arg-type]


def test_timeout_is_finite_by_default_and_overridable_per_client_and_per_call() -> None:
    assert all(v is not None for v in DEFAULT_TIMEOUT.as_dict().values())
    with Illuminate(KEY, account_id=ACCOUNT, base_url=BASE, timeout=7) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(json=job_status("PENDING", 0.0))
        client.job_status("job-1")
        assert route.calls.last.request.extensions["timeout"]["read"] == 7
        client.job_status("job-1", timeout=httpx.Timeout(2.5))
        assert route.calls.last.request.extensions["timeout"]["read"] == 2.5
        client.call(get_job_status, job_id="job-1")  # back to the client's
        assert route.calls.last.request.extensions["timeout"]["read"] == 7


def test_raw_client_shares_connection_and_auth_but_keeps_generated_behaviour(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").respond(404, json=error_body(404, "no twin"))
        response = list_serials.sync_detailed(
            client=client.raw, account_id=ACCOUNT, first=10, order=SerialOrder.CREATED_ASC, digital_twin_id="t"
        )
    assert isinstance(response.parsed, Error)  # no typed error outside the SDK's own calls
    assert route.calls.last.request.headers["Authorization"] == f"ApiKey {KEY}"


# ------------------------------------------------------------------ typed errors


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_every_status_is_a_typed_error_with_body_and_request_id(
    status: int, kind: type[APIStatusError], fake_time: object
) -> None:
    body = error_body(status, "it went wrong", errors=[{"field": "query.jobId", "message": "no job 'x'"}])
    with (
        Illuminate(KEY, account_id=ACCOUNT, base_url=BASE, retries=False) as client,
        respx.mock(base_url=BASE) as router,
    ):
        router.get("/jobs/status").respond(status, json=body, headers={"x-request-id": "hdr-id"})
        with pytest.raises(kind) as caught:
            client.job_status("x")
    error = caught.value
    assert type(error) is kind
    assert error.status_code == status
    assert error.body == body
    assert error.request_id == "hdr-id"
    assert error.errors == body["errors"]
    assert "it went wrong" in str(error)
    assert "query.jobId" in str(error)
    assert "hdr-id" in str(error)


def test_request_id_from_the_body_when_no_header(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(404, json=error_body(404, "job 'x' not found", "body-id"))
        with pytest.raises(NotFoundError) as caught:
            client.job_status("x")
    assert caught.value.request_id == "body-id"
    assert "check the id" in str(caught.value)


def test_a_non_json_error_body_is_still_typed() -> None:
    with (
        Illuminate(KEY, account_id=ACCOUNT, base_url=BASE, retries=False) as client,
        respx.mock(base_url=BASE) as router,
    ):
        router.get("/jobs/status").respond(502, text="<html>Bad Gateway</html>")
        with pytest.raises(InternalServerError) as caught:
            client.job_status("x")
    assert caught.value.body == "<html>Bad Gateway</html>"
    assert caught.value.status_code == 502


def test_a_2xx_body_that_breaks_the_spec_is_an_unexpected_response(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(json={"status": "COMPLETED"})
        with pytest.raises(UnexpectedResponseError, match="does not match the spec"):
            client.job_status("x")


def test_the_http_200_settings_refusal_is_its_own_error(client: Illuminate) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/accountSerialAllocationSettings").respond(json=CONFLICT, headers={"x-request-id": "r9"})
        with pytest.raises(SettingsAlreadySetError) as caught:
            client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
        assert caught.value.message == CONFLICT
        assert caught.value.request_id == "r9"
        # The workflow treats it as "settings exist".
        assert client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=8) is False
    assert json.loads(route.calls.last.request.content) == {
        "accountId": ACCOUNT,
        "length": 8,
        "strategy": "RANDOM_NUMERIC",
    }


def test_twin_settings_go_to_the_twin_operation(client: Illuminate) -> None:
    settings = {"length": 8, "strategy": "RANDOM_ALPHANUMERIC", "symbols": "abc"}
    reply = {"accountId": ACCOUNT, "digitalTwinId": "t", "serialAllocationSettings": settings}
    with respx.mock(base_url=BASE) as router:
        route = router.post("/digitalTwinSerialAllocationSettings").respond(json=reply)
        assert client.ensure_allocation_settings(
            strategy="RANDOM_ALPHANUMERIC", length=8, symbols="abc", digital_twin_id="t"
        )
    assert json.loads(route.calls.last.request.content)["digitalTwinId"] == "t"


def test_transport_failures_become_connection_errors() -> None:
    with (
        Illuminate(KEY, account_id=ACCOUNT, base_url=BASE, retries=False) as client,
        respx.mock(base_url=BASE) as router,
    ):
        router.get("/jobs/status").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(APIConnectionError, match="never reached the server") as caught:
            client.job_status("x")
    assert caught.value.may_have_reached_server is False
