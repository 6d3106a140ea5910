"""The rules without HTTP: ``Backend.handle`` with a ``Call``, and the typed state behind it (moto's models).

These never start the app: a call is what the HTTP layer would hand over
after authentication and validation.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from illuminate_mock.backend import Backend
from illuminate_mock.clock import parse_moment
from illuminate_mock.errors import MockError
from illuminate_mock.fixtures import demo_fixture
from illuminate_mock.models import DigitalTwin, Product, ProductVariant, RoleRule
from illuminate_mock.pagination import page_headers
from illuminate_mock.registry import Call, Reply
from illuminate_mock.store import ManualClock
from illuminate_mock.validation import FORMATS

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, GTIN


@pytest.fixture
def backend() -> Backend:
    return Backend(demo_fixture(), clock=ManualClock())


def call(backend: Backend, operation_id: str, body: Any = None, **params: Any) -> Reply:
    caller = backend.store.api_keys[EDITOR_KEY]
    account = backend.store.accounts[ACCOUNT]
    if body is not None:
        body = {"accountId": ACCOUNT, **body}
    return backend.handle(Call(operation_id, caller, account, {"accountId": ACCOUNT, **params}, body))


def new_product(backend: Backend, **fields: Any) -> dict[str, Any]:
    brand = call(backend, "createBrand", {"name": "Acme"}).payload
    body = {"brandId": brand["id"], "descriptionShort": "Cards", "gpcCategoryCode": "1", "identifier": GTIN, **fields}
    product: dict[str, Any] = call(backend, "createProduct", body).payload
    return product


def test_a_product_is_a_typed_model_whose_twin_holds_it_and_its_carriers(backend):
    payload = new_product(backend, useDefaultSettings=True)
    [product] = backend.store.products.all(ACCOUNT)
    assert isinstance(product, Product)
    assert (product.id, product.identifier) == (payload["id"], GTIN)
    twin = backend.store.twins.get(ACCOUNT, product.twin_id)
    assert isinstance(twin, DigitalTwin)
    assert twin.resource is product  # a reference to the resource, not a key to look up
    assert twin.resource_type == "PRODUCT"
    assert sorted(c.carrier_type for c in twin.carriers) == ["DIGITAL_WATERMARK", "QR_CODE"]
    assert not hasattr(backend.store, "data_carriers")  # carriers are kept once, on their twin


def test_a_variant_refers_to_its_product_and_carries_its_gtin_in_a_digital_link(backend):
    new_product(backend)
    body = {
        "productIdentifier": GTIN,
        "consumerProductVariantDescription": "Blue",
        "consumerProductVariantIdentification": "blue/1",
        "consumerProductVariantReasonCode": "ADD_ADDITIONAL_LANGUAGE",
        "digitalTag": "QR_CODE",
    }
    payload = call(backend, "createProductVariant", body).payload
    [variant] = backend.store.variants.all(ACCOUNT)
    assert isinstance(variant, ProductVariant)
    assert payload["productId"] == variant.product_id == backend.store.products.all(ACCOUNT)[0].id
    twin = backend.store.twins.get(ACCOUNT, variant.twin_id)
    assert twin is not None
    [carrier] = twin.carriers
    assert carrier.carrier_url == f"https://example.com/01/{GTIN}/22/blue%2F1"


def test_rules_raise_mock_errors_naming_the_field(backend):
    with pytest.raises(MockError) as refused:
        call(
            backend,
            "createProduct",
            {"brandId": "nope", "descriptionShort": "x", "gpcCategoryCode": "1", "identifier": "x"},
        )
    assert (refused.value.status, [e.field for e in refused.value.errors]) == (404, ["body.brandId"])
    assert backend.store.products.all(ACCOUNT) == []


def test_serial_state_is_reachable_as_backend_serial(backend):
    new_product(backend)
    [twin] = backend.store.twins.all(ACCOUNT)
    call(backend, "setAccountSerialAllocationSettings", {"length": 8, "strategy": "RANDOM_NUMERIC", "symbols": "0000"})
    assert backend.serial.account_settings.get(ACCOUNT) is not None
    backend.serial.fail_next_jobs = 1
    job = call(backend, "startSerialGenerationJob", {"digitalTwinId": twin.id, "serialCount": 10}).payload
    assert len(backend.serial.jobs) == 1
    assert call(backend, "getJobStatus", jobId=job["id"]).payload["status"] == "FAILED"
    assert backend.serial.fail_next_jobs == 0


def test_uploads_go_through_the_backend(backend):
    new_product(backend)
    [twin] = backend.store.twins.all(ACCOUNT)
    body = {"digitalTwinId": twin.id, "fileName": "a.png", "contentType": "png", "isDefault": True}
    started = call(backend, "startDigitalTwinImageUpload", body).payload
    token = started["uploadUrl"].rsplit("/", 1)[1]
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8
    backend.receive_upload(token, png)
    assert backend.image_bytes(started["digitalTwinImageId"]) == png
    image = call(backend, "finalizeDigitalTwinImageUpload", {"digitalTwinImageId": started["digitalTwinImageId"]})
    assert (image.payload["status"], image.payload["isDefault"]) == ("READY", True)
    with pytest.raises(MockError) as finished:
        backend.receive_upload(token, png)  # one-time: the token is spent
    assert [e.field for e in finished.value.errors] == ["path.token"]


# ------------------------------------------------------------------ roles


@pytest.mark.parametrize(
    ("spec", "roles", "allowed"),
    [
        (["API_READ_ONLY", "API_EDITOR"], {"API_EDITOR"}, True),
        (["API_READ_ONLY", "API_EDITOR"], {"SERIAL_READ_WRITE"}, False),
        ([["API_EDITOR", "SERIAL_READ_WRITE"]], {"API_EDITOR"}, False),
        ([["API_EDITOR", "SERIAL_READ_WRITE"]], {"SERIAL_READ_WRITE"}, False),
        ([["API_EDITOR", "SERIAL_READ_WRITE"]], {"API_EDITOR", "SERIAL_READ_WRITE", "API_READ_ONLY"}, True),
        (["API_READ_ONLY", ["API_EDITOR", "SERIAL_READ_WRITE"]], {"API_READ_ONLY"}, True),
        (None, set(), True),
    ],
)
def test_role_rules_are_alternatives_of_roles_all_needed(spec, roles, allowed):
    assert RoleRule.from_spec(spec).allows(frozenset(roles)) is allowed


def test_role_rules_say_what_is_needed():
    assert RoleRule.from_spec(["API_READ_ONLY", "API_EDITOR"]).describe() == "role API_EDITOR or API_READ_ONLY"
    assert RoleRule.from_spec([["SERIAL_READ_WRITE", "API_EDITOR"]]).describe() == (
        "roles API_EDITOR and SERIAL_READ_WRITE"
    )
    mixed = RoleRule.from_spec(["API_READ_ONLY", ["API_EDITOR", "SERIAL_READ_WRITE"]])
    assert mixed.describe() == "role API_READ_ONLY or roles API_EDITOR and SERIAL_READ_WRITE"
    assert mixed.mentions("SERIAL_READ_WRITE")
    assert not mixed.mentions("SERIAL_READ_ONLY")


def test_page_headers_carry_a_token_only_when_more_follows():
    assert page_headers(None) == {"has-next-page": "false"}
    assert page_headers("abc") == {"has-next-page": "true", "next-page-token": "abc"}


def test_a_date_alone_is_the_start_of_that_day_in_utc():
    # The twin filter compares against UTC stamps: a bare date must not become a naive datetime.
    assert parse_moment("2024-03-01") == datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC)
    assert parse_moment("2024-03-01T01:00:00+02:00") < parse_moment("2024-03-01")
    assert FORMATS.conforms("2024-03-01", "date")
    assert not FORMATS.conforms("2024-02-30", "date")
    assert not FORMATS.conforms("2024-03-01T00:00:00Z", "date")
