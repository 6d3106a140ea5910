"""The REST rules of the mock's data carriers (rest.py), driven over HTTP: the carriers a product, variant
or promotional asset gets from ``useDefaultSettings`` or ``digitalTag`` within what the account's
subscriptions allow (a refused tag creates nothing), adding a carrier to a twin (one per type, URL format
and domain required without default settings), the QR code's URL (a GS1 Digital Link for a valid GTIN,
otherwise or on request a short URL), and the carrier list's filters.
"""

from __future__ import annotations

import pytest

from tests.mock.helpers import GTIN, Api, field_names
from tests.mock.rest_helpers import twin_ids


def carriers_of(api: Api, twin_id: str) -> list[dict]:
    filter_ = {"digitalTwin": {"ids": [twin_id]}, "carrierTypes": ["DIGITAL_WATERMARK", "QR_CODE"]}
    return api.ok(api.get("/rest/dataCarriers", filter=filter_))


def carrier_types(api: Api, twin_id: str) -> set[str]:
    return {c["carrierType"] for c in carriers_of(api, twin_id)}


# ------------------------------------------------------------------ data carriers


def test_use_default_settings_creates_the_accounts_default_carriers(api):
    product = api.create_product(useDefaultSettings=True)
    twin = api.twin_of("product", product["id"])
    assert carrier_types(api, twin["id"]) == {"QR_CODE", "DIGITAL_WATERMARK"}
    assert {c["carrierType"] for c in twin["dataCarriers"]} == {"QR_CODE", "DIGITAL_WATERMARK"}


def test_use_default_settings_skips_defaults_the_subscriptions_do_not_allow(automate_api):
    # The AUTOMATE account defaults to watermark and QR code but may only have watermarks.
    product = automate_api.create_product(useDefaultSettings=True)
    twin = automate_api.twin_of("product", product["id"])
    assert carrier_types(automate_api, twin["id"]) == {"DIGITAL_WATERMARK"}


def test_without_digital_tag_or_defaults_no_carrier_is_made(api):
    twin = api.twin_of("product", api.create_product()["id"])
    assert carriers_of(api, twin["id"]) == []
    twin = api.twin_of("product", api.create_product(useDefaultSettings=False)["id"])
    assert carriers_of(api, twin["id"]) == []


@pytest.mark.parametrize(
    ("tag", "types"),
    [
        ("DIGITAL_WATERMARK", {"DIGITAL_WATERMARK"}),
        ("QR_CODE", {"QR_CODE"}),
        ("DIGITAL_WATERMARK_AND_QR_CODE", {"DIGITAL_WATERMARK", "QR_CODE"}),
    ],
)
def test_digital_tag_creates_those_carriers(api, tag, types):
    for resource, kind in [
        (api.create_product(digitalTag=tag), "product"),
        (api.create_variant(digitalTag=tag), "productVariant"),
        (api.create_asset(digitalTag=tag), "promotionalAsset"),
    ]:
        assert carrier_types(api, api.twin_of(kind, resource["id"])["id"]) == types


@pytest.mark.parametrize("tag", ["QR_CODE", "DIGITAL_WATERMARK_AND_QR_CODE"])
def test_digital_tag_outside_the_subscriptions_is_403(automate_api, tag):
    response = automate_api.post("/rest/products", automate_api.product_body(digitalTag=tag))
    assert response.status_code == 403
    assert field_names(response) == {"body.digitalTag"}
    assert "QR_CODE" in response.json()["message"]


@pytest.mark.parametrize("kind", ["product", "productVariant", "promotionalAsset"])
def test_refused_digital_tag_creates_nothing(automate_api, kind):
    api = automate_api
    body = {
        "product": lambda: api.product_body(digitalTag="QR_CODE"),
        "productVariant": lambda: api.variant_body(api.create_product()["identifier"], digitalTag="QR_CODE"),
        "promotionalAsset": lambda: api.asset_body(digitalTag="QR_CODE"),
    }[kind]()
    path = {
        "product": "/rest/products",
        "productVariant": "/rest/productVariants",
        "promotionalAsset": "/rest/promotionalAssets",
    }
    before = twin_ids(api)
    listed_before = api.list_ids(path[kind])
    assert api.post(path[kind], body).status_code == 403
    assert api.list_ids(path[kind]) == listed_before
    assert twin_ids(api) == before


def test_data_carrier_create_and_second_of_the_same_type_is_409(api):
    twin = api.twin_of("product", api.create_product()["id"])
    body = {"digitalTwinId": twin["id"], "carrierType": "QR_CODE", "useDefaultSettings": True}
    carrier = api.ok(api.post("/rest/dataCarriers", body))
    assert carrier["digitalTwinId"] == twin["id"]
    assert carrier["carrierType"] == "QR_CODE"
    again = api.post("/rest/dataCarriers", body)
    assert again.status_code == 409
    assert field_names(again) == {"body.carrierType"}
    assert [c["id"] for c in carriers_of(api, twin["id"])] == [carrier["id"]]
    watermark = api.ok(api.post("/rest/dataCarriers", {**body, "carrierType": "DIGITAL_WATERMARK"}))
    assert watermark["carrierUrl"] == ""
    assert carrier_types(api, twin["id"]) == {"QR_CODE", "DIGITAL_WATERMARK"}


def test_data_carrier_of_a_type_the_subscriptions_lack_is_403(automate_api):
    twin = automate_api.twin_of("product", automate_api.create_product()["id"])
    body = {"digitalTwinId": twin["id"], "carrierType": "QR_CODE", "useDefaultSettings": True}
    response = automate_api.post("/rest/dataCarriers", body)
    assert response.status_code == 403
    assert field_names(response) == {"body.carrierType"}
    assert carriers_of(automate_api, twin["id"]) == []


def test_without_default_settings_url_format_and_domain_are_required(api):
    twin = api.twin_of("product", api.create_product()["id"])
    for carrier_type in ("QR_CODE", "DIGITAL_WATERMARK"):
        body = {"digitalTwinId": twin["id"], "carrierType": carrier_type, "useDefaultSettings": False}
        response = api.post("/rest/dataCarriers", body)
        assert response.status_code == 400
        # The missing fields, and the switch that made them required.
        assert field_names(response) == {"body.shortUrlDomain", "body.urlFormat", "body.useDefaultSettings"}
    assert carriers_of(api, twin["id"]) == []


@pytest.mark.parametrize(("identifier", "gtin14"), [(GTIN, GTIN), ("012345678905", "00012345678905")])
def test_qr_code_of_a_gtin_product_is_a_digital_link(api, identifier, gtin14):
    product = api.create_product(identifier=identifier, digitalTag="QR_CODE")
    [carrier] = carriers_of(api, api.twin_of("product", product["id"])["id"])
    assert carrier["carrierUrl"] == f"https://example.com/01/{gtin14}"
    assert carrier["urlFormat"] == "DigitalLink"


def test_qr_code_of_a_variant_starts_with_its_products_digital_link(api):
    api.create_product(identifier=GTIN)
    variant = api.create_variant(GTIN, digitalTag="QR_CODE")
    [carrier] = carriers_of(api, api.twin_of("productVariant", variant["id"])["id"])
    assert carrier["carrierUrl"].startswith(f"https://example.com/01/{GTIN}")


def test_qr_code_with_short_url_format_is_domain_plus_short_id(api):
    twin = api.twin_of("product", api.create_product(identifier=GTIN)["id"])
    body = {
        "digitalTwinId": twin["id"],
        "carrierType": "QR_CODE",
        "useDefaultSettings": False,
        "urlFormat": "ShortUrl",
        "shortUrlDomain": "https://sho.rt/",
    }
    carrier = api.ok(api.post("/rest/dataCarriers", body))
    assert carrier["urlFormat"] == "ShortUrl"
    assert carrier["shortId"]
    assert carrier["carrierUrl"] == "https://sho.rt/" + carrier["shortId"]


@pytest.mark.parametrize("identifier", ["SKU-ABC", "01234567891225", "012345678906", "96385075"])
def test_qr_code_of_a_product_without_gtin_falls_back_to_a_short_url(api, identifier):
    # A GTIN-shaped identifier with a wrong check digit is no GTIN for a Digital Link: treated like a SKU.
    product = api.create_product(identifier=identifier, digitalTag="QR_CODE")
    [carrier] = carriers_of(api, api.twin_of("product", product["id"])["id"])
    assert carrier["urlFormat"] == "ShortUrl"
    assert carrier["carrierUrl"] == "https://example.com/" + carrier["shortId"]


def test_product_create_honours_url_format_without_use_default_settings(api):
    # REST doc, Create a Product: useDefaultSettings=true is what makes urlFormat and
    # shortUrlDomain unnecessary; when it is not set, the ones given apply.
    product = api.create_product(
        identifier=GTIN, digitalTag="QR_CODE", urlFormat="ShortUrl", shortUrlDomain="https://sho.rt/"
    )
    [carrier] = carriers_of(api, api.twin_of("product", product["id"])["id"])
    assert carrier["urlFormat"] == "ShortUrl"
    assert carrier["carrierUrl"] == "https://sho.rt/" + carrier["shortId"]


def test_data_carrier_list_filters_by_twin_and_type(api):
    first = api.twin_of("product", api.create_product(useDefaultSettings=True)["id"])
    second = api.twin_of("product", api.create_product(useDefaultSettings=True)["id"])
    filter_ = {"digitalTwin": {"ids": [first["id"]]}, "carrierTypes": ["QR_CODE"]}
    listed = api.ok(api.get("/rest/dataCarriers", filter=filter_))
    assert [(c["digitalTwinId"], c["carrierType"]) for c in listed] == [(first["id"], "QR_CODE")]
    both = {"digitalTwin": {"ids": [first["id"], second["id"]]}, "carrierTypes": ["DIGITAL_WATERMARK", "QR_CODE"]}
    assert len(api.ok(api.get("/rest/dataCarriers", filter=both))) == 4
    missing = api.get("/rest/dataCarriers")
    assert missing.status_code == 400
    assert field_names(missing) == {"query.filter"}
