"""The REST rules of the mock's catalogue records (rest.py), driven over HTTP: products, product variants
and promotional assets. Each needs the brand, functional name, asset type or product it names, and a
refused create makes neither the record nor its twin; updates patch only the fields given, check new
references and bump ``modified``; a product counts its variants (and those with data carriers); a
promotional asset's end date may not precede its start date, compared as moments; and every catalogue
list sorts by name and by modification both ways.
"""

from __future__ import annotations

import pytest

from tests.mock.helpers import GTIN, Api, field_names
from tests.mock.rest_helpers import twin_ids


def product_ids(api: Api) -> list[str]:
    return api.list_ids("/rest/products")


# ------------------------------------------------------------------ products


def test_product_needs_an_existing_brand(api):
    response = api.post("/rest/products", api.product_body(brand_id="no-such-brand"))
    assert response.status_code == 404
    assert field_names(response) == {"body.brandId"}
    assert product_ids(api) == []
    assert twin_ids(api) == []


def test_product_needs_an_existing_functional_name_when_one_is_given(api):
    response = api.post("/rest/products", api.product_body(functionalNameId="no-such-name"))
    assert response.status_code == 404
    assert field_names(response) == {"body.functionalNameId"}
    assert product_ids(api) == []
    functional_name = api.create_functional_name()
    product = api.create_product(functionalNameId=functional_name["id"])
    assert product["functionalNameId"] == functional_name["id"]


def test_created_product_returns_its_fields_but_not_the_carrier_options(api):
    brand = api.create_brand()
    product = api.create_product(brand["id"], identifier=GTIN, useDefaultSettings=True, customAttributes={"a": "b"})
    assert product["brandId"] == brand["id"]
    assert product["identifier"] == GTIN
    assert product["customAttributes"] == {"a": "b"}
    assert product["productVariantsCount"] == 0
    for option in ("useDefaultSettings", "digitalTag", "urlFormat", "shortUrlDomain"):
        assert option not in product
    assert product["created"] == product["modified"]


def test_custom_attribute_keys_starting_with_an_underscore_are_kept(api):
    # Once records kept private keys starting with "_" and stripped them before sending; that dropped
    # a client's own "_private" attribute. Typed models show customAttributes exactly as stored.
    attributes = {"_private": "x", "a": "b"}
    product = api.create_product(customAttributes=attributes)
    assert product["customAttributes"] == attributes
    [listed] = api.ok(api.get("/rest/products", first=10, order="NAME_ASC"))
    assert listed["customAttributes"] == attributes
    assert api.twin_of("product", product["id"])["product"]["customAttributes"] == attributes
    patched = api.ok(api.put("/rest/products", {"id": product["id"], "patch": {"customAttributes": {"_x": {"_y": 1}}}}))
    assert patched["customAttributes"] == {"_x": {"_y": 1}}


def test_update_product_patches_only_the_given_fields_and_bumps_modified(api):
    product = api.create_product(netContent="100 ml", descriptiveSize="small")
    twin_before = api.twin_of("product", product["id"])
    updated = api.ok(api.put("/rest/products", {"id": product["id"], "patch": {"netContent": "200 ml"}}))
    assert updated["netContent"] == "200 ml"
    for unchanged in ("descriptiveSize", "descriptionShort", "identifier", "brandId", "created", "gpcCategoryCode"):
        assert updated[unchanged] == product[unchanged]
    assert updated["modified"] > product["modified"]
    listed = api.ok(api.get("/rest/products", first=10, order="NAME_ASC"))
    assert listed == [updated]
    assert api.twin_of("product", product["id"])["modified"] > twin_before["modified"]


def test_update_product_checks_a_new_brand_and_changes_nothing_when_it_is_unknown(api):
    product = api.create_product()
    response = api.put("/rest/products", {"id": product["id"], "patch": {"brandId": "nope", "netContent": "1 l"}})
    assert response.status_code == 404
    assert field_names(response) == {"body.patch.brandId"}
    assert api.ok(api.get("/rest/products", first=10, order="NAME_ASC")) == [product]


def test_update_product_checks_a_new_functional_name(api):
    product = api.create_product()
    response = api.put("/rest/products", {"id": product["id"], "patch": {"functionalNameId": "nope"}})
    assert response.status_code == 404
    assert field_names(response) == {"body.patch.functionalNameId"}


def test_update_of_an_unknown_product_is_404_naming_body_id(api):
    response = api.put("/rest/products", {"id": "no-such-product", "patch": {"netContent": "1"}})
    assert response.status_code == 404
    assert field_names(response) == {"body.id"}


# ------------------------------------------------------------------ variants


def test_variant_needs_an_existing_product_identifier(api):
    response = api.post("/rest/productVariants", api.variant_body("no-such-identifier"))
    assert response.status_code == 404
    assert field_names(response) == {"body.productIdentifier"}
    assert api.list_ids("/rest/productVariants") == []
    assert twin_ids(api) == []


def test_variant_belongs_to_the_product_with_that_identifier(api):
    product = api.create_product(identifier=GTIN)
    variant = api.create_variant(GTIN)
    assert variant["productId"] == product["id"]
    assert variant["productIdentifier"] == GTIN


def test_update_variant_patches_only_the_given_fields_and_bumps_modified(api):
    variant = api.create_variant()
    patch = {"consumerProductVariantDescription": "renamed"}
    updated = api.ok(api.put("/rest/productVariants", {"id": variant["id"], "patch": patch}))
    assert updated["consumerProductVariantDescription"] == "renamed"
    for unchanged in ("consumerProductVariantIdentification", "productId", "productIdentifier", "created"):
        assert updated[unchanged] == variant[unchanged]
    assert updated["modified"] > variant["modified"]
    missing = api.put("/rest/productVariants", {"id": "nope", "patch": patch})
    assert missing.status_code == 404
    assert field_names(missing) == {"body.id"}


def test_product_counts_its_variants_and_those_with_data_carriers(api):
    product = api.create_product()
    identifier = product["identifier"]
    api.create_variant(identifier)
    api.create_variant(identifier, digitalTag="QR_CODE")
    plain = api.create_variant(identifier)
    api.create_variant(api.create_product()["identifier"], digitalTag="QR_CODE")  # another product's

    def counts() -> tuple[int, int]:
        [listed] = api.ok(
            api.get("/rest/products", first=10, order="NAME_ASC", filter={"product": {"ids": [product["id"]]}})
        )
        return listed["productVariantsCount"], listed["productVariantsWithTagsCount"]

    assert counts() == (3, 1)
    twin = api.twin_of("productVariant", plain["id"])
    api.ok(
        api.post(
            "/rest/dataCarriers",
            {"digitalTwinId": twin["id"], "carrierType": "DIGITAL_WATERMARK", "useDefaultSettings": True},
        )
    )
    assert counts() == (3, 2)


# ------------------------------------------------------------ promotional assets


def test_promotional_asset_needs_an_existing_brand_and_asset_type(api):
    no_brand = api.post("/rest/promotionalAssets", api.asset_body(brand_id="nope"))
    assert no_brand.status_code == 404
    assert field_names(no_brand) == {"body.brandId"}
    no_type = api.post("/rest/promotionalAssets", api.asset_body(asset_type_id="nope"))
    assert no_type.status_code == 404
    assert field_names(no_type) == {"body.assetTypeId"}
    assert api.list_ids("/rest/promotionalAssets") == []
    assert twin_ids(api) == []


def test_promotional_asset_end_date_may_not_precede_its_start_date(api):
    body = api.asset_body(startDate="2024-06-02T00:00:00Z", endDate="2024-06-01T23:59:59Z")
    response = api.post("/rest/promotionalAssets", body)
    assert response.status_code == 400
    assert field_names(response) == {"body.endDate"}
    assert api.list_ids("/rest/promotionalAssets") == []
    same = api.asset_body(startDate="2024-06-02T00:00:00Z", endDate="2024-06-02T00:00:00Z")
    assert api.post("/rest/promotionalAssets", same).status_code == 200


def test_promotional_asset_dates_compare_as_moments_not_text(api):
    # 01:00+02:00 is 23:00Z the day before: the end is after the start.
    body = api.asset_body(startDate="2024-06-01T22:00:00Z", endDate="2024-06-02T01:00:00+02:00")
    assert api.post("/rest/promotionalAssets", body).status_code == 200
    body = api.asset_body(startDate="2024-06-01T23:30:00Z", endDate="2024-06-02T01:00:00+02:00")
    assert api.post("/rest/promotionalAssets", body).status_code == 400


def test_promotional_asset_update_checks_dates_against_the_stored_ones(api):
    asset = api.create_asset(startDate="2024-06-01T00:00:00Z", endDate="2024-06-30T00:00:00Z")
    early_end = api.put("/rest/promotionalAssets", {"id": asset["id"], "patch": {"endDate": "2024-05-31T00:00:00Z"}})
    assert early_end.status_code == 400
    assert field_names(early_end) == {"body.patch.endDate"}
    late_start = api.put("/rest/promotionalAssets", {"id": asset["id"], "patch": {"startDate": "2024-07-01T00:00:00Z"}})
    assert late_start.status_code == 400
    assert all(name.startswith("body.patch.") for name in field_names(late_start))
    [stored] = api.ok(api.get("/rest/promotionalAssets", first=10, order="NAME_ASC"))
    assert stored == asset
    moved = api.put("/rest/promotionalAssets", {"id": asset["id"], "patch": {"startDate": "2024-06-30T00:00:00Z"}})
    assert api.ok(moved)["startDate"] == "2024-06-30T00:00:00Z"


def test_promotional_asset_update_patches_only_given_fields_and_checks_refs(api):
    asset = api.create_asset(customerIdentifier="PN-1")
    bad_type = api.put("/rest/promotionalAssets", {"id": asset["id"], "patch": {"assetTypeId": "nope"}})
    assert bad_type.status_code == 404
    assert field_names(bad_type) == {"body.patch.assetTypeId"}
    bad_brand = api.put("/rest/promotionalAssets", {"id": asset["id"], "patch": {"brandId": "nope"}})
    assert field_names(bad_brand) == {"body.patch.brandId"}
    new_type = api.create_asset_type()
    updated = api.ok(api.put("/rest/promotionalAssets", {"id": asset["id"], "patch": {"assetTypeId": new_type["id"]}}))
    assert updated["assetTypeId"] == new_type["id"]
    for unchanged in ("customerIdentifier", "brandId", "descriptionShort", "created"):
        assert updated[unchanged] == asset[unchanged]
    assert updated["modified"] > asset["modified"]


# ------------------------------------------------------------------ list orders


@pytest.mark.parametrize(
    ("path", "name_field", "make"),
    [
        ("/rest/brands", "name", lambda api, name: api.create_brand(name)),
        ("/rest/functionalNames", "name", lambda api, name: api.create_functional_name(name)),
        ("/rest/assetTypes", "name", lambda api, name: api.create_asset_type(name)),
        ("/rest/products", "descriptionShort", lambda api, name: api.create_product(descriptionShort=name)),
        (
            "/rest/productVariants",
            "consumerProductVariantDescription",
            lambda api, name: api.create_variant(consumerProductVariantDescription=name),
        ),
        ("/rest/promotionalAssets", "descriptionShort", lambda api, name: api.create_asset(descriptionShort=name)),
    ],
)
def test_name_and_modified_orders_sort(api, path, name_field, make):
    names = ["banana", "Apple", "cherry", "apricot"]
    created = [make(api, name)[name_field] for name in names]
    assert created == names

    def listed(order: str) -> list[str]:
        return [r[name_field] for r in api.ok(api.get(path, first=100, order=order))]

    expected = sorted(names, key=str.casefold)
    assert listed("NAME_ASC") == expected
    assert listed("NAME_DESC") == expected[::-1]
    assert listed("MODIFIED_ASC") == names
    assert listed("MODIFIED_DESC") == names[::-1]
