"""Connecting, the timeout, typed errors for every status, and what a 2xx may look like (respx, both faces)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from illuminate_client.api.brands import create_brand
from illuminate_client.api.digital_twin_images import delete_digital_twin_image
from illuminate_client.api.serial_generation_jobs import get_job_status
from illuminate_client.api.serials import list_serials
from illuminate_client.models.job_status import JobStatus
from illuminate_sdk import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_ACCOUNT_ID,
    ENV_API_KEY,
    ENV_BASE_URL,
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SerialOrder,
    SettingsAlreadySetError,
    UnexpectedResponseError,
    check_api_key,
    check_base_url,
)
from illuminate_sdk._exceptions import SETTINGS_CONFLICT_PREFIX

from tests.sdk.helpers import ACCOUNT, BASE, KEY, Face, FakeTime, brand, error_body, job_status

CONFLICT = f"{SETTINGS_CONFLICT_PREFIX}: Once the serial allocation settings have been set, they cannot be changed."
ENV = (ENV_API_KEY, ENV_ACCOUNT_ID, ENV_BASE_URL)


# ------------------------------------------------------------------ connecting


def test_builds_from_the_environment(face: Face, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_API_KEY, KEY)
    monkeypatch.setenv(ENV_ACCOUNT_ID, ACCOUNT)
    monkeypatch.setenv(ENV_BASE_URL, BASE + "/")
    with face.connect(None, account_id=None, base_url=None) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(json=job_status("PENDING", 0.0))
        client.job_status("job-1")
        assert client.account_id == ACCOUNT
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"ApiKey {KEY}"
    assert request.url.params["accountId"] == ACCOUNT


def test_arguments_win_over_the_environment_and_default_base_url(face: Face, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_API_KEY, "from-env")
    monkeypatch.delenv(ENV_BASE_URL, raising=False)
    with (
        face.connect("from-arg", account_id="acct", base_url=None) as client,
        respx.mock(base_url=DEFAULT_BASE_URL) as router,
    ):
        route = router.get("/rest/jobs/status").respond(json=job_status("PENDING", 0.0))
        client.job_status("job-1")
    assert route.calls.last.request.headers["Authorization"] == "ApiKey from-arg"


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"api_key": None}, ENV_API_KEY),
        ({"account_id": None}, ENV_ACCOUNT_ID),
        ({"base_url": "ftp://x"}, ENV_BASE_URL),
        ({"api_key": "two words"}, "spaces"),
        ({"timeout": -1}, "positive"),
    ],
)
def test_bad_settings_fail_at_once_saying_what_to_fix(
    face: Face, monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], needle: str
) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match=needle):
        face.connect(**kwargs)


@pytest.mark.parametrize("key", ["", "   ", "two words", "tab\there", "new\nline", "bell\x07"])
def test_check_api_key_refuses_without_echoing(key: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_api_key(key)
    message = str(caught.value)
    assert "\n" not in message
    assert not (key.strip() and key.strip() in message)


def test_check_api_key_strips() -> None:
    assert check_api_key(f"  {KEY}\n") == KEY


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://api.dmrc.app/rest/", DEFAULT_BASE_URL), ("http://127.0.0.1:8080", "http://127.0.0.1:8080")],
)
def test_check_base_url_normalises(url: str, expected: str) -> None:
    assert check_base_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://x",
        "api.dmrc.app",
        "https://",
        "https://h/x?q=1",
        "https://h/x#f",
        "",
        "http://a b",
        "https://h/\x1b[31m",
        "http://h:0",
        "http://h:70000",
    ],
)
def test_check_base_url_refuses(url: str) -> None:
    with pytest.raises(ConfigurationError, match=ENV_BASE_URL) as caught:
        check_base_url(url)
    assert "\n" not in str(caught.value)


def test_check_base_url_never_echoes_a_password() -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_base_url("https://me:hunter2@api.test/rest")
    assert "hunter2" not in str(caught.value)


def test_timeout_is_finite_by_default_and_overridable_per_client_and_per_call(face: Face) -> None:
    assert all(v is not None for v in DEFAULT_TIMEOUT.as_dict().values())
    client_timeout, call_timeout = 7.0, 2.5
    with face.connect(timeout=client_timeout) as client, respx.mock(base_url=BASE) as router:
        route = router.get("/jobs/status").respond(json=job_status("PENDING", 0.0))
        client.job_status("job-1")
        assert route.calls.last.request.extensions["timeout"]["read"] == client_timeout
        client.job_status("job-1", timeout=httpx.Timeout(call_timeout))
        assert route.calls.last.request.extensions["timeout"]["read"] == call_timeout
        client.call(get_job_status, job_id="job-1")  # back to the client's
        assert route.calls.last.request.extensions["timeout"]["read"] == client_timeout


def test_raw_client_shares_connection_and_auth_but_keeps_generated_behaviour(face: Face, client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/serials").respond(404, json=error_body(404, "no twin"))
        response = face.raw(
            list_serials, client, account_id=ACCOUNT, first=10, order=SerialOrder.CREATED_ASC, digital_twin_id="t"
        )
    assert response.status_code == 404  # no typed error outside the SDK's own calls
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
    face: Face, status: int, kind: type[APIStatusError]
) -> None:
    body = error_body(status, "it went wrong", errors=[{"field": "query.jobId", "message": "no job 'x'"}])
    with face.connect(retries=False) as client, respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(status, json=body, headers={"x-request-id": "hdr-id"})
        with pytest.raises(kind) as caught:
            client.job_status("x")
    error = caught.value
    assert type(error) is kind
    assert (error.status_code, error.body, error.request_id, error.errors) == (status, body, "hdr-id", body["errors"])
    assert (error.method, error.url) == ("GET", f"{BASE}/jobs/status")  # no query: it is not kept
    for part in ("it went wrong", "query.jobId", "hdr-id"):
        assert part in str(error)


def test_request_id_from_the_body_when_no_header(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(404, json=error_body(404, "job 'x' not found", "body-id"))
        with pytest.raises(NotFoundError) as caught:
            client.job_status("x")
    assert caught.value.request_id == "body-id"
    assert "check the id" in str(caught.value)


def test_a_non_json_error_body_is_still_typed(face: Face) -> None:
    text = "<html>Bad Gateway</html>"
    with face.connect(retries=False) as client, respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(502, text=text)
        with pytest.raises(InternalServerError) as caught:
            client.job_status("x")
    assert (caught.value.body, caught.value.status_code) == (text, 502)


def test_a_2xx_body_that_breaks_the_spec_names_the_field(client: Any) -> None:
    body = job_status("COMPLETED", 1.0)
    del body["breakdown"]
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(json=body)
        with pytest.raises(UnexpectedResponseError, match="does not match the spec") as caught:
            client.job_status("x")
    assert "breakdown" in str(caught.value)  # the generated parser's own message names it
    assert json.loads(caught.value.content) == body


def test_the_sdks_own_errors_are_not_taken_for_a_bad_body(client: Any) -> None:
    """Only the generated parser is inside the parse-error catch: a bug elsewhere stays what it is."""

    def broken(progress: float) -> None:
        raise KeyError("a bug in the caller's callback")

    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(json=job_status("IN_PROGRESS", 0.5))
        with pytest.raises(KeyError, match="callback"):
            client.wait_for_job("job-1", on_progress=broken)


@pytest.mark.parametrize(
    "reply",
    [
        {"json": CONFLICT},  # a JSON string, as the documents show it
        {"text": CONFLICT},  # text/plain
        {"json": {"message": CONFLICT}},
        {"json": {"error": CONFLICT, "status": 200}},
        {"json": {"detail": CONFLICT}},
    ],
    ids=["json-string", "text-plain", "message", "error", "detail"],
)
def test_the_http_200_settings_refusal_is_its_own_error_in_any_encoding(client: Any, reply: dict[str, Any]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/accountSerialAllocationSettings").respond(200, **reply, headers={"x-request-id": "r9"})
        with pytest.raises(SettingsAlreadySetError) as caught:
            client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
        assert (caught.value.message, caught.value.request_id) == (CONFLICT, "r9")
        # The workflow treats it as "settings exist".
        assert client.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=8) is False
    assert json.loads(route.calls.last.request.content) == {
        "accountId": ACCOUNT,
        "length": 8,
        "strategy": "RANDOM_NUMERIC",
    }


def test_a_text_that_merely_mentions_the_refusal_is_not_one(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/brands").respond(200, json=brand(f"not a refusal: {CONFLICT}"))
        assert client.call(create_brand, name="x").name.endswith(CONFLICT)


@pytest.mark.parametrize("status", [200, 201, 202])
def test_any_2xx_with_a_body_parses_like_200(client: Any, status: int) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(status, json=job_status("COMPLETED", 1.0))
        assert isinstance(client.job_status("x"), JobStatus)


@pytest.mark.parametrize("status", [202, 204])
def test_a_2xx_without_a_body_is_none(client: Any, status: int) -> None:
    with respx.mock(base_url=BASE) as router:
        router.delete("/digitalTwinImages").respond(status)
        assert client.call(delete_digital_twin_image, digital_twin_image_id="i") is None


def test_an_empty_200_breaks_the_spec(client: Any) -> None:
    """Every operation documents a 200 body: an empty one is reported, not taken for "no result"."""
    with respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").respond(200, content=b"", headers={"content-type": "application/json"})
        with pytest.raises(UnexpectedResponseError):
            client.job_status("x")


def test_twin_settings_go_to_the_twin_operation(client: Any) -> None:
    settings = {"length": 8, "strategy": "RANDOM_ALPHANUMERIC", "symbols": "abc"}
    reply = {"accountId": ACCOUNT, "digitalTwinId": "t", "serialAllocationSettings": settings}
    with respx.mock(base_url=BASE) as router:
        route = router.post("/digitalTwinSerialAllocationSettings").respond(json=reply)
        assert client.ensure_allocation_settings(
            strategy="RANDOM_ALPHANUMERIC", length=8, symbols="abc", digital_twin_id="t"
        )
    assert json.loads(route.calls.last.request.content)["digitalTwinId"] == "t"


def test_transport_failures_become_connection_errors(face: Face, fake_time: FakeTime) -> None:
    with face.connect(retries=False, fake_time=fake_time) as client, respx.mock(base_url=BASE) as router:
        router.get("/jobs/status").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(APIConnectionError, match="never reached the server") as caught:
            client.job_status("x")
    assert caught.value.may_have_reached_server is False
    assert (caught.value.method, caught.value.url) == ("GET", f"{BASE}/jobs/status")


# ------------------------------------------------------------------ one base URL for /rest and /api/v1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.dmrc.app", "https://api.dmrc.app"),
        ("https://api.dmrc.app/rest", "https://api.dmrc.app"),
        ("https://api.dmrc.app/rest/", "https://api.dmrc.app"),
        ("https://api.dmrc.app/api/v1", "https://api.dmrc.app"),
        ("https://api.dmrc.app/api/v1/", "https://api.dmrc.app"),
        ("http://127.0.0.1:8080/rest", "http://127.0.0.1:8080"),
        ("https://proxy.example/illuminate/rest", "https://proxy.example/illuminate"),
        ("https://rest", "https://rest"),  # a host named rest is no suffix
        ("https://h/restful", "https://h/restful"),
    ],
)
def test_the_documents_base_urls_are_taken_and_their_suffix_dropped(url: str, expected: str) -> None:
    assert check_base_url(url) == expected


def test_the_default_base_url_is_the_host() -> None:
    assert DEFAULT_BASE_URL == "https://api.dmrc.app"
    assert check_base_url(DEFAULT_BASE_URL) == DEFAULT_BASE_URL


@pytest.mark.parametrize("given", ["https://api.test", "https://api.test/rest/", "https://api.test/api/v1"])
def test_one_configuration_reaches_both_apis(face: Face, monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    monkeypatch.setenv(ENV_BASE_URL, given)
    with face.connect(base_url=None) as client, respx.mock(base_url="https://api.test") as router:
        rest = router.get("/rest/jobs/status").respond(json=job_status("COMPLETED", 1.0))
        v1 = router.get(f"/api/v1/accounts/{ACCOUNT}/jobs/serialization/job_1").respond(
            json={"id": "j", "status": "COMPLETED", "identifier": "job_1"}
        )
        client.job_status("job-1")
        client.serialization_job("job_1")
        assert repr(client) == f"{face.client_class.__name__}(base_url='https://api.test', account_id='{ACCOUNT}')"
    assert (rest.call_count, v1.call_count) == (1, 1)
