"""Helpers for the serialization tests of the mock (settings, jobs, serials).

On top of ``tests/mock/helpers.py``: an app with a chosen clock and job
timing, one-account fixtures, a caller with serialization shortcuts, the
spec's schemas as validators, and an independent GS1 Digital Link path
encoder to check the mock's against.
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

import httpx
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_mock.fixtures import Fixture, parse_fixture
from illuminate_mock.store import Clock
from illuminate_spec.loader import SPEC_URI, load_spec
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from tests.mock.helpers import GTIN, Api, TickingClock, unique

with warnings.catch_warnings():  # starlette 1.x nudges towards httpx2; httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

# Quoted from the serialization document, not imported from the mock: the test
# must notice if the mock's text drifts from the documented one.
SETTINGS_CONFLICT = (
    "Entity with ID serial_allocation_settings would cause the following conflict: "
    "Once the serial allocation settings have been set, they cannot be changed."
)
# GS1 AI (21) character set CSET 82, as listed in shared/DESIGN.md.
CSET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
ITEM_TYPES = ["SERIAL_ALLOCATION_BATCH", "SERIAL_DATA_CARRIER_BATCH", "SERIAL_HASHING_BATCH"]
STATUS_DATA_KEYS = {
    "range",
    "length",
    "symbols",
    "strategy",
    "qrCodeStep",
    "watermarkStep",
    "defaultDomain",
    "allocationLevel",
    "defaultDataCarrier",
}
SOLE_ACCOUNT = "solo-account-0000-0000-0000-000000000001"
SOLE_KEY = "key-of-solo-account"
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


# ------------------------------------------------------------------- apps


def make_app_client(
    fixture: Fixture | None = None, *, clock: Clock | None = None, timing: JobTiming | None = None
) -> TestClient:
    """A fresh mock (demo fixture unless given) with the given clock and job timing."""
    config = MockConfig(job_timing=timing) if timing is not None else None
    app = create_app(fixture, clock=clock or TickingClock(), config=config)
    return TestClient(app, raise_server_exceptions=False)


def sole_account_fixture(
    subscriptions: Sequence[str],
    default_carrier_types: Sequence[str],
    *,
    roles: Sequence[str] = ("API_EDITOR", "SERIAL_READ_WRITE"),
    default_url_format: str = "DigitalLink",
    default_domain: str = "https://example.com/",
    flags: Sequence[str] = ("flag1", "flag2"),
) -> Fixture:
    """One account (``SOLE_ACCOUNT``) with one key (``SOLE_KEY``)."""
    return parse_fixture(
        {
            "accounts": [
                {
                    "id": SOLE_ACCOUNT,
                    "subscriptions": list(subscriptions),
                    "defaultCarrierTypes": list(default_carrier_types),
                    "defaultDomain": default_domain,
                    "defaultUrlFormat": default_url_format,
                    "flags": list(flags),
                }
            ],
            "apiKeys": [{"key": SOLE_KEY, "accountId": SOLE_ACCOUNT, "roles": list(roles)}],
        },
        "serialization test fixture",
    )


OTHER_ACCOUNT = "other-account-0000-0000-0000-000000000002"
OTHER_KEY = "key-of-other-account"


def two_serial_accounts_fixture() -> Fixture:
    """``SOLE_ACCOUNT`` and ``OTHER_ACCOUNT``, ENGAGE_PREMIUM with QR default, full-role keys.

    (helpers' two-account fixture gives its keys API_EDITOR only, which cannot start jobs.)
    """
    roles = ["API_EDITOR", "SERIAL_READ_WRITE"]
    account = {"subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"], "flags": ["flag1", "flag2"]}
    return parse_fixture(
        {
            "accounts": [{"id": SOLE_ACCOUNT, **account}, {"id": OTHER_ACCOUNT, **account}],
            "apiKeys": [
                {"key": SOLE_KEY, "accountId": SOLE_ACCOUNT, "roles": roles},
                {"key": OTHER_KEY, "accountId": OTHER_ACCOUNT, "roles": roles},
            ],
        },
        "two-account serialization fixture",
    )


def demo_fixture_data() -> dict[str, Any]:
    """The mock's built-in demo fixture as plain data, to copy and adjust."""
    text = resources.files("illuminate_mock").joinpath("data/demo-fixture.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(text)
    return copy.deepcopy(data)


def demo_fixture_with(**account_fields: Any) -> Fixture:
    """The demo fixture (same account id and keys) with some account fields changed."""
    data = demo_fixture_data()
    data["accounts"][0].update(account_fields)
    return parse_fixture(data, "adjusted demo fixture")


# ---------------------------------------------------------------- callers


class SerialApi(Api):
    """``Api`` plus shortcuts for the serialization operations."""

    def product_twin(self, identifier: str | None = None) -> str:
        """Id of the digital twin of a new product (a GTIN identifier by default)."""
        product = self.create_product(identifier=identifier or GTIN)
        return str(self.twin_of("product", product["id"])["id"])

    def sku_twin(self) -> str:
        return str(self.twin_of("product", self.create_product(identifier=unique("sku"))["id"])["id"])

    def variant_twin(self) -> str:
        return str(self.twin_of("productVariant", self.create_variant()["id"])["id"])

    def asset_twin(self) -> str:
        return str(self.twin_of("promotionalAsset", self.create_asset()["id"])["id"])

    def set_account_settings(self, **settings: Any) -> httpx.Response:
        return self.post("/rest/accountSerialAllocationSettings", settings)

    def set_twin_settings(self, twin_id: str, **settings: Any) -> httpx.Response:
        return self.post("/rest/digitalTwinSerialAllocationSettings", {"digitalTwinId": twin_id, **settings})

    def start_job(self, twin_id: str, count: int) -> httpx.Response:
        return self.post("/rest/jobs/serialGeneration", {"digitalTwinId": twin_id, "serialCount": count})

    def job(self, twin_id: str, count: int) -> dict[str, Any]:
        """Start a job that must be accepted; its start response."""
        started: dict[str, Any] = self.ok(self.start_job(twin_id, count))
        return started

    def status(self, job_id: str) -> dict[str, Any]:
        found: dict[str, Any] = self.ok(self.get("/rest/jobs/status", jobId=job_id))
        return found

    def serial_pages(
        self, twin_id: str, order: str = "CREATED_ASC", first: int = 1000, after: str | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        return self.pages("/rest/serials", order, first, after, digitalTwinId=twin_id)

    def all_serials(self, twin_id: str, order: str = "CREATED_ASC", first: int = 1000) -> list[dict[str, Any]]:
        return [serial for page in self.serial_pages(twin_id, order, first) for serial in page]

    def serial_values(self, twin_id: str, order: str = "CREATED_ASC") -> list[str]:
        return [serial["serial"] for serial in self.all_serials(twin_id, order)]

    def add_carrier(self, serial_id: str, carrier_type: str, **options: Any) -> httpx.Response:
        body = {"serialId": serial_id, "carrierType": carrier_type, "useDefaultSettings": True, **options}
        return self.post("/rest/serialDataCarrier", body)

    # ------------------------------------------------------ 2025 API (/api/v1)

    def v1(self, path: str, account: str | None = None) -> str:
        """``/api/v1/accounts/{account}`` + ``path``: the account is in the path, not in the query or body."""
        return f"/api/v1/accounts/{account or self.account}{path}"

    def get_v1(self, path: str, *, account: str | None = None, **params: Any) -> httpx.Response:
        query = {name: value for name, value in params.items() if value is not None}
        return self.client.get(self.v1(path, account), params=query, headers=self.headers)

    def send_v1(
        self, method: str, path: str, body: Any = None, *, account: str | None = None, **params: Any
    ) -> httpx.Response:
        return self.client.request(method, self.v1(path, account), json=body, params=params, headers=self.headers)

    def post_v1(self, path: str, body: Any, **params: Any) -> httpx.Response:
        return self.send_v1("POST", path, body, **params)

    def put_v1(self, path: str, body: Any = None, **params: Any) -> httpx.Response:
        return self.send_v1("PUT", path, body, **params)

    def start_v1_job(self, twin_id: str, count: int, identifier: str | None = None, **fields: Any) -> httpx.Response:
        body = {"digitalTwinId": twin_id, "count": count, "identifier": identifier or unique("job"), **fields}
        return self.post_v1("/jobs/serialization", body)

    def v1_job(self, twin_id: str, count: int, identifier: str | None = None, **fields: Any) -> dict[str, Any]:
        """Start a 2025 job that must be accepted; its start response."""
        started: dict[str, Any] = self.ok(self.start_v1_job(twin_id, count, identifier, **fields))
        return started

    def twin_serials(self, twin_id: str, limit: int = 1000, **params: Any) -> httpx.Response:
        return self.get_v1(f"/digitalTwins/{twin_id}/serials", limit=limit, **params)

    def all_items(self, twin_id: str, limit: int = 1000, **params: Any) -> list[dict[str, Any]]:
        """Every serial item of the twin, following ``pageInfo.nextCursor`` to the end."""
        items: list[dict[str, Any]] = []
        cursor = None
        for _ in range(10_000):
            page = self.ok(self.twin_serials(twin_id, limit, cursor=cursor, **params))
            assert len(page["serials"]) <= limit
            items += page["serials"]
            if not page["pageInfo"]["hasNextPage"]:
                assert "nextCursor" not in page["pageInfo"]
                return items
            cursor = page["pageInfo"]["nextCursor"]
        raise AssertionError("pagination never ended")

    def serial_path(self, twin_id: str, serial: str, rest: str = "") -> str:
        return f"/digitalTwins/{twin_id}/serials/{serial}{rest}"


def error_fields(response: httpx.Response) -> set[str]:
    return {error["field"] for error in response.json().get("errors", [])}


# ------------------------------------------------------------------- spec


def spec_validator(schema_name: str) -> Draft202012Validator:
    """A validator for ``#/components/schemas/<schema_name>`` of the spec the mock serves."""
    schema = {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"}
    return Draft202012Validator(
        schema, registry=load_spec().registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def schema_errors(schema_name: str, instance: Any) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in spec_validator(schema_name).iter_errors(instance)]


# -------------------------------------------------------------------- GS1


def gs1_path_segment(value: str) -> str:
    """Percent-encode every character but ``A-Za-z0-9-._~`` (UTF-8, upper-case hex)."""
    return "".join(c if c in _UNRESERVED else "".join(f"%{b:02X}" for b in c.encode()) for c in value)
