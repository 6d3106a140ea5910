"""The REST rules of the mock's digital twins (rest.py), driven over HTTP: every product, variant and
promotional asset gets a twin with an id of its own (a resource id is no twin id), the twin list's
filters (text query, resource types, twin ids, modification window, product, variant and promotional
asset blocks, alone and combined) over a small catalogue, and the twin list's orders by creation, type
and modification, creation order holding even within one millisecond.
"""

from __future__ import annotations

import pytest
from illuminate_mock.store import ManualClock

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, GTIN, Api, field_names, make_client
from tests.mock.rest_helpers import twin_ids

# ------------------------------------------------------------------ digital twins


@pytest.mark.parametrize(
    ("kind", "resource_type"),
    [("product", "PRODUCT"), ("productVariant", "PRODUCT_VARIANT"), ("promotionalAsset", "PROMOTIONAL_ASSET")],
)
def test_every_resource_gets_a_twin_with_an_id_of_its_own(api, kind, resource_type):
    create = {"product": api.create_product, "productVariant": api.create_variant, "promotionalAsset": api.create_asset}
    resource = create[kind]()
    twin = api.twin_of(kind, resource["id"])
    assert twin["id"] != resource["id"]
    assert twin["resourceId"] == resource["id"]
    assert twin["resourceType"] == resource_type
    assert twin[kind]["id"] == resource["id"]
    assert twin["dataCarriers"] == []
    assert not any(key.startswith("_") for key in twin)


def test_product_twin_names_its_product_and_variant_twin_its_products_product(api):
    product = api.create_product()
    variant = api.create_variant(product["identifier"])
    assert api.twin_of("product", product["id"])["productId"] == product["id"]
    assert api.twin_of("productVariant", variant["id"])["productId"] == product["id"]


def test_a_resource_id_is_not_a_digital_twin_id(api):
    product = api.create_product()
    body = {"digitalTwinId": product["id"], "carrierType": "QR_CODE", "useDefaultSettings": True}
    carrier = api.post("/rest/dataCarriers", body)
    assert carrier.status_code == 404
    assert field_names(carrier) == {"body.digitalTwinId"}
    images = api.get("/rest/digitalTwinImages", digitalTwinId=product["id"], first=10)
    assert images.status_code == 404
    assert field_names(images) == {"query.digitalTwinId"}
    upload = api.post(
        "/rest/digitalTwinImages/uploads/start",
        {"digitalTwinId": product["id"], "fileName": "a.png", "contentType": "png", "isDefault": False},
    )
    assert upload.status_code == 404
    assert field_names(upload) == {"body.digitalTwinId"}


# ------------------------------------------------------------------ digital twin list filters


@pytest.fixture
def catalogue(api: Api) -> dict[str, dict]:
    """Two brands; three products, a variant of each of two, two promotional assets."""
    acme, zenith = api.create_brand("Acme"), api.create_brand("Zenith")
    records: dict[str, dict] = {"acme": acme, "zenith": zenith}
    records["soap"] = api.create_product(
        acme["id"], descriptionShort="Lavender Soap", identifier="00012345600012", gpcCategoryCode="10000001"
    )
    records["gel"] = api.create_product(
        acme["id"], descriptionShort="Shower Gel", identifier="00012345600029", gpcCategoryCode="10000002"
    )
    records["tea"] = api.create_product(
        zenith["id"], descriptionShort="Green Tea", identifier="SKU-TEA-99", gpcCategoryCode="10000003"
    )
    records["soap_fr"] = api.create_variant(records["soap"]["identifier"], consumerProductVariantDescription="Savon")
    records["tea_xl"] = api.create_variant(records["tea"]["identifier"], consumerProductVariantDescription="Tea XL")
    records["poster"] = api.create_asset(acme["id"], descriptionShort="Soap poster")
    records["banner"] = api.create_asset(zenith["id"], descriptionShort="Tea banner")
    for name in ("soap", "gel", "tea", "soap_fr", "tea_xl", "poster", "banner"):
        kind = "product" if "identifier" in records[name] else "promotionalAsset"
        if "productIdentifier" in records[name]:
            kind = "productVariant"
        records[name]["twin"] = api.twin_of(kind, records[name]["id"])["id"]
    return records


def resources(api: Api, catalogue: dict[str, dict], **filter_: object) -> set[str]:
    by_twin = {record["twin"]: name for name, record in catalogue.items() if "twin" in record}
    return {by_twin[twin_id] for twin_id in twin_ids(api, **filter_)}


ALL = {"soap", "gel", "tea", "soap_fr", "tea_xl", "poster", "banner"}


def test_twin_filter_query_searches_text_fields_case_insensitively(api, catalogue):
    assert resources(api, catalogue, query="soap") == {"soap", "poster"}
    assert resources(api, catalogue, query="TEA") == {"tea", "tea_xl", "banner"}
    assert resources(api, catalogue, query="savon") == {"soap_fr"}
    assert resources(api, catalogue, query="nothing like it") == set()


def test_twin_filter_resource_types(api, catalogue):
    assert resources(api, catalogue, resourceTypes=["PRODUCT"]) == {"soap", "gel", "tea"}
    assert resources(api, catalogue, resourceTypes=["PRODUCT_VARIANT", "PROMOTIONAL_ASSET"]) == {
        "soap_fr",
        "tea_xl",
        "poster",
        "banner",
    }
    assert resources(api, catalogue) == ALL


def test_twin_filter_digital_twin_ids_in_and_not_in(api, catalogue):
    soap, gel = catalogue["soap"]["twin"], catalogue["gel"]["twin"]
    assert resources(api, catalogue, digitalTwinIds={"in": [soap, gel]}) == {"soap", "gel"}
    assert resources(api, catalogue, digitalTwinIds={"notIn": [soap, gel]}) == ALL - {"soap", "gel"}
    assert resources(api, catalogue, digitalTwinIds={"in": [soap, gel], "notIn": [gel]}) == {"soap"}


def test_twin_filter_modified_from_and_to(api, catalogue):
    twins = {t["id"]: t for t in api.ok(api.get("/rest/digitalTwins", first=100, order="MODIFIED_ASC"))}
    moment = twins[catalogue["tea"]["twin"]]["modified"]
    newer = {n for n in ALL if twins[catalogue[n]["twin"]]["modified"] >= moment}
    older = {n for n in ALL if twins[catalogue[n]["twin"]]["modified"] <= moment}
    assert resources(api, catalogue, modified={"from": moment}) == newer
    assert resources(api, catalogue, modified={"to": moment}) == older
    assert resources(api, catalogue, modified={"from": moment, "to": moment}) == {"tea"}
    assert "tea" in newer & older
    assert newer != ALL
    assert older != ALL


def test_twin_filter_modified_follows_updates(api, catalogue):
    api.ok(api.put("/rest/products", {"id": catalogue["gel"]["id"], "patch": {"netContent": "1 l"}}))
    moment = api.twin_of("product", catalogue["gel"]["id"])["modified"]
    assert resources(api, catalogue, modified={"from": moment}) == {"gel"}


def test_twin_filter_product_brand_and_category(api, catalogue):
    acme, zenith = catalogue["acme"]["id"], catalogue["zenith"]["id"]
    assert resources(api, catalogue, product={"brandId": {"eq": acme}}) == {"soap", "gel"}
    assert resources(api, catalogue, product={"brandId": {"in": [acme, zenith]}}) == {"soap", "gel", "tea"}
    assert resources(api, catalogue, product={"gpcCategoryCode": {"eq": "10000003"}}) == {"tea"}
    assert resources(api, catalogue, product={"gpcCategoryCode": {"in": ["10000001", "10000002"]}}) == {
        "soap",
        "gel",
    }
    assert resources(api, catalogue, product={"ids": [catalogue["gel"]["id"]]}) == {"gel"}


def test_twin_filter_product_identifiers(api, catalogue):
    assert resources(api, catalogue, product={"identifiers": {"eq": "00012345600012"}}) == {"soap"}
    assert resources(api, catalogue, product={"identifiers": {"in": "TEA"}}) == {"tea"}
    assert resources(api, catalogue, product={"identifiers": {"in": "123456"}}) == {"soap", "gel"}
    assert resources(api, catalogue, product={"identifiers": {"starts": "SKU-"}}) == {"tea"}
    assert resources(api, catalogue, product={"identifiers": {"ends": "29"}}) == {"gel"}
    assert resources(api, catalogue, product={"identifiers": {"starts": "000", "ends": "12"}}) == {"soap"}


def test_twin_filter_promotional_asset_and_variant_brand(api, catalogue):
    acme, zenith = catalogue["acme"]["id"], catalogue["zenith"]["id"]
    assert resources(api, catalogue, promotionalAsset={"brandId": {"eq": acme}}) == {"poster"}
    assert resources(api, catalogue, promotionalAsset={"brandId": {"in": [zenith]}}) == {"banner"}
    # A variant's brand is its product's brand.
    assert resources(api, catalogue, productVariant={"brandId": {"eq": zenith}}) == {"tea_xl"}
    assert resources(api, catalogue, productVariant={"brandId": {"in": [acme, zenith]}}) == {"soap_fr", "tea_xl"}
    assert resources(api, catalogue, productVariant={"ids": [catalogue["soap_fr"]["id"]]}) == {"soap_fr"}


def test_twin_filter_blocks_of_several_kinds_are_alternatives(api, catalogue):
    acme = catalogue["acme"]["id"]
    found = resources(api, catalogue, product={"brandId": {"eq": acme}}, promotionalAsset={"brandId": {"eq": acme}})
    assert found == {"soap", "gel", "poster"}


def test_twin_filter_conditions_combine(api, catalogue):
    acme = catalogue["acme"]["id"]
    assert resources(api, catalogue, query="soap", resourceTypes=["PRODUCT"]) == {"soap"}
    assert resources(api, catalogue, query="s", product={"brandId": {"eq": acme}}) == {"soap", "gel"}


# ------------------------------------------------------------------ twin orders


def test_twin_orders_created_and_type(api, catalogue):
    creation = ["soap", "gel", "tea", "soap_fr", "tea_xl", "poster", "banner"]
    by_twin = {catalogue[n]["twin"]: n for n in creation}

    def order(name: str) -> list[str]:
        return [by_twin[i] for i in api.list_ids("/rest/digitalTwins", order=name)]

    assert order("CREATED_ASC") == creation
    assert order("CREATED_DESC") == creation[::-1]
    type_asc = ["soap", "gel", "tea", "soap_fr", "tea_xl", "poster", "banner"]  # PRODUCT < PRODUCT_VARIANT < PROMO
    assert order("TYPE_ASC") == type_asc
    assert order("TYPE_DESC") == type_asc[::-1]


def test_twin_orders_modified_follow_updates(api, catalogue):
    api.ok(api.put("/rest/products", {"id": catalogue["soap"]["id"], "patch": {"netContent": "2 l"}}))
    asc = api.list_ids("/rest/digitalTwins", order="MODIFIED_ASC")
    assert asc[-1] == catalogue["soap"]["twin"]
    assert api.list_ids("/rest/digitalTwins", order="MODIFIED_DESC") == asc[::-1]
    twins = api.ok(api.get("/rest/digitalTwins", first=100, order="MODIFIED_ASC"))
    stamps = [t["modified"] for t in twins]
    assert stamps == sorted(stamps)


def test_twin_created_order_ignores_later_modifications(api, catalogue):
    api.ok(api.put("/rest/products", {"id": catalogue["soap"]["id"], "patch": {"netContent": "2 l"}}))
    assert api.list_ids("/rest/digitalTwins", order="CREATED_ASC")[0] == catalogue["soap"]["twin"]


def test_twin_created_order_is_creation_order_within_one_millisecond():
    # Records stamped in the same millisecond (a frozen clock makes this certain)
    # must still list in creation order, whatever happens to them afterwards.
    with make_client(clock=ManualClock()) as client:
        api = Api(client, EDITOR_KEY, ACCOUNT)
        brand = api.create_brand()
        first = api.create_product(brand["id"], identifier=GTIN)
        second = api.create_product(brand["id"])
        api.create_variant(GTIN)  # touches the first product's twin
        twins = [api.twin_of("product", p["id"])["id"] for p in (first, second)]
        created = api.list_ids("/rest/digitalTwins", order="CREATED_ASC", filter={"resourceTypes": ["PRODUCT"]})
        assert created == twins
