"""The mock's HTTP layer, authentication and account isolation: a missing, malformed or unknown key is
401 before anything is validated, a read-only or serial-only key is refused (403, naming every role that
would do) every operation it lacks the role for before its body is read, and a key of one account can
neither read nor write another account (an unknown account gets the same 403), nor find its ids.
"""

from __future__ import annotations

import json

import pytest
from illuminate_mock import specdoc
from illuminate_spec.loader import load_spec

from tests.mock.helpers import ACCOUNT_B, EDITOR_KEY, READ_ONLY_KEY, SERIAL_READ_ONLY_KEY, field_names
from tests.mock.http_helpers import LIST_PARAMS, assert_error, brand_names

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
