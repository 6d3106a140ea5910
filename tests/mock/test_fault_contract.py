"""The contract faults (illuminate_mock.faults): wrong types, missing fields, an empty body, an
undocumented status, a wrong content type and a broken pagination header each break exactly what they
name, schemathesis catches each one, and they reach the 2025 routes' templated paths while a streamed
CSV passes through untouched.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import schemathesis
from illuminate_mock import specdoc
from illuminate_mock.app import create_app
from illuminate_mock.faults import FaultPlan
from illuminate_spec.loader import load_spec
from schemathesis.core.failures import FailureGroup

from tests.mock.fault_helpers import (
    ACCOUNT,
    AUTH,
    ERROR_SCHEMA,
    LIST,
    assert_normal,
    create_brand,
    list_brands,
    mock,
    response_schema,
)

pytestmark = pytest.mark.anyio


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
