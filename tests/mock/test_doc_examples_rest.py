"""The REST document's example requests, sent to the mock as written (see ``doc_example_helpers.py`` for
how examples are found, sent and compared): searching digital twins, creating a product, filtering
products by GTIN and promotional assets by id (GET with a JSON body), updating a variant and creating a
data carrier, each on resources the test creates first; and the digital twin id filter fragments of both
older documents, each of which must find its twin.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from refexamples import CurlRequest

from tests.mock.doc_example_helpers import (
    ABOUT_TWIN_ID,
    REST,
    SER,
    assert_same_keys,
    demo_api,
    find,
    ok,
    one,
    send,
    substitute,
)
from tests.mock.helpers import ACCOUNT

# ------------------------------------------------------------- REST examples


def rest_request(section: str) -> CurlRequest:
    request = one(REST, section).request
    assert request is not None
    return request


def test_list_digital_twins_with_search_example(client: Any) -> None:
    api = demo_api(client)
    found = api.create_product(descriptionShort="An Example Product")
    other = api.create_product(descriptionShort="Unrelated")
    twins = ok(send(client, rest_request("List Digital Twins with Search"), {"$ACCOUNT_ID": ACCOUNT}))
    product_ids = [twin.get("productId") for twin in twins]
    assert found["id"] in product_ids
    assert other["id"] not in product_ids


def test_create_a_product_example(client: Any) -> None:
    api = demo_api(client)
    ids = {"$ACCOUNT_ID": ACCOUNT, "$BRAND_ID": api.create_brand()["id"]}
    request = rest_request("Create a Product Example")
    product = ok(send(client, request, ids))
    sent = substitute(request.body, ids)
    for key in ("accountId", "brandId", "descriptionShort", "gpcCategoryCode", "identifier", "customAttributes"):
        assert product[key] == sent[key], key
    # "using the account's default data carrier settings": the demo account's two default types.
    twin = api.twin_of("product", product["id"])
    assert {carrier["carrierType"] for carrier in twin["dataCarriers"]} == {"QR_CODE", "DIGITAL_WATERMARK"}


def test_filter_products_by_gtin_example(client: Any) -> None:
    api = demo_api(client)
    gtins = ["01234567891224", "00614141000012", "09506000134352"]
    wanted = [api.create_product(identifier=gtin)["id"] for gtin in gtins]
    api.create_product(identifier="00012345678905")  # not asked for
    ids = {"$ACCOUNT_ID": ACCOUNT, "$GTIN1": gtins[0], "$GTIN2": gtins[1], "$GTINn": gtins[2]}
    products = ok(send(client, rest_request("Filter Products by GTIN"), ids))  # GET with a JSON body
    assert [product["id"] for product in products] == wanted  # MODIFIED_ASC: oldest change first


def test_filter_promotional_assets_by_id_example(client: Any) -> None:
    api = demo_api(client)
    assets = [api.create_asset()["id"] for _ in range(4)]
    ids = {"$ACCOUNT_ID": ACCOUNT, "$PROMOASSET_ID1": assets[0], "$PROMOASSET_ID2": assets[1]}
    ids["$PROMOASSET_IDn"] = assets[3]
    found = ok(send(client, rest_request("Filter Promotional Assets by ID"), ids))  # GET with a JSON body
    assert [asset["id"] for asset in found] == [assets[3], assets[1], assets[0]]  # MODIFIED_DESC


def test_update_a_product_variant_example(client: Any) -> None:
    api = demo_api(client)
    variant = api.create_variant(consumerProductVariantReasonCode="CHANGE_OF_PRODUCT", customAttributes={"a": "b"})
    ids = {"$ACCOUNT_ID": ACCOUNT, "$PRODUCTVARIANT_ID": variant["id"]}
    updated = ok(send(client, rest_request("Update a Product Variant Example"), ids))
    assert updated["id"] == variant["id"]
    assert updated["consumerProductVariantReasonCode"] == "ADD_ADDITIONAL_LANGUAGE"
    assert updated.get("customAttributes", {}) == {}  # "remove custom attributes"
    assert updated["consumerProductVariantDescription"] == variant["consumerProductVariantDescription"]


def test_create_a_data_carrier_example(client: Any) -> None:
    api = demo_api(client)
    twin = api.twin_of("product", api.create_product()["id"])  # created without carriers
    assert twin["dataCarriers"] == []
    ids = {"$ACCOUNT_ID": ACCOUNT, "$DIGITAL_TWIN_ID": twin["id"]}
    carrier = ok(send(client, rest_request("Create a Data Carrier Example"), ids))
    assert (carrier["digitalTwinId"], carrier["carrierType"], carrier["carrierUrl"]) == (
        twin["id"],
        "DIGITAL_WATERMARK",
        "",
    )


# ------------------------------------------------- digital twin id fragments


@pytest.mark.parametrize(
    ("document", "section"), [(REST, ABOUT_TWIN_ID), (SER, "Digital Twin ID")], ids=["rest", "ser"]
)
def test_digital_twin_id_filters_find_the_twin(client: Any, document: str, section: str) -> None:
    """The ``"filter": {...}`` fragments, sent as the filter of ``GET /digitalTwins``."""
    api = demo_api(client)
    product = api.create_product(useDefaultSettings=True)  # with data carriers, as in the sample
    variant = api.create_variant()
    asset = api.create_asset()
    ids = {"$PRODUCT_ID": product["id"], "$VARIANT_ID": variant["id"], "$PROMOASSET_ID": asset["id"]}
    resources = {"product": product["id"], "productVariant": variant["id"], "promotionalAsset": asset["id"]}
    sample_example = one(REST, ABOUT_TWIN_ID, "response")
    assert sample_example.elided
    sample = sample_example.value[0]
    for fragment in find(document, section, "fragment"):
        (kind,) = fragment.value["filter"]
        filter_ = json.dumps(substitute(fragment.value["filter"], ids))
        query = (("accountId", ACCOUNT), ("first", "10"), ("order", "CREATED_ASC"), ("filter", filter_))
        twins = ok(send(client, CurlRequest("GET", "/digitalTwins", query, None), {}))
        assert len(twins) == 1, (kind, twins)
        twin = twins[0]
        assert twin["resourceId"] == resources[kind]
        if kind == "product":
            # The documented sample: the twin's id is its carriers' digitalTwinId, productId its product's id.
            # The sample shows one carrier; this twin has the demo account's two default ones.
            assert_same_keys({**sample, "dataCarriers": sample["dataCarriers"] * 2}, twin, elided=True)
            assert {carrier["digitalTwinId"] for carrier in twin["dataCarriers"]} == {twin["id"]}
            assert twin["productId"] == twin["product"]["id"] == product["id"]
