"""Helpers shared by the fault injection tests (``test_fault_*.py``): an in-process mock with a fault
plan, the two requests the tests send with an ``X-Mock-Fault`` header, and the spec's schemas to tell a
normal response from a broken one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from illuminate_mock.app import create_app
from illuminate_mock.faults import FaultPlan
from illuminate_spec.loader import SPEC_URI, load_spec
from jsonschema import Draft202012Validator

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
AUTH = {"Authorization": "ApiKey demo-editor-key"}
LIST = {"accountId": ACCOUNT, "first": "10", "order": "NAME_ASC"}


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
