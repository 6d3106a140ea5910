"""Which requests a fault applies to (illuminate_mock.faults): the ``X-Mock-Fault`` header is refused by a
mock without a plan that allows it, an empty plan changes nothing, a run plan applies to every request
unless the header says ``none``, a bad header is a 400 naming the mode, and helper routes and error
responses are never faulted.
"""

from __future__ import annotations

import httpx
import pytest
from illuminate_mock.app import create_app
from illuminate_mock.faults import FaultPlan

from tests.mock.fault_helpers import ACCOUNT, ERROR_SCHEMA, assert_normal, create_brand, list_brands, mock

pytestmark = pytest.mark.anyio


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
