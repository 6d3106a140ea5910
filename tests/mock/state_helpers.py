"""Helpers of the snapshot, admin and state-file tests: a rich state built through the API, and every read of it.

``build_rich_state`` makes one of everything a snapshot holds, through the
API only (so it is what a client can make): brands, functional names,
asset types, products (custom attributes, carriers), variants, promotional
assets and links (one deleted: a cursor-only record), a twin carrier,
images (uploaded and finalized, from a URL, and an upload left pending with
its bytes sent), account settings with attributes and twin settings, a
legacy job and a 2025 job with flags and attributes, flags and attributes
set on some of its serials, and a serial data carrier.

``api_reads`` answers every read operation of the API about that state, in
a fixed order, so two mocks are compared answer by answer.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.mock.helpers import GTIN, PNG_BYTES, Api, unique
from tests.mock.serial_helpers import SerialApi

ATTRIBUTES = [{"name": "batch", "mandatory": False}, {"name": "line", "mandatory": False}]
# A clock that stays where it is put (two mocks on it answer alike): tests pass a ManualClock at this time.
START = datetime.datetime(2025, 3, 1, 12, 0, tzinfo=datetime.UTC)


@dataclass
class RichState:
    """The ids of what ``build_rich_state`` made."""

    brand: str = ""
    asset_type: str = ""
    product: str = ""
    variant: str = ""
    asset: str = ""
    product_twin: str = ""
    variant_twin: str = ""
    asset_twin: str = ""
    legacy_job: str = ""
    v1_job: str = ""
    pending_image: str = ""
    images: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)  # serial ids with something set


def build_rich_state(api: SerialApi) -> RichState:
    state = RichState()
    state.brand = api.create_brand()["id"]
    functional_name = api.create_functional_name()["id"]
    state.asset_type = api.create_asset_type()["id"]
    api.create_brand()  # a second brand, for orders and pages
    product = api.create_product(
        state.brand,
        identifier=GTIN,
        functionalNameId=functional_name,
        customAttributes={"colour": "red", "sizes": [1, 2, {"deep": None}]},
        targetMarketCountryCodes=["US", "DE"],
        useDefaultSettings=True,
    )
    state.product = product["id"]
    api.create_product(state.brand)  # a product without carriers
    state.variant = api.create_variant(GTIN)["id"]
    state.asset = api.create_asset(
        state.brand, state.asset_type, startDate="2025-01-01T00:00:00Z", endDate="2025-12-31T00:00:00Z"
    )["id"]
    links = api.create_links(
        {"promotionalAssetId": state.asset, "productId": state.product},
        {"promotionalAssetId": state.asset, "productVariantId": state.variant},
    )
    api.ok(api.delete("/rest/promotionalAssetLinks", {"ids": [links[0]["id"]]}))  # kept as a cursor position
    api.create_links({"promotionalAssetId": state.asset, "productId": state.product})
    api.ok(api.put("/rest/products", {"id": state.product, "patch": {"descriptiveSize": "XL"}}))
    state.product_twin = api.twin_of("product", state.product)["id"]
    state.variant_twin = api.twin_of("productVariant", state.variant)["id"]
    state.asset_twin = api.twin_of("promotionalAsset", state.asset)["id"]
    api.ok(
        api.post(
            "/rest/dataCarriers",
            {"digitalTwinId": state.variant_twin, "carrierType": "QR_CODE", "useDefaultSettings": True},
        )
    )
    state.images.append(api.upload_image(state.product_twin, is_default=True)["id"])
    state.images.append(api.image_from_url(state.asset_twin)["id"])
    pending = api.start_upload(state.variant_twin)
    assert api.put_bytes(pending["uploadUrl"], PNG_BYTES).status_code == 200
    state.pending_image = pending["digitalTwinImageId"]
    api.ok(api.set_account_settings(length=8, strategy="RANDOM_NUMERIC", attributes=ATTRIBUTES))
    api.ok(api.set_twin_settings(state.variant_twin, length=10, strategy="RANDOM_ALPHANUMERIC", symbols="ABCDEF"))
    state.legacy_job = api.job(state.product_twin, 50)["id"]
    api.status(state.legacy_job)
    started = api.v1_job(
        state.variant_twin,
        120,
        "run-1",
        flags=["flag1"],
        attributes={"batch": "B-7"},
        overrideDataCarrierDefaults=True,
        qrCode=False,
        watermark=True,
    )
    state.v1_job = started["identifier"]
    api.v1_job(state.product_twin, 30, "run-2")
    items = api.all_items(state.variant_twin)
    twin = state.variant_twin
    first, second, third = items[3]["id"], items[40]["id"], items[119]["serial"]
    api.ok(api.put_v1(api.serial_path(twin, first), {"flags": {"flag2": True}, "attributes": {"line": "L1"}}))
    api.ok(api.post_v1(api.serial_path(twin, second), {"flags": {"flag1": False}}))
    api.ok(api.put_v1(api.serial_path(twin, third, "/flags/flag2"), value="true"))
    api.ok(api.put_v1(api.serial_path(twin, third, "/attributes/batch"), {"value": "B-8"}))
    state.flagged = [first, second, items[119]["id"]]
    api.ok(api.add_carrier(items[5]["id"], "QR_CODE"))
    return state


def _read(response: httpx.Response) -> Any:
    """A read's answer: status, the headers that carry meaning, and the body."""
    kept = {name: response.headers[name] for name in ("has-next-page", "next-page-token") if name in response.headers}
    body: Any = response.content.decode("utf-8", "replace")
    if response.headers.get("content-type", "").startswith("application/json") and response.content:
        body = response.json()
        if isinstance(body, dict):
            body.pop("requestId", None)  # an error's: new for every request
    return response.status_code, kept, body


def api_reads(api: SerialApi, state: RichState) -> dict[str, Any]:
    """Every read operation's answer about ``state``, by a name that says which."""
    reads: dict[str, Any] = {}
    lists = {
        "/rest/brands": ["NAME_ASC", "MODIFIED_DESC"],
        "/rest/functionalNames": ["NAME_ASC"],
        "/rest/assetTypes": ["NAME_DESC"],
        "/rest/products": ["NAME_ASC", "MODIFIED_DESC"],
        "/rest/productVariants": ["MODIFIED_ASC"],
        "/rest/promotionalAssets": ["NAME_ASC"],
        "/rest/promotionalAssetLinks": ["CREATED_ASC", "CREATED_DESC"],
        "/rest/digitalTwins": ["CREATED_ASC", "MODIFIED_DESC", "TYPE_ASC"],
    }
    for path, orders in lists.items():
        for order in orders:
            for first in (1, 1000):
                reads[f"{path} {order} first={first}"] = _read(api.get(path, first=first, order=order))
    reads["links after a deleted one"] = [
        _read(api.get("/rest/promotionalAssetLinks", first=10, order="CREATED_ASC", after=link_id))
        for link_id in _ids(api.ok(api.get("/rest/promotionalAssetLinks", first=10, order="CREATED_ASC")))
    ]
    carriers = {"digitalTwin": {"ids": [state.product_twin, state.variant_twin]}, "carrierTypes": ["QR_CODE"]}
    reads["dataCarriers"] = _read(api.get("/rest/dataCarriers", filter=carriers))
    for twin in (state.product_twin, state.variant_twin, state.asset_twin):
        reads[f"images {twin}"] = _read(api.get("/rest/digitalTwinImages", digitalTwinId=twin, first=100))
    for image in state.images:
        reads[f"image bytes {image}"] = _read(api.client.get(f"/_mock/images/{image}"))
    reads["job status"] = _read(api.get("/rest/jobs/status", jobId=state.legacy_job))
    for order in ("CREATED_ASC", "CREATED_DESC"):
        reads[f"serials {order}"] = _read(
            api.get("/rest/serials", digitalTwinId=state.product_twin, first=1000, order=order)
        )
    reads["serials page 2"] = _read(
        api.get(
            "/rest/serials",
            digitalTwinId=state.product_twin,
            first=10,
            order="CREATED_ASC",
            after=_ids(
                api.ok(api.get("/rest/serials", digitalTwinId=state.product_twin, first=10, order="CREATED_ASC"))
            )[-1],
        )
    )
    reads["v1 jobs"] = _read(api.get_v1("/jobs/serialization"))
    reads["v1 jobs page"] = _read(api.get_v1("/jobs/serialization", limit=1))
    for name in ("run-1", "run-2"):
        reads[f"v1 job {name}"] = _read(api.get_v1(f"/jobs/serialization/{name}"))
        reads[f"v1 csv {name}"] = _read(api.get_v1(f"/jobs/serialization/{name}/csv"))
    for twin in (state.product_twin, state.variant_twin):
        reads[f"v1 serials {twin}"] = _read(api.twin_serials(twin))
        reads[f"v1 serials {twin} limit 7"] = _read(api.twin_serials(twin, limit=7))
        for flags in ("flag1=true", "flag2=true", "flag1=false,flag2=true"):
            reads[f"v1 serials {twin} {flags}"] = _read(api.twin_serials(twin, flags=flags))
    for serial in state.flagged:
        for rest in (
            "",
            "/flags",
            "/flags/flag1",
            "/flags/flag2",
            "/attributes",
            "/attributes/batch",
            "/attributes/line",
        ):
            reads[f"serial {serial}{rest}"] = _read(api.get_v1(api.serial_path(state.variant_twin, serial, rest)))
    return reads


def _ids(records: list[dict[str, Any]]) -> list[str]:
    return [record["id"] for record in records]


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX32 = re.compile(r"\b[0-9a-f]{32}\b")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")


def normalized(value: Any, names: dict[str, str] | None = None) -> Any:
    """``value`` with ids (UUIDs), seeds and timestamps replaced by placeholders in order of appearance.

    Two mocks that made the same things in the same order answer the same,
    apart from these; the placeholders keep which answers name the same id.
    """
    names = {} if names is None else names

    def name(match: re.Match[str]) -> str:
        return names.setdefault(match.group(), f"<id{len(names)}>")

    if isinstance(value, str):
        return _TIME.sub("<time>", _HEX32.sub("<seed>", _UUID.sub(name, value)))
    if isinstance(value, list | tuple):
        return [normalized(item, names) for item in value]
    if isinstance(value, dict):
        return {normalized(key, names): normalized(item, names) for key, item in value.items()}
    return value


def unique_brand(api: Api) -> str:
    return str(api.create_brand(unique("brand"))["id"])
