"""The mock's HTTP layer, request bodies: a malformed, mistyped or oversized body (over one mebibyte, deeply
nested) is 400 naming ``body`` and changes nothing, JSON content types with a suffix or charset are accepted,
every bad field of a body is named (under ``patch`` for updates), documented string limits and enums are
enforced, and odd values never break the lists.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.mock.helpers import ACCOUNT, Api, field_names
from tests.mock.http_helpers import assert_error, brand_names, refused_fields

# ------------------------------------------------------------ request bodies


def post_brand_raw(api: Api, content: bytes, content_type: str = "application/json") -> Any:
    headers = {**api.headers, "Content-Type": content_type}
    return api.client.post("/rest/brands", content=content, headers=headers)


def brand_body(name: str = "Acme") -> bytes:
    return json.dumps({"accountId": ACCOUNT, "name": name}).encode()


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"accountId": ', "application/json"),
        (b"{'accountId': 'x'}", "application/json"),
        (b'{"accountId": "' + ACCOUNT.encode() + b'", "name": "caf\xe9"}', "application/json"),
        (b'{"accountId": "' + ACCOUNT.encode() + b'", "name": NaN}', "application/json"),
        (b'{"accountId": "' + ACCOUNT.encode() + b'", "name": Infinity}', "application/json"),
        (brand_body(), "text/plain"),
        (brand_body(), "application/x-www-form-urlencoded"),
        (b"[]", "application/json"),
        (b'"just a string"', "application/json"),
        (b"", "application/json"),
    ],
    ids=[
        "truncated",
        "single-quotes",
        "latin-1-bytes",
        "nan",
        "infinity",
        "text-plain",
        "form",
        "array",
        "string",
        "no-body",
    ],
)
def test_malformed_body_is_400_naming_body_and_changes_nothing(api, content, content_type):
    response = post_brand_raw(api, content, content_type)
    assert_error(response, 400)
    assert "body" in field_names(response)
    assert brand_names(api) == []


def test_json_content_type_with_suffix_and_charset_is_accepted(api):
    assert post_brand_raw(api, brand_body("A"), "application/json; charset=utf-8").status_code == 200
    assert post_brand_raw(api, brand_body("B"), "application/vnd.api+json").status_code == 200
    assert brand_names(api) == ["A", "B"]


def test_body_of_exactly_one_mebibyte_is_read_and_one_byte_more_is_refused(api):
    prefix = b'{"accountId": "' + ACCOUNT.encode() + b'", "name": "'
    limit = 1024 * 1024
    exact = prefix + b"n" * (limit - len(prefix) - 2) + b'"}'
    assert len(exact) == limit
    assert post_brand_raw(api, exact).status_code == 200
    over = prefix + b"n" * (limit - len(prefix) - 1) + b'"}'
    response = post_brand_raw(api, over)
    assert refused_fields(response) == {"body"}
    assert len(brand_names(api)) == 1


def test_deeply_nested_json_body_is_400_not_500(api):
    response = post_brand_raw(api, b"[" * 100_000 + b"]" * 100_000)
    assert_error(response, 400)
    assert brand_names(api) == []


def test_lone_surrogate_in_a_name_is_refused_or_stored_without_breaking_the_list(api):
    response = post_brand_raw(api, b'{"accountId": "' + ACCOUNT.encode() + b'", "name": "\\ud800"}')
    assert response.status_code < 500, response.text
    listing = api.get("/rest/brands", first=10, order="NAME_ASC")
    assert listing.status_code == 200, listing.text


def test_number_too_large_for_a_float_is_refused_or_kept_without_breaking_the_list(api):
    body = api.product_body(customAttributes={"huge": 1})
    raw = json.dumps({"accountId": ACCOUNT, **body}).replace('"huge": 1', '"huge": 1e400').encode()
    response = api.client.post(
        "/rest/products", content=raw, headers={**api.headers, "Content-Type": "application/json"}
    )
    assert response.status_code < 500, response.text
    listing = api.get("/rest/products", first=10, order="NAME_ASC")
    assert listing.status_code == 200, listing.text


def test_every_bad_body_field_is_named(api):
    brand = api.create_brand()
    body = {
        "brandId": brand["id"],
        "descriptionShort": "x" * 65,
        "gpcCategoryCode": "53000000",
        "digitalTag": "HOLOGRAM",
        "firstOrderDateTime": "2024-13-01T00:00:00Z",
        "bogus": 1,
    }
    response = api.post("/rest/products", body)
    assert refused_fields(response) == {
        "body.descriptionShort",
        "body.digitalTag",
        "body.firstOrderDateTime",
        "body.identifier",
        "body.bogus",
    }
    assert api.ok(api.get("/rest/products", first=10, order="NAME_ASC")) == []


@pytest.mark.parametrize(
    ("path", "field", "limit", "make_body"),
    [
        ("/rest/products", "descriptionShort", 64, lambda api, text: api.product_body(descriptionShort=text)),
        ("/rest/products", "tradeItemDescription", 512, lambda api, text: api.product_body(tradeItemDescription=text)),
        (
            "/rest/products",
            "additionalTradeItemIdentification",
            64,
            lambda api, text: api.product_body(additionalTradeItemIdentification=text),
        ),
        (
            "/rest/productVariants",
            "consumerProductVariantDescription",
            256,
            lambda api, text: api.variant_body(
                api.create_product()["identifier"], consumerProductVariantDescription=text
            ),
        ),
        ("/rest/promotionalAssets", "descriptionShort", 512, lambda api, text: api.asset_body(descriptionShort=text)),
    ],
    ids=["product-name-64", "product-description-512", "additional-id-64", "variant-description-256", "asset-512"],
)
def test_documented_string_limits(api, path, field, limit, make_body):
    too_long = api.post(path, make_body(api, "x" * (limit + 1)))
    assert_error(too_long, 400)
    assert field_names(too_long) == {f"body.{field}"}
    assert api.post(path, make_body(api, "é" * limit)).status_code == 200


def test_update_patch_limits_are_named_under_patch(api):
    product = api.create_product()
    response = api.put("/rest/products", {"id": product["id"], "patch": {"descriptionShort": "x" * 65}})
    assert refused_fields(response) == {"body.patch.descriptionShort"}


@pytest.mark.parametrize(
    ("path", "extra", "field"),
    [
        ("/rest/digitalTwinImages/uploads/start", {"contentType": "gif"}, "body.contentType"),
        ("/rest/dataCarriers", {"carrierType": "NFC"}, "body.carrierType"),
    ],
)
def test_unknown_enum_in_body_is_named(api, path, extra, field):
    twin = api.twin_of("product", api.create_product()["id"])
    base = {
        "/rest/digitalTwinImages/uploads/start": {
            "digitalTwinId": twin["id"],
            "fileName": "a.gif",
            "contentType": "png",
            "isDefault": False,
        },
        "/rest/dataCarriers": {"digitalTwinId": twin["id"], "carrierType": "QR_CODE", "useDefaultSettings": True},
    }[path]
    response = api.post(path, {**base, **extra})
    assert refused_fields(response) == {field}
