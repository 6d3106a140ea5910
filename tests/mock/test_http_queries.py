"""The mock's HTTP layer, query parameters: a bad, missing, repeated or unknown parameter is 400 naming
each one (down into the filter's keys), deep nesting is 400 not 500, no bad request gives a 5xx, and a
GET with a JSON body works, is validated and is checked for the account like the query form.
"""

from __future__ import annotations

import json

import pytest

from tests.mock.helpers import ACCOUNT, ACCOUNT_A, ACCOUNT_B, EDITOR_KEY, KEY_A
from tests.mock.http_helpers import LIST_PARAMS, assert_error, refused_fields

# ------------------------------------------------------------ query parameters


def list_brands(client, query):
    """``GET /rest/brands`` with ``query`` (a mapping or pairs), by the demo account's editor."""
    return client.get("/rest/brands", params=query, headers={"Authorization": f"ApiKey {EDITOR_KEY}"})


@pytest.mark.parametrize(
    ("params", "fields"),
    [
        *(({"first": value}, {"query.first"}) for value in ("0", "1001", "100000", "abc", "1.5", "-3")),
        *(({"order": value}, {"query.order"}) for value in ("SIZE_ASC", "CREATED_ASC")),
        *(({name: None}, {f"query.{name}"}) for name in ("first", "order", "accountId")),  # missing
        *(({"filter": value}, {"query.filter"}) for value in ("not json", '{"brand": ', "NaN")),
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
    assert refused_fields(list_brands(client, query)) == fields


def test_repeated_query_parameter_is_400(client):
    query = [*LIST_PARAMS.items(), ("first", "5")]
    assert refused_fields(list_brands(client, query)) == {"query.first"}


def test_unknown_query_parameter_is_400_naming_it(client):
    # Strict like request bodies (spec/DECISIONS.md): a misspelt parameter is never silently ignored.
    query = [*LIST_PARAMS.items(), ("firts", "5")]
    assert refused_fields(list_brands(client, query)) == {"query.firts"}


def test_unknown_key_deep_in_a_digital_twin_filter_is_named(api):
    response = api.get("/rest/digitalTwins", first=10, order="CREATED_ASC", filter={"product": {"bogus": 1}})
    assert refused_fields(response) == {"query.filter.product.bogus"}


def test_deeply_nested_filter_is_400_not_500(api):
    response = api.get("/rest/brands", first=10, order="NAME_ASC", filter="[" * 5000)
    assert refused_fields(response) == {"query.filter"}


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
    assert refused_fields(response) == {"query.first", "query.filter.product.bogus"}


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
