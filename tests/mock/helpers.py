"""Shared helpers of the mock's tests: constants, a ticking clock, fixtures of accounts, a caller.

Imported as ``from tests.mock.helpers import ...`` (the repository root is on
pytest's path); ``conftest.py`` holds only pytest fixtures built from these.
Every test gets a fresh app (state never leaks between tests) driven through
starlette's TestClient. The clock ticks one millisecond per reading, so
``created``/``modified`` stamps are distinct and deterministic.
"""

from __future__ import annotations

import datetime
import itertools
import json
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
from illuminate_mock.app import create_app
from illuminate_mock.fixtures import Fixture, parse_fixture
from illuminate_mock.store import Clock

with warnings.catch_warnings():  # starlette 1.x nudges towards httpx2; httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
EDITOR_KEY = "demo-editor-key"
READ_ONLY_KEY = "demo-api-read-only-key"
SERIAL_READ_ONLY_KEY = "demo-serial-read-only-key"

ACCOUNT_A = "account-a-0000-0000-0000-000000000001"
ACCOUNT_B = "account-b-0000-0000-0000-000000000002"
ACCOUNT_AUTOMATE = "account-automate-0000-0000-000000000003"
KEY_A = "key-of-account-a"
KEY_B = "key-of-account-b"
KEY_AUTOMATE = "key-of-automate-account"

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPG_BYTES = b"\xff\xd8\xff\xe0" + b"\x00" * 32
GTIN = "01234567891224"
START = datetime.datetime(2024, 9, 25, 19, 58, tzinfo=datetime.UTC)

_counter = itertools.count(1)


def unique(prefix: str) -> str:
    """A value no other call returns, for names and identifiers."""
    return f"{prefix}-{next(_counter)}"


class TickingClock:
    """A clock that moves one millisecond every time it is read."""

    def __init__(self, start: datetime.datetime = START) -> None:
        self.current = start

    def now(self) -> datetime.datetime:
        self.current += datetime.timedelta(milliseconds=1)
        return self.current


def two_account_fixture() -> Fixture:
    return parse_fixture(
        {
            "accounts": [
                {"id": ACCOUNT_A, "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]},
                {"id": ACCOUNT_B, "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]},
                {
                    "id": ACCOUNT_AUTOMATE,
                    "subscriptions": ["AUTOMATE"],
                    "defaultCarrierTypes": ["DIGITAL_WATERMARK", "QR_CODE"],
                },
            ],
            "apiKeys": [
                {"key": KEY_A, "accountId": ACCOUNT_A, "roles": ["API_EDITOR"]},
                {"key": KEY_B, "accountId": ACCOUNT_B, "roles": ["API_EDITOR"]},
                {"key": KEY_AUTOMATE, "accountId": ACCOUNT_AUTOMATE, "roles": ["API_EDITOR"]},
            ],
        },
        "two-account test fixture",
    )


def make_client(fixture: Fixture | None = None, clock: Clock | None = None) -> TestClient:
    app = create_app(fixture, clock=clock or TickingClock())
    return TestClient(app, raise_server_exceptions=False)


def field_names(response: httpx.Response) -> set[str]:
    """The ``errors[].field`` values of an error response."""
    return {error["field"] for error in response.json().get("errors", [])}


class Api:
    """A caller of the mock: one client, one key, one account."""

    def __init__(self, client: TestClient, key: str, account: str) -> None:
        self.client = client
        self.key = key
        self.account = account

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"ApiKey {self.key}"}

    # ------------------------------------------------------------ raw calls

    def get(self, path: str, **params: Any) -> httpx.Response:
        query = {"accountId": self.account, **params}
        if isinstance(query.get("filter"), dict):
            query["filter"] = json.dumps(query["filter"])
        query = {name: value for name, value in query.items() if value is not None}
        return self.client.get(path, params=query, headers=self.headers)

    def send(self, method: str, path: str, body: dict[str, Any]) -> httpx.Response:
        payload = {"accountId": self.account, **body}
        return self.client.request(method, path, json=payload, headers=self.headers)

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.send("POST", path, body)

    def put(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.send("PUT", path, body)

    def delete(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.send("DELETE", path, body)

    @staticmethod
    def ok(response: httpx.Response) -> Any:
        assert response.status_code == 200, response.text
        return response.json()

    # ---------------------------------------------------------- creations

    def create_brand(self, name: str | None = None) -> dict[str, Any]:
        return self.ok(self.post("/rest/brands", {"name": name or unique("brand")}))

    def create_functional_name(self, name: str | None = None) -> dict[str, Any]:
        return self.ok(self.post("/rest/functionalNames", {"name": name or unique("functional-name")}))

    def create_asset_type(self, name: str | None = None) -> dict[str, Any]:
        return self.ok(self.post("/rest/assetTypes", {"name": name or unique("asset-type")}))

    def product_body(self, brand_id: str | None = None, **fields: Any) -> dict[str, Any]:
        return {
            "brandId": brand_id or self.create_brand()["id"],
            "descriptionShort": unique("product"),
            "gpcCategoryCode": "53000000",
            "identifier": unique("sku"),
            **fields,
        }

    def create_product(self, brand_id: str | None = None, **fields: Any) -> dict[str, Any]:
        return self.ok(self.post("/rest/products", self.product_body(brand_id, **fields)))

    def variant_body(self, product_identifier: str, **fields: Any) -> dict[str, Any]:
        return {
            "productIdentifier": product_identifier,
            "consumerProductVariantDescription": unique("variant"),
            "consumerProductVariantIdentification": unique("cpv"),
            "consumerProductVariantReasonCode": "ADD_ADDITIONAL_LANGUAGE",
            **fields,
        }

    def create_variant(self, product_identifier: str | None = None, **fields: Any) -> dict[str, Any]:
        identifier = product_identifier or self.create_product()["identifier"]
        return self.ok(self.post("/rest/productVariants", self.variant_body(identifier, **fields)))

    def asset_body(self, brand_id: str | None = None, asset_type_id: str | None = None, **fields: Any) -> dict:
        return {
            "brandId": brand_id or self.create_brand()["id"],
            "assetTypeId": asset_type_id or self.create_asset_type()["id"],
            "descriptionShort": unique("asset"),
            **fields,
        }

    def create_asset(self, brand_id: str | None = None, asset_type_id: str | None = None, **fields: Any) -> dict:
        return self.ok(self.post("/rest/promotionalAssets", self.asset_body(brand_id, asset_type_id, **fields)))

    def create_links(self, *links: dict[str, str]) -> list[dict[str, Any]]:
        return self.ok(self.post("/rest/promotionalAssetLinks", {"links": list(links)}))

    # ------------------------------------------------------------- lookups

    def twin_of(self, kind: str, resource_id: str) -> dict[str, Any]:
        """The digital twin of a product / productVariant / promotionalAsset."""
        twins = self.ok(
            self.get("/rest/digitalTwins", first=10, order="CREATED_ASC", filter={kind: {"ids": [resource_id]}})
        )
        assert len(twins) == 1, twins
        return twins[0]

    def list_ids(self, path: str, order: str = "MODIFIED_ASC", first: int = 1000, **params: Any) -> list[str]:
        return [record["id"] for record in self.ok(self.get(path, first=first, order=order, **params))]

    def pages(
        self, path: str, order: str, first: int, after: str | None = None, **params: Any
    ) -> Iterator[list[dict[str, Any]]]:
        """Follow ``next-page-token`` to the end (from ``after``, if given), yielding each page."""
        for _ in range(10_000):
            response = self.get(path, first=first, order=order, after=after, **params)
            page = self.ok(response)
            assert len(page) <= first
            yield page
            if response.headers["has-next-page"] == "false":
                assert "next-page-token" not in response.headers
                return
            assert response.headers["has-next-page"] == "true"
            after = response.headers["next-page-token"]
        raise AssertionError("pagination never ended")

    def start_upload(self, twin_id: str, content_type: str = "png", is_default: bool = False) -> dict[str, Any]:
        body = {"digitalTwinId": twin_id, "fileName": f"image.{content_type}", "contentType": content_type}
        return self.ok(self.post("/rest/digitalTwinImages/uploads/start", {**body, "isDefault": is_default}))

    def put_bytes(self, upload_url: str, data: bytes) -> httpx.Response:
        return self.client.put(upload_url, content=data)

    def finalize(self, image_id: str) -> httpx.Response:
        return self.post("/rest/digitalTwinImages/uploads/finalize", {"digitalTwinImageId": image_id})

    def upload_image(self, twin_id: str, data: bytes = PNG_BYTES, is_default: bool = False) -> dict[str, Any]:
        started = self.start_upload(twin_id, "png" if data.startswith(b"\x89PNG") else "jpg", is_default)
        assert self.put_bytes(started["uploadUrl"], data).status_code == 200
        return self.ok(self.finalize(started["digitalTwinImageId"]))

    def image_from_url(self, twin_id: str, is_default: bool = False) -> dict[str, Any]:
        body = {"digitalTwinId": twin_id, "fileName": "remote.jpg", "contentType": "jpg", "isDefault": is_default}
        return self.ok(
            self.post("/rest/digitalTwinImages/create", {**body, "sourceUrl": "https://cdn.example.com/a.jpg"})
        )

    def images(self, twin_id: str) -> list[dict[str, Any]]:
        return self.ok(self.get("/rest/digitalTwinImages", digitalTwinId=twin_id, first=100))
