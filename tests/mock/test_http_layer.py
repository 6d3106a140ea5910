"""The mock's HTTP layer: authentication, roles, accounts, request validation, errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from illuminate_mock import specdoc
from illuminate_spec.loader import load_spec

from tests.mock.helpers import (
    ACCOUNT,
    ACCOUNT_A,
    ACCOUNT_B,
    EDITOR_KEY,
    KEY_A,
    READ_ONLY_KEY,
    SERIAL_READ_ONLY_KEY,
    Api,
    field_names,
)

SPEC = load_spec().document
OPERATIONS = specdoc.operations(load_spec())
WRITE_OPERATIONS = sorted(
    (op.method, op.path, op.operation_id) for op in OPERATIONS.values() if not op.roles.mentions("API_READ_ONLY")
)
REST_LISTS = [
    "/rest/brands",
    "/rest/functionalNames",
    "/rest/assetTypes",
    "/rest/products",
    "/rest/productVariants",
    "/rest/promotionalAssets",
]
LIST_PARAMS = {"accountId": ACCOUNT, "first": "10", "order": "NAME_ASC"}


def assert_error(response: Any, status: int) -> dict[str, Any]:
    """The response is a JSON Error body with that status and the request's id."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["message"], str)
    assert body["message"]
    assert body["status"] == status
    assert body["requestId"] == response.headers["x-request-id"]
    return body


def brand_names(api: Api) -> list[str]:
    return [b["name"] for b in api.ok(api.get("/rest/brands", first=1000, order="NAME_ASC"))]


# ------------------------------------------------------------ authentication


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": ""},
        {"Authorization": EDITOR_KEY},
        {"Authorization": f"Bearer {EDITOR_KEY}"},
        {"Authorization": "ApiKey"},
        {"Authorization": f"ApiKey {EDITOR_KEY} extra"},
        {"Authorization": "ApiKey not-a-known-key"},
    ],
    ids=["missing", "empty", "no-scheme", "bearer", "no-key", "two-words", "unknown-key"],
)
def test_missing_malformed_or_unknown_authorization_is_401(client, headers):
    response = client.get("/rest/brands", params=LIST_PARAMS, headers=headers)
    body = assert_error(response, 401)
    assert body["code"] == "UNAUTHORIZED"


def test_401_comes_before_validation(client):
    response = client.post("/rest/brands", content=b"{not json", headers={"Authorization": "ApiKey nope"})
    assert_error(response, 401)


def test_read_only_key_may_list(read_only):
    assert read_only.get("/rest/brands", first=10, order="NAME_ASC").status_code == 200


def test_serial_only_key_may_not_use_rest_reads(client):
    response = client.get(
        "/rest/brands", params=LIST_PARAMS, headers={"Authorization": f"ApiKey {SERIAL_READ_ONLY_KEY}"}
    )
    assert_error(response, 403)


@pytest.mark.parametrize(("method", "path", "operation_id"), WRITE_OPERATIONS, ids=[o[2] for o in WRITE_OPERATIONS])
@pytest.mark.parametrize("body", [b"", b"{not json"], ids=["empty-body", "malformed-body"])
def test_read_only_key_is_refused_every_write_before_validation(client, method, path, operation_id, body):
    # app.py checks the role (403) before it reads or validates the body (400).
    headers = {"Authorization": f"ApiKey {READ_ONLY_KEY}", "Content-Type": "application/json"}
    response = client.request(method, path, content=body, headers=headers)
    assert_error(response, 403)


def test_read_only_key_is_refused_a_valid_create_and_nothing_is_created(api, read_only):
    response = read_only.post("/rest/brands", {"name": "would-be brand"})
    body = assert_error(response, 403)
    assert body["message"] == "createBrand needs a key with role API_EDITOR"
    assert brand_names(api) == []


def test_a_403_for_roles_names_every_alternative(client):
    response = client.get(
        "/rest/brands", params=LIST_PARAMS, headers={"Authorization": f"ApiKey {SERIAL_READ_ONLY_KEY}"}
    )
    assert assert_error(response, 403)["message"] == "listBrands needs a key with role API_EDITOR or API_READ_ONLY"


def test_write_operations_cover_every_rest_create_update_delete():
    ids = {operation_id for _, _, operation_id in WRITE_OPERATIONS}
    assert {"createBrand", "createProduct", "updateProduct", "deletePromotionalAssetLinks"} <= ids
    assert {"createDataCarrier", "deleteDigitalTwinImage", "finalizeDigitalTwinImageUpload"} <= ids
    assert not ids & {"listBrands", "listProducts", "listDigitalTwins"}


# ------------------------------------------------------------ account isolation


def test_key_of_one_account_cannot_read_another_account(api_a, api_b, shared_client):
    brand_b = api_b.create_brand("Secret Brand Of B")
    product_b = api_b.create_product(brand_b["id"], descriptionShort="Secret Product Of B")
    for path in REST_LISTS:
        order = "NAME_ASC"
        params = {"accountId": ACCOUNT_B, "first": "100", "order": order}
        response = shared_client.get(path, params=params, headers=api_a.headers)
        assert_error(response, 403)
        for secret in (brand_b["id"], brand_b["name"], product_b["id"], product_b["descriptionShort"]):
            assert secret not in response.text
    twins = shared_client.get(
        "/rest/digitalTwins",
        params={"accountId": ACCOUNT_B, "first": "10", "order": "CREATED_ASC"},
        headers=api_a.headers,
    )
    assert_error(twins, 403)
    assert product_b["id"] not in twins.text


def test_key_of_one_account_cannot_write_to_another_account(api_a, api_b):
    response = api_a.client.post(
        "/rest/brands", json={"accountId": ACCOUNT_B, "name": "intruder"}, headers=api_a.headers
    )
    body = assert_error(response, 403)
    assert field_names(response) == {"body.accountId"}
    assert "intruder" not in json.dumps(body)
    assert brand_names(api_b) == []
    assert brand_names(api_a) == []


def test_unknown_account_gets_the_same_403_as_a_foreign_one(api_a):
    foreign = api_a.client.get("/rest/brands", params={**LIST_PARAMS, "accountId": ACCOUNT_B}, headers=api_a.headers)
    unknown = api_a.client.get(
        "/rest/brands", params={**LIST_PARAMS, "accountId": "no-such-acct"}, headers=api_a.headers
    )
    assert_error(foreign, 403)
    assert_error(unknown, 403)
    assert foreign.json()["message"] == unknown.json()["message"]
    assert field_names(foreign) == field_names(unknown) == {"query.accountId"}


def test_ids_of_another_account_are_not_found(api_a, api_b):
    brand_b = api_b.create_brand()
    response = api_a.post("/rest/products", api_a.product_body(brand_b["id"]))
    assert_error(response, 404)
    assert field_names(response) == {"body.brandId"}
    product_b = api_b.create_product(brand_b["id"])
    twin_b = api_b.twin_of("product", product_b["id"])
    carrier = api_a.post(
        "/rest/dataCarriers", {"digitalTwinId": twin_b["id"], "carrierType": "QR_CODE", "useDefaultSettings": True}
    )
    assert_error(carrier, 404)
    images = api_a.get("/rest/digitalTwinImages", digitalTwinId=twin_b["id"], first=10)
    assert_error(images, 404)


def test_lists_show_only_the_callers_account(api_a, api_b):
    api_a.create_product()
    api_b.create_product()
    for api in (api_a, api_b):
        for path in ["/rest/brands", "/rest/products"]:
            records = api.ok(api.get(path, first=100, order="NAME_ASC"))
            assert len(records) == 1
            assert {r["accountId"] for r in records} == {api.account}
        twins = api.ok(api.get("/rest/digitalTwins", first=100, order="CREATED_ASC"))
        assert len(twins) == 1


def test_validation_400_comes_before_the_account_check(api_a):
    response = api_a.client.get(
        "/rest/brands", params={"accountId": ACCOUNT_B, "first": "0", "order": "NAME_ASC"}, headers=api_a.headers
    )
    assert_error(response, 400)
    assert "query.first" in field_names(response)


# ------------------------------------------------------------ routing


@pytest.mark.parametrize("path", ["/nope", "/rest/brands/extra", "/", "/rest/brand", "/rest/Brands"])
def test_unknown_path_is_404_json(client, path):
    body = assert_error(client.get(path, headers={"Authorization": f"ApiKey {EDITOR_KEY}"}), 404)
    assert body["code"] == "NOT_FOUND"


def test_unknown_path_is_404_even_without_a_key(client):
    assert_error(client.get("/nope"), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PATCH", "/rest/brands", {"GET", "POST"}),
        ("DELETE", "/rest/products", {"GET", "POST", "PUT"}),
        ("POST", "/rest/digitalTwins", {"GET"}),
        ("GET", "/rest/digitalTwinImages/uploads/start", {"POST"}),
        ("PUT", "/rest/promotionalAssetLinks", {"GET", "POST", "DELETE"}),
    ],
)
def test_wrong_method_is_405_json_with_allow(client, method, path, allowed):
    response = client.request(method, path, headers={"Authorization": f"ApiKey {EDITOR_KEY}"})
    body = assert_error(response, 405)
    assert body["code"] == "METHOD_NOT_ALLOWED"
    assert {m.strip() for m in response.headers["allow"].split(",")} == allowed


def test_openapi_json_serves_the_spec(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == SPEC
    assert response.json()["openapi"].startswith("3.1")


def test_every_response_has_a_request_id(api):
    first = api.get("/rest/brands", first=10, order="NAME_ASC")
    second = api.get("/rest/brands", first=10, order="NAME_ASC")
    assert first.headers["x-request-id"]
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


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
    assert_error(response, 400)
    assert field_names(response) == {"body"}
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
    assert_error(response, 400)
    assert field_names(response) == {
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
    assert_error(response, 400)
    assert field_names(response) == {"body.patch.descriptionShort"}


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
    assert_error(response, 400)
    assert field_names(response) == {field}


# ------------------------------------------------------------ query parameters


@pytest.mark.parametrize(
    ("params", "fields"),
    [
        ({"first": "0"}, {"query.first"}),
        ({"first": "1001"}, {"query.first"}),
        ({"first": "100000"}, {"query.first"}),
        ({"first": "abc"}, {"query.first"}),
        ({"first": "1.5"}, {"query.first"}),
        ({"first": "-3"}, {"query.first"}),
        ({"order": "SIZE_ASC"}, {"query.order"}),
        ({"order": "CREATED_ASC"}, {"query.order"}),
        ({"first": None}, {"query.first"}),
        ({"order": None}, {"query.order"}),
        ({"accountId": None}, {"query.accountId"}),
        ({"filter": "not json"}, {"query.filter"}),
        ({"filter": '{"brand": '}, {"query.filter"}),
        ({"filter": "NaN"}, {"query.filter"}),
        ({"filter": '{"bogus": {}}'}, {"query.filter.bogus"}),
        ({"filter": '{"brand": {"bogus": []}}'}, {"query.filter.brand.bogus"}),
        ({"filter": '{"brand": {"ids": "one"}}'}, {"query.filter.brand.ids"}),
        ({"first": "0", "order": "X", "filter": "[}"}, {"query.first", "query.order", "query.filter"}),
    ],
    ids=lambda value: json.dumps(value) if isinstance(value, dict) else None,
)
def test_bad_query_parameters_are_400_naming_each(client, params, fields):
    query = {**LIST_PARAMS, **params}
    query = {name: value for name, value in query.items() if value is not None}
    response = client.get("/rest/brands", params=query, headers={"Authorization": f"ApiKey {EDITOR_KEY}"})
    assert_error(response, 400)
    assert field_names(response) == fields


def test_repeated_query_parameter_is_400(client):
    query = [*LIST_PARAMS.items(), ("first", "5")]
    response = client.get("/rest/brands", params=query, headers={"Authorization": f"ApiKey {EDITOR_KEY}"})
    assert_error(response, 400)
    assert field_names(response) == {"query.first"}


def test_unknown_query_parameter_is_400_naming_it(client):
    # Strict like request bodies (spec/DECISIONS.md): a misspelt parameter is never silently ignored.
    query = [*LIST_PARAMS.items(), ("firts", "5")]
    response = client.get("/rest/brands", params=query, headers={"Authorization": f"ApiKey {EDITOR_KEY}"})
    assert_error(response, 400)
    assert field_names(response) == {"query.firts"}


def test_unknown_key_deep_in_a_digital_twin_filter_is_named(api):
    response = api.get("/rest/digitalTwins", first=10, order="CREATED_ASC", filter={"product": {"bogus": 1}})
    assert_error(response, 400)
    assert field_names(response) == {"query.filter.product.bogus"}


def test_deeply_nested_filter_is_400_not_500(api):
    response = api.get("/rest/brands", first=10, order="NAME_ASC", filter="[" * 5000)
    assert_error(response, 400)
    assert field_names(response) == {"query.filter"}


def test_first_1_and_1000_are_accepted(api):
    for first in (1, 1000):
        assert api.get("/rest/brands", first=first, order="NAME_ASC").status_code == 200


@pytest.mark.parametrize("path", ["/rest/brands", "/rest/products", "/rest/promotionalAssets", "/rest/digitalTwins"])
def test_bad_requests_never_give_5xx(api, path):
    nasty = ["", " ", "-", "0x10", "1e3", "9" * 40, "\u0000", "%", "{}", "[]", "null", '{"a":', "\ud7ff"]
    for value in nasty:
        for name in ("first", "order", "filter", "after", "accountId"):
            response = api.get(path, **{"first": 10, "order": "MODIFIED_ASC", name: value})
            assert response.status_code < 500, (name, value, response.text)


# ------------------------------------------------------------ GET with a JSON body


def test_get_with_a_json_body_works_like_the_query_form(api):
    wanted = [api.create_product(identifier=gtin) for gtin in ("00000000000017", "00000000000024")]
    api.create_product(identifier="00000000000031")
    body = {
        "accountId": ACCOUNT,
        "order": "MODIFIED_ASC",
        "first": 30,
        "filter": {"product": {"identifiers": ["00000000000017", "00000000000024"]}},
    }
    with_body = api.client.request("GET", "/rest/products", json=body, headers=api.headers)
    with_query = api.get("/rest/products", first=30, order="MODIFIED_ASC", filter=body["filter"])
    assert with_body.status_code == with_query.status_code == 200
    assert [p["id"] for p in with_body.json()] == [p["id"] for p in with_query.json()] == [p["id"] for p in wanted]
    assert with_body.headers["has-next-page"] == with_query.headers["has-next-page"] == "false"


def test_get_with_a_json_body_is_validated_like_the_query_form(api):
    body = {"accountId": ACCOUNT, "order": "MODIFIED_ASC", "first": 0, "filter": {"product": {"bogus": []}}}
    response = api.client.request("GET", "/rest/products", json=body, headers=api.headers)
    assert_error(response, 400)
    assert field_names(response) == {"query.first", "query.filter.product.bogus"}


def test_promotional_assets_filter_by_id_with_a_json_body(api):
    asset = api.create_asset()
    api.create_asset()
    body = {
        "accountId": ACCOUNT,
        "order": "NAME_ASC",
        "first": 10,
        "filter": {"promotionalAsset": {"ids": [asset["id"]]}},
    }
    response = api.client.request("GET", "/rest/promotionalAssets", json=body, headers=api.headers)
    assert [a["id"] for a in api.ok(response)] == [asset["id"]]


def test_get_body_with_a_foreign_account_is_403(api_a, api_b):
    api_b.create_brand("B-only")
    body = {"accountId": ACCOUNT_B, "order": "NAME_ASC", "first": 10}
    response = api_a.client.request("GET", "/rest/brands", json=body, headers={"Authorization": f"ApiKey {KEY_A}"})
    assert_error(response, 403)
    assert "B-only" not in response.text
    assert ACCOUNT_A != ACCOUNT_B
