"""Fault injection (illuminate_mock.faults): each mode happens when asked for, and only then."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import schemathesis
import uvicorn
from click.testing import CliRunner
from illuminate_mock import cli, specdoc
from illuminate_mock.app import create_app
from illuminate_mock.faults import Fault, FaultError, FaultMiddleware, FaultPlan
from illuminate_spec.loader import SPEC_URI, load_spec
from jsonschema import Draft202012Validator
from schemathesis.core.failures import FailureGroup

from tests.servers import serve

pytestmark = pytest.mark.anyio

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
AUTH = {"Authorization": "ApiKey demo-editor-key"}
LIST = {"accountId": ACCOUNT, "first": "10", "order": "NAME_ASC"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@asynccontextmanager
async def mock(plan: FaultPlan | None = None) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(faults=plan if plan is not None else FaultPlan.parse([]))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        yield client


async def create_brand(client: httpx.AsyncClient, fault: str | None = None, name: str = "x") -> httpx.Response:
    headers = {**AUTH, **({"X-Mock-Fault": fault} if fault else {})}
    return await client.post("/rest/brands", json={"accountId": ACCOUNT, "name": name}, headers=headers)


async def list_brands(client: httpx.AsyncClient, fault: str | None = None) -> httpx.Response:
    headers = {**AUTH, **({"X-Mock-Fault": fault} if fault else {})}
    return await client.get("/rest/brands", params=LIST, headers=headers)


def validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``pointer`` in the spec, $refs resolved against the spec."""
    return Draft202012Validator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=load_spec().registry)


def response_schema(path: str, method: str) -> Draft202012Validator:
    escaped = path.replace("/", "~1")
    return validator(f"/paths/{escaped}/{method}/responses/200/content/application~1json/schema")


ERROR_SCHEMA = validator("/components/schemas/Error")


def assert_normal(response: httpx.Response, path: str = "/rest/brands") -> None:
    """A response the spec allows: 200, JSON, a body matching the schema."""
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    method = response.request.method.lower()
    response_schema(path, method).validate(response.json())
    if method == "get":
        assert response.headers["has-next-page"] in {"true", "false"}


# ------------------------------------------------------------------ grammar


def test_parse_reads_values_rates_and_defaults() -> None:
    plan = FaultPlan.parse(["latency=200", "server-error=503@0.3, rate-limit", "drop,broken-pagination-header=missing"])
    assert plan.faults == (
        Fault("latency", 200),
        Fault("server-error", 503, 0.3),
        Fault("rate-limit", 1),
        Fault("drop", "before"),
        Fault("broken-pagination-header", "missing"),
    )
    assert [str(f) for f in plan.faults][:2] == ["latency=200", "server-error=503@0.3"]


def test_describe_gives_one_line_per_fault() -> None:
    lines = FaultPlan.parse(["latency=5", "server-error@0.25"]).describe().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("latency=5: every API request")
    assert "25% of API requests" in lines[1]
    assert FaultPlan.parse(["none"]).describe() == ""


@pytest.mark.parametrize(
    ("spec", "mode"),
    [
        ("bogus", "bogus"),
        ("latency", "latency"),
        ("latency=soon", "latency"),
        ("server-error=404", "server-error"),
        ("drop=sideways", "drop"),
        ("wrong-type=1", "wrong-type"),
        ("rate-limit@0", "rate-limit"),
        ("empty-body@1.5", "empty-body"),
        ("missing-field@often", "missing-field"),
        ("none=1", "none"),
    ],
)
def test_parse_errors_name_the_mode(spec: str, mode: str) -> None:
    with pytest.raises(FaultError, match=f"^(unknown fault mode '{mode}'|{mode}:)"):
        FaultPlan.parse([spec])


def test_fault_error_is_a_value_error() -> None:
    assert issubclass(FaultError, ValueError)


def test_only_an_app_built_with_a_plan_has_the_fault_middleware() -> None:
    with_plan = [m.cls for m in create_app(faults=FaultPlan.parse([])).user_middleware]
    without = [m.cls for m in create_app().user_middleware]
    assert FaultMiddleware in with_plan
    assert FaultMiddleware not in without


# ------------------------------------------------------------------ rates and seeds


def test_rate_is_honoured_with_a_fixed_seed() -> None:
    plan = FaultPlan.parse(["server-error@0.3"], seed=7)
    hits = sum(bool(plan.select()) for _ in range(1000))
    assert 250 <= hits <= 350


def test_same_seed_same_faults() -> None:
    def run(seed: int) -> list[bool]:
        plan = FaultPlan.parse(["server-error@0.5", "latency=1@0.5"], seed=seed)
        return [bool(plan.select()) for _ in range(200)]

    assert run(3) == run(3)
    assert run(3) != run(4)


async def test_rate_over_http() -> None:
    async with mock(FaultPlan.parse(["server-error=502@0.3"], seed=11)) as client:
        statuses = [(await list_brands(client)).status_code for _ in range(1000)]
    assert set(statuses) == {200, 502}
    assert 250 <= statuses.count(502) <= 350


# ------------------------------------------------------------------ selection


@pytest.mark.parametrize("plan", [None, FaultPlan.parse(["latency=1"], allow_header=False)], ids=["no-plan", "closed"])
async def test_without_a_plan_that_allows_it_the_header_is_refused(plan: FaultPlan | None) -> None:
    app = create_app(faults=plan)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        for header in ("server-error", "bogus", "none", "ignore-auth"):
            response = await create_brand(client, header)
            assert response.status_code == 400
            assert response.headers["content-type"].startswith("application/json")
            assert [e["field"] for e in response.json()["errors"]] == ["header.X-Mock-Fault"]
            assert "--allow-fault-header" in response.json()["message"]
        assert_normal(await create_brand(client))  # without the header: served as always
        assert [b["name"] for b in (await list_brands(client)).json()] == ["x"]  # nothing made by the refusals


async def test_empty_plan_changes_nothing() -> None:
    async with mock() as client:
        assert_normal(await create_brand(client))
        assert_normal(await list_brands(client))


async def test_run_plan_applies_to_every_request() -> None:
    async with mock(FaultPlan.parse(["server-error=503"])) as client:
        assert (await create_brand(client)).status_code == 503
        assert (await list_brands(client)).status_code == 503


async def test_header_none_leaves_out_the_run_faults() -> None:
    async with mock(FaultPlan.parse(["server-error"])) as client:
        assert_normal(await create_brand(client, "none"))
        assert (await create_brand(client, "none,rate-limit")).status_code == 429


async def test_bad_header_is_a_400_naming_the_mode() -> None:
    async with mock() as client:
        response = await create_brand(client, "wrong-type,latency=fast")
    assert response.status_code == 400
    body = response.json()
    ERROR_SCHEMA.validate(body)
    assert body["status"] == 400
    assert body["errors"][0]["field"] == "header.X-Mock-Fault"
    assert body["errors"][0]["message"].startswith("latency:")


async def test_helper_routes_are_never_faulted() -> None:
    async with mock(FaultPlan.parse(["server-error", "wrong-content-type"])) as client:
        response = await client.get("/openapi.json", headers={"X-Mock-Fault": "bogus"})
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.1")


async def test_contract_faults_leave_error_responses_alone() -> None:
    plan = FaultPlan.parse(["wrong-type", "missing-field", "empty-body", "undocumented-status", "wrong-content-type"])
    async with mock(plan) as client:
        response = await client.post("/rest/brands", json={"accountId": ACCOUNT, "name": "x"})
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/json"
    ERROR_SCHEMA.validate(response.json())


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
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "server": ("mock", 80),
        "client": ("test", 1),
    }
    chunks = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return chunks.pop() if chunks else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


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


# ------------------------------------------------------------------ contract violations


@pytest.mark.parametrize("mode", ["wrong-type", "missing-field"])
@pytest.mark.parametrize("brands", [0, 2])
async def test_broken_bodies_fail_the_response_schema(mode: str, brands: int) -> None:
    async with mock() as client:
        for number in range(brands):
            assert_normal(await create_brand(client, name=f"b{number}"))
        created = await create_brand(client, mode)
        listed = await list_brands(client, mode)
        assert_normal(await create_brand(client))
        assert_normal(await list_brands(client))
    for response, path_method in ((created, "post"), (listed, "get")):
        assert response.status_code == 200
        assert not response_schema("/rest/brands", path_method).is_valid(response.json())
    if mode == "missing-field":
        assert "id" not in created.json()
    else:
        assert not isinstance(created.json()["id"], str)


async def test_missing_field_on_an_empty_list_sends_an_item_without_fields() -> None:
    async with mock() as client:
        response = await client.get(
            "/rest/functionalNames", params=LIST, headers={**AUTH, "X-Mock-Fault": "missing-field"}
        )
    assert response.json() == [{}]


async def test_empty_body() -> None:
    async with mock() as client:
        response = await create_brand(client, "empty-body")
        assert_normal(await create_brand(client))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.content == b""


async def test_undocumented_status() -> None:
    declared = specdoc.operations(load_spec())[("POST", "/rest/brands")].statuses
    async with mock() as client:
        response = await create_brand(client, "undocumented-status")
        assert_normal(await create_brand(client))
    assert response.status_code == 418
    assert not {"418", "4XX"} & declared
    ERROR_SCHEMA.validate(response.json())


async def test_wrong_content_type() -> None:
    async with mock() as client:
        response = await create_brand(client, "wrong-content-type")
        assert_normal(await create_brand(client))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    response_schema("/rest/brands", "post").validate(response.json())  # the body itself is intact


@pytest.mark.parametrize(("value", "expected"), [("", "maybe"), ("=invalid", "maybe"), ("=missing", None)])
async def test_broken_pagination_header(value: str, expected: str | None) -> None:
    async with mock() as client:
        listed = await list_brands(client, f"broken-pagination-header{value}")
        created = await create_brand(client, f"broken-pagination-header{value}")
        assert_normal(await list_brands(client))
    assert listed.headers.get("has-next-page") == expected
    assert_normal(created)  # not a paginated list: untouched


# ------------------------------------------------------------------ command line


def test_cli_rejects_a_bad_fault_in_one_line() -> None:
    result = CliRunner().invoke(cli.main, ["--fault", "latency=200", "--fault", "teapot@0.5"])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "--fault" in lines[0]
    assert "'teapot'" in lines[0]


def test_cli_names_the_fixture_for_a_bad_fixture_fault(tmp_path: Path) -> None:
    fixture = tmp_path / "fixture.yaml"
    fixture.write_text(
        "accounts: [{id: a1, subscriptions: [], defaultCarrierTypes: []}]\n"
        "apiKeys: [{key: k, accountId: a1, roles: [API_EDITOR]}]\n"
        "faults: ['server-error=418']\n"
    )
    result = CliRunner().invoke(cli.main, ["--fixture", str(fixture)])
    assert result.exit_code != 0
    assert str(fixture) in result.output
    assert "server-error:" in result.output


def test_cli_combines_fixture_and_option_faults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(app))
    fixture = tmp_path / "fixture.yaml"
    fixture.write_text(
        "accounts: [{id: a1, subscriptions: [], defaultCarrierTypes: []}]\n"
        "apiKeys: [{key: k, accountId: a1, roles: [API_EDITOR]}]\n"
        "faults: ['latency=5']\n"
    )
    result = CliRunner().invoke(
        cli.main, ["--fixture", str(fixture), "--fault", "server-error@0.5", "--fault-seed", "9"]
    )
    assert result.exit_code == 0, result.output
    [middleware] = [m for m in served[0].user_middleware if m.cls is FaultMiddleware]
    plan = middleware.kwargs["plan"]
    assert [str(f) for f in plan.faults] == ["latency=5", "server-error=500@0.5"]
    assert plan.seed == 9
    assert "latency=5" in result.output


def test_cli_without_faults_installs_no_fault_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(app))
    result = CliRunner().invoke(cli.main, [])
    assert result.exit_code == 0, result.output
    assert [m for m in served[0].user_middleware if m.cls is FaultMiddleware] == []
    assert "fault injection" not in result.output


# ------------------------------------------------------------------ the contract suite catches them


@pytest.mark.parametrize(
    ("fault", "failure"),
    [
        ("wrong-type", "JsonSchemaError"),
        ("missing-field", "JsonSchemaError"),
        ("undocumented-status", "UndefinedStatusCode"),
        ("wrong-content-type", "UndefinedContentType"),
        ("empty-body", "MalformedJson"),
        ("broken-pagination-header", "JsonSchemaError"),
        ("broken-pagination-header=missing", "MissingHeaders"),
    ],
)
def test_schemathesis_catches_each_contract_violation(fault: str, failure: str) -> None:
    def check(app: Any) -> None:
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        case = schema["/rest/brands"]["GET"].Case(query=dict(LIST), headers=dict(AUTH))
        case.call_and_validate(base_url="http://testserver")

    check(create_app(faults=FaultPlan.parse([])))  # the same call passes without the fault
    with pytest.raises(FailureGroup) as caught:
        check(create_app(faults=FaultPlan.parse([fault])))
    assert failure in [type(error).__name__ for error in caught.value.exceptions]


# ------------------------------------------------------------------ the 2025 routes


async def v1_job(client: httpx.AsyncClient) -> str:
    """A completed 2025 job of the demo account (named ``j``); the twin's id."""
    brand = (await client.post("/rest/brands", json={"accountId": ACCOUNT, "name": "b"}, headers=AUTH)).json()
    product = {
        "accountId": ACCOUNT,
        "brandId": brand["id"],
        "descriptionShort": "p",
        "gpcCategoryCode": "1",
        "identifier": "sku",
    }
    await client.post("/rest/products", json=product, headers=AUTH)
    twins = await client.get(
        "/rest/digitalTwins", params={"accountId": ACCOUNT, "first": 1, "order": "CREATED_ASC"}, headers=AUTH
    )
    twin = twins.json()[0]["id"]
    settings = {"accountId": ACCOUNT, "digitalTwinId": twin, "length": 8, "strategy": "RANDOM_NUMERIC"}
    await client.post("/rest/digitalTwinSerialAllocationSettings", json=settings, headers=AUTH)
    body = {"digitalTwinId": twin, "count": 3000, "identifier": "j"}
    assert (
        await client.post(f"/api/v1/accounts/{ACCOUNT}/jobs/serialization", json=body, headers=AUTH)
    ).status_code == 200
    return str(twin)


async def test_contract_faults_reach_templated_routes() -> None:
    async with mock() as client:
        await v1_job(client)
        url = f"/api/v1/accounts/{ACCOUNT}/jobs/serialization/j"
        broken = await client.get(url, headers={**AUTH, "X-Mock-Fault": "missing-field"})
        assert broken.status_code == 200
        assert not response_schema("/api/v1/accounts/{accountId}/jobs/serialization/{jobIdentifier}", "get").is_valid(
            broken.json()
        )
        plain = await client.get(url, headers={**AUTH, "X-Mock-Fault": "undocumented-status"})
        assert plain.status_code == 418


async def test_contract_faults_pass_a_streamed_csv_on_untouched() -> None:
    async with mock() as client:
        await v1_job(client)
        url = f"/api/v1/accounts/{ACCOUNT}/jobs/serialization/j/csv"
        plain = await client.get(url, headers=AUTH)
        faulted = await client.get(url, headers={**AUTH, "X-Mock-Fault": "wrong-type,empty-body"})
    assert faulted.status_code == 200
    assert faulted.headers["content-type"].startswith("text/csv")
    assert faulted.text.count("\r\n") == plain.text.count("\r\n") == 3001
