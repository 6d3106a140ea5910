"""Every operation of the spec called once through the SDK against the mock, and its answer recorded.

The tolerance tests (``test_tolerance.py``) replay each recorded answer in
many variants. The scenario makes what each call needs with the calls before
it (ids from earlier answers), so it is one walk: REST, the first
Serialization API, then the 2025 one (``_scenario_v1``) on the same twin.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from illuminate_client.api import serial_items
from illuminate_client.api.asset_types import create_asset_type, list_asset_types
from illuminate_client.api.brands import create_brand, list_brands
from illuminate_client.api.data_carriers import create_data_carrier, list_data_carriers
from illuminate_client.api.digital_twin_images import (
    create_digital_twin_image_from_url,
    delete_digital_twin_image,
    finalize_digital_twin_image_upload,
    list_digital_twin_images,
    start_digital_twin_image_upload,
    update_digital_twin_image,
)
from illuminate_client.api.digital_twins import list_digital_twins
from illuminate_client.api.functional_names import create_functional_name, list_functional_names
from illuminate_client.api.product_variants import create_product_variant, list_product_variants, update_product_variant
from illuminate_client.api.products import create_product, list_products, update_product
from illuminate_client.api.promotional_asset_links import (
    create_promotional_asset_links,
    delete_promotional_asset_links,
    list_promotional_asset_links,
)
from illuminate_client.api.promotional_assets import (
    create_promotional_asset,
    list_promotional_assets,
    update_promotional_asset,
)
from illuminate_client.api.serial_allocation_settings import (
    set_account_serial_allocation_settings,
    set_digital_twin_serial_allocation_settings,
)
from illuminate_client.api.serial_generation_jobs import get_job_status, start_serial_generation_job
from illuminate_client.api.serialization_jobs import (
    get_serialization_job,
    get_serialization_job_csv,
    list_serialization_jobs,
    start_serialization_job,
)
from illuminate_client.api.serials import create_serial_data_carrier, list_serials
from illuminate_mock.app import create_app
from illuminate_mock.fixtures import parse_fixture
from illuminate_sdk import Illuminate, PollSchedule
from illuminate_spec.loader import load_spec
from illuminate_spec.views import iter_operations
from ruamel.yaml import YAML

from tests.sdk.helpers import ACCOUNT, KEY, fresh_gtin
from tests.servers import serve

FULL = load_spec().document
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
ATTRIBUTE = "warranty_start"
CONTRACT_FIXTURE = Path(__file__).resolve().parents[2] / "contract_tests" / "fixture.yaml"


@dataclass
class Recorded:
    """One operation as the scenario called it: what it was given, and the mock's answer."""

    operation_id: str
    route: str
    method: str
    module: ModuleType
    kwargs: dict[str, Any]
    status: int
    headers: dict[str, str]
    body: Any


def _operation_of(request: httpx.Request) -> tuple[str, str, str]:
    for route, method, operation in iter_operations(FULL):
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", route) + "$"
        if method.upper() == request.method and re.match(pattern, request.url.path):
            return operation["operationId"], route, method
    raise AssertionError(f"no operation for {request.method} {request.url.path}")


Scenario = Generator[tuple[ModuleType, dict[str, Any]], Any, Any]


def _listed(
    create: ModuleType, fields: dict[str, Any], listing: ModuleType, update: ModuleType | None = None, patch: Any = None
) -> Scenario:
    """Make one, list the first ten, then (given ``update``) patch the one made with ``patch``; the one made."""
    made = yield create, fields
    yield listing, {"first": 10, "order": "NAME_ASC"}
    if update is not None:
        yield update, {"id": made.id, "patch": patch}
    return made


def _scenario(client: Illuminate) -> Scenario:
    """Every operation once, each with arguments the mock accepts (ids from earlier answers)."""
    gtin = fresh_gtin()
    brand = yield from _listed(create_brand, {"name": "Tolerance"}, list_brands)
    asset_type = yield from _listed(create_asset_type, {"name": "Poster"}, list_asset_types)
    yield from _listed(create_functional_name, {"name": "Card"}, list_functional_names)
    product = yield from _listed(
        create_product,
        {"brand_id": brand.id, "identifier": gtin, "description_short": "Card", "gpc_category_code": "10001234"},
        list_products,
        update_product,
        {"descriptiveSize": "M"},
    )
    yield from _listed(
        create_product_variant,
        {
            "product_identifier": gtin,
            "consumer_product_variant_description": "Foil",
            "consumer_product_variant_identification": "foil",
            "consumer_product_variant_reason_code": "ADD_ADDITIONAL_LANGUAGE",
        },
        list_product_variants,
        update_product_variant,
        {"consumerProductVariantDescription": "Gold"},
    )
    asset = yield from _listed(
        create_promotional_asset,
        {"brand_id": brand.id, "asset_type_id": asset_type.id, "description_short": "Poster"},
        list_promotional_assets,
        update_promotional_asset,
        {"customerIdentifier": "P-1"},
    )
    links = yield create_promotional_asset_links, {"links": [{"promotionalAssetId": asset.id, "productId": product.id}]}
    yield list_promotional_asset_links, {"first": 10, "order": "CREATED_ASC"}
    yield delete_promotional_asset_links, {"ids": [links[0].id]}
    twins = yield (
        list_digital_twins,
        {"first": 1, "order": "CREATED_DESC", "filter": {"product": {"ids": [product.id]}}},
    )
    twin = twins[0].id
    yield create_data_carrier, {"digital_twin_id": twin, "carrier_type": "QR_CODE", "use_default_settings": True}
    yield list_data_carriers, {"filter": {"digitalTwin": {"ids": [twin]}, "carrierTypes": ["QR_CODE"]}}
    upload = yield (
        start_digital_twin_image_upload,
        {
            "digital_twin_id": twin,
            "content_type": "png",
            "file_name": "a.png",
            "is_default": False,
        },
    )
    client._http.put(upload.upload_url, content=PNG)  # step 2 is outside the API
    image = yield finalize_digital_twin_image_upload, {"digital_twin_image_id": upload.digital_twin_image_id}
    yield update_digital_twin_image, {"digital_twin_image_id": image.id, "patch": {"isDefault": True}}
    yield list_digital_twin_images, {"digital_twin_id": twin, "first": 10}
    other = yield (
        create_digital_twin_image_from_url,
        {
            "digital_twin_id": twin,
            "content_type": "png",
            "file_name": "b.png",
            "is_default": False,
            "source_url": "https://example.com/b.png",
        },
    )
    yield delete_digital_twin_image, {"digital_twin_image_id": other.id}
    yield set_account_serial_allocation_settings, {"length": 8, "strategy": "RANDOM_NUMERIC"}
    yield (
        set_digital_twin_serial_allocation_settings,
        {"digital_twin_id": twin, "length": 8, "strategy": "RANDOM_NUMERIC"},
    )
    job = yield start_serial_generation_job, {"digital_twin_id": twin, "serial_count": 3}
    yield get_job_status, {"job_id": job.id}
    serials = yield list_serials, {"digital_twin_id": twin, "first": 2, "order": "CREATED_ASC"}
    yield (
        create_serial_data_carrier,
        {
            "serial_id": serials[0].id,
            "carrier_type": "DIGITAL_WATERMARK",
            "use_default_settings": True,
        },
    )
    yield from _scenario_v1(client, twin, gtin)


def _scenario_v1(client: Illuminate, twin: str, gtin: str) -> Scenario:
    """The 14 operations of the 2025 Serialization API, on the twin the first part made."""
    yield (
        set_account_serial_allocation_settings,
        {"length": 8, "strategy": "RANDOM_NUMERIC", "attributes": [{"name": ATTRIBUTE, "mandatory": False}]},
    )
    job = yield (
        start_serialization_job,
        {
            "digital_twin_id": twin,
            "count": 3,
            "identifier": f"tolerance-{gtin}",
            "attributes": {ATTRIBUTE: "2025-01-01"},
            "flags": ["flag1"],
        },
    )
    client.wait_for_serialization_job(job.identifier, schedule=PollSchedule(initial=0.05))  # the CSV needs it done
    yield get_serialization_job, {"job_identifier": job.identifier}
    yield list_serialization_jobs, {"limit": 10}
    yield get_serialization_job_csv, {"job_identifier": job.identifier}
    page = yield serial_items.list_digital_twin_serials, {"digital_twin_id": twin, "limit": 2}
    item = page.serials[0]
    by_id, by_value = (
        {"digital_twin_id": twin, "serial_id": item.id},
        {"digital_twin_id": twin, "serial_id": item.serial},
    )
    yield serial_items.get_serial_flags_and_attributes, by_value  # a serial is named by its value as well as by its id
    yield serial_items.set_serial_flags, {**by_id, "flags": {"flag1": True, "flag2": False}}
    yield (
        serial_items.set_serial_flags_and_attributes,
        {**by_id, "flags": {"flag2": True}, "attributes": {ATTRIBUTE: "2025-02-01"}},
    )
    yield serial_items.get_serial_flags, by_id
    yield serial_items.get_serial_flag, {**by_id, "flag_name": "flag1"}
    yield serial_items.set_serial_flag, {**by_value, "flag_name": "flag1", "value": False}
    yield serial_items.get_serial_attributes, by_id
    yield serial_items.get_serial_attribute, {**by_id, "attribute_name": ATTRIBUTE}
    yield serial_items.set_serial_attribute, {**by_id, "attribute_name": ATTRIBUTE, "value": "2025-03-01"}


def _fixture() -> Any:
    """The contract suite's account (QR codes by default, so a serial can still take a watermark), with the
    flags the 2025 document's examples use."""
    data = YAML(typ="safe", pure=True).load(CONTRACT_FIXTURE.read_text(encoding="utf-8"))
    for account in data["accounts"]:
        account.setdefault("flags", ["flag1", "flag2"])
    return parse_fixture(data, str(CONTRACT_FIXTURE))


def _body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    if "json" in response.headers.get("content-type", ""):
        return json.loads(response.content)
    return response.text  # the job's CSV


def record_every_operation() -> dict[str, Recorded]:
    """The mock's answer to every operation, called through the SDK."""
    found: dict[str, Recorded] = {}
    with serve(create_app(_fixture())) as url:
        captured: list[httpx.Response] = []

        def record(response: httpx.Response) -> None:
            response.read()
            captured.append(response)

        with Illuminate(KEY, account_id=ACCOUNT, base_url=url, retries=False) as client:
            client._http.event_hooks["response"] = [record]
            scenario = _scenario(client)
            result: Any = None
            while True:
                try:
                    module, kwargs = scenario.send(result)
                except StopIteration:
                    break
                result = client.call(module, **kwargs)
                response = captured[-1]
                operation_id, route, method = _operation_of(response.request)
                found[operation_id] = Recorded(
                    operation_id,
                    route,
                    method,
                    module,
                    kwargs,
                    response.status_code,
                    dict(response.headers),
                    _body(response),
                )
    missing = {op["operationId"] for _, _, op in iter_operations(FULL)} - set(found)
    assert not missing, f"the scenario covers every operation; missing: {sorted(missing)}"
    return found
