"""The business rules of the mock's REST operations (rest.py), driven over HTTP."""

from __future__ import annotations

import pytest
from illuminate_mock.store import ManualClock

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, GTIN, JPG_BYTES, PNG_BYTES, Api, field_names, make_client


def product_ids(api: Api) -> list[str]:
    return api.list_ids("/rest/products")


def twin_ids(api: Api, **filter_: object) -> list[str]:
    return api.list_ids("/rest/digitalTwins", order="CREATED_ASC", filter=filter_ or None)


def carriers_of(api: Api, twin_id: str) -> list[dict]:
    filter_ = {"digitalTwin": {"ids": [twin_id]}, "carrierTypes": ["DIGITAL_WATERMARK", "QR_CODE"]}
    return api.ok(api.get("/rest/dataCarriers", filter=filter_))


def carrier_types(api: Api, twin_id: str) -> set[str]:
    return {c["carrierType"] for c in carriers_of(api, twin_id)}


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


# ------------------------------------------------------------------ links


def test_links_are_created_in_request_order_and_counted_on_the_asset(api):
    asset = api.create_asset()
    product = api.create_product()
    variant = api.create_variant()
    links = api.create_links(
        {"promotionalAssetId": asset["id"], "productId": product["id"]},
        {"promotionalAssetId": asset["id"], "productVariantId": variant["id"]},
    )
    assert [link.get("productId") for link in links] == [product["id"], None]
    assert links[1]["productVariantId"] == variant["id"]
    assert all(link["id"] and link["promotionalAssetId"] == asset["id"] for link in links)
    [listed] = api.ok(api.get("/rest/promotionalAssets", first=10, order="NAME_ASC"))
    assert (listed["productCount"], listed["productVariantCount"]) == (1, 1)


def test_link_creation_is_all_or_nothing(api):
    asset = api.create_asset()
    product = api.create_product()
    response = api.post(
        "/rest/promotionalAssetLinks",
        {
            "links": [
                {"promotionalAssetId": asset["id"], "productId": product["id"]},
                {"promotionalAssetId": asset["id"], "productId": "no-such-product"},
            ]
        },
    )
    assert response.status_code == 404
    assert field_names(response) == {"body.links[1].productId"}
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == []


@pytest.mark.parametrize(
    ("bad_link", "field"),
    [
        ({"productVariantId": "no-such-variant"}, "body.links[1].productVariantId"),
        ({"promotionalAssetId": "no-such-asset"}, "body.links[1].promotionalAssetId"),
    ],
)
def test_link_to_an_unknown_resource_is_404_naming_it(api, bad_link, field):
    asset = api.create_asset()
    product = api.create_product()
    good = {"promotionalAssetId": asset["id"], "productId": product["id"]}
    bad = {"promotionalAssetId": asset["id"], "productId": product["id"], **bad_link}
    if "productVariantId" in bad_link:
        del bad["productId"]
    response = api.post("/rest/promotionalAssetLinks", {"links": [good, bad]})
    assert response.status_code == 404
    assert field_names(response) == {field}
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == []


def test_duplicate_link_is_409_and_creates_nothing(api):
    asset = api.create_asset()
    product, other = api.create_product(), api.create_product()
    [existing] = api.create_links({"promotionalAssetId": asset["id"], "productId": product["id"]})
    response = api.post(
        "/rest/promotionalAssetLinks",
        {
            "links": [
                {"promotionalAssetId": asset["id"], "productId": other["id"]},
                {"promotionalAssetId": asset["id"], "productId": product["id"]},
            ]
        },
    )
    assert response.status_code == 409
    assert field_names(response) == {"body.links[1]"}
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == [existing["id"]]


def test_the_same_link_twice_in_one_request_is_409(api):
    link = {"promotionalAssetId": api.create_asset()["id"], "productId": api.create_product()["id"]}
    response = api.post("/rest/promotionalAssetLinks", {"links": [link, link]})
    assert response.status_code == 409
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == []


@pytest.mark.parametrize("which", ["both", "neither"])
def test_a_link_names_exactly_one_of_product_and_variant(api, which):
    asset = api.create_asset()
    link = {"promotionalAssetId": asset["id"]}
    if which == "both":
        link |= {"productId": api.create_product()["id"], "productVariantId": api.create_variant()["id"]}
    response = api.post("/rest/promotionalAssetLinks", {"links": [link]})
    assert response.status_code == 400
    assert any(name.startswith("body.links") and "0" in name for name in field_names(response))
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == []


def test_validation_names_array_items_like_the_rules_do(api):
    # Rules name `body.links[1].productId` (and fixtures `apiKeys[1].roles[0]`);
    # schema errors on the same array should use the same notation.
    asset = api.create_asset()
    response = api.post("/rest/promotionalAssetLinks", {"links": [{"promotionalAssetId": asset["id"]}]})
    assert response.status_code == 400
    # Neither productId nor productVariantId: the spec's if/then/else names the second.
    assert field_names(response) == {"body.links[0].productVariantId"}


def test_links_list_by_promotional_asset_and_filter(api):
    asset, other_asset = api.create_asset(), api.create_asset()
    product, variant = api.create_product(), api.create_variant()
    to_product, to_variant = api.create_links(
        {"promotionalAssetId": asset["id"], "productId": product["id"]},
        {"promotionalAssetId": asset["id"], "productVariantId": variant["id"]},
    )
    [elsewhere] = api.create_links({"promotionalAssetId": other_asset["id"], "productId": product["id"]})

    def listed(**params: object) -> list[str]:
        return api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC", **params)

    assert listed() == [to_product["id"], to_variant["id"], elsewhere["id"]]
    assert listed(promotionalAssetId=asset["id"]) == [to_product["id"], to_variant["id"]]
    assert listed(filter={"product": {"ids": [product["id"]]}}) == [to_product["id"], elsewhere["id"]]
    assert listed(filter={"productVariant": {"ids": [variant["id"]]}}) == [to_variant["id"]]
    assert listed(filter={"promotionalAsset": {"ids": [other_asset["id"]]}}) == [elsewhere["id"]]
    both = listed(promotionalAssetId=asset["id"], filter={"product": {"ids": [product["id"]]}})
    assert both == [to_product["id"]]
    assert listed(promotionalAssetId=asset["id"], filter={"promotionalAsset": {"ids": [other_asset["id"]]}}) == []


def test_deleting_links(api):
    asset = api.create_asset()
    products = [api.create_product() for _ in range(3)]
    links = api.create_links(*({"promotionalAssetId": asset["id"], "productId": p["id"]} for p in products))
    result = api.ok(api.delete("/rest/promotionalAssetLinks", {"ids": [links[0]["id"], links[2]["id"]]}))
    assert result == {"deletedIds": [links[0]["id"], links[2]["id"]]}
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == [links[1]["id"]]
    [listed] = api.ok(api.get("/rest/promotionalAssets", first=10, order="NAME_ASC"))
    assert listed["productCount"] == 1
    again = api.delete("/rest/promotionalAssetLinks", {"ids": [links[0]["id"]]})
    assert again.status_code == 404


def test_deleting_an_unknown_link_deletes_nothing(api):
    asset = api.create_asset()
    [link] = api.create_links({"promotionalAssetId": asset["id"], "productId": api.create_product()["id"]})
    response = api.delete("/rest/promotionalAssetLinks", {"ids": [link["id"], "no-such-link"]})
    assert response.status_code == 404
    assert field_names(response) == {"body.ids[1]"}
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == [link["id"]]


def test_unknown_link_is_named_by_its_position_in_the_request(api):
    asset = api.create_asset()
    [link] = api.create_links({"promotionalAssetId": asset["id"], "productId": api.create_product()["id"]})
    response = api.delete("/rest/promotionalAssetLinks", {"ids": [link["id"], link["id"], "no-such-link"]})
    assert response.status_code == 404
    assert field_names(response) == {"body.ids[2]"}
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == [link["id"]]


# ------------------------------------------------------------------ images


def test_three_step_upload(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"], "png")
    image_id = started["digitalTwinImageId"]
    assert started["uploadUrl"].startswith("http://testserver/_mock/uploads/")
    [pending] = api.images(twin["id"])
    assert (pending["id"], pending["status"], pending["isDefault"]) == (image_id, "UPLOAD_PENDING", False)
    assert api.put_bytes(started["uploadUrl"], PNG_BYTES).status_code == 200
    ready = api.ok(api.finalize(image_id))
    assert ready["status"] == "READY"
    assert ready["digitalTwinId"] == twin["id"]
    assert ready["fileName"] == "image.png"
    fetched = api.client.get(ready["url"])
    assert fetched.status_code == 200
    assert fetched.content == PNG_BYTES
    assert api.images(twin["id"]) == [ready]


def test_finalize_before_the_bytes_arrive_is_409(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"])
    response = api.finalize(started["digitalTwinImageId"])
    assert response.status_code == 409
    assert field_names(response) == {"body.digitalTwinImageId"}
    assert api.images(twin["id"])[0]["status"] == "UPLOAD_PENDING"


def test_finalize_twice_is_409_and_the_upload_url_is_spent(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"])
    api.put_bytes(started["uploadUrl"], PNG_BYTES)
    ready = api.ok(api.finalize(started["digitalTwinImageId"]))
    again = api.finalize(started["digitalTwinImageId"])
    assert again.status_code == 409
    assert api.put_bytes(started["uploadUrl"], JPG_BYTES).status_code == 404  # a spent URL names no upload
    assert api.client.get(ready["url"]).content == PNG_BYTES


def test_bytes_that_are_not_the_declared_type_are_400(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"], "jpg")
    api.put_bytes(started["uploadUrl"], PNG_BYTES)
    response = api.finalize(started["digitalTwinImageId"])
    assert response.status_code == 400
    assert field_names(response) == {"body.digitalTwinImageId"}
    assert api.images(twin["id"])[0]["status"] == "UPLOAD_PENDING"
    api.put_bytes(started["uploadUrl"], JPG_BYTES)
    assert api.ok(api.finalize(started["digitalTwinImageId"]))["status"] == "READY"


def test_upload_to_an_unknown_url_is_refused(api):
    assert api.client.put("/_mock/uploads/no-such-token", content=PNG_BYTES).status_code == 404


def test_finalize_of_an_unknown_image_is_404(api):
    response = api.finalize("no-such-image")
    assert response.status_code == 404
    assert field_names(response) == {"body.digitalTwinImageId"}


def test_image_from_url_is_ready_at_once(api):
    twin = api.twin_of("product", api.create_product()["id"])
    image = api.image_from_url(twin["id"])
    assert image["status"] == "READY"
    assert image["url"] == image["sourceUrl"] == "https://cdn.example.com/a.jpg"
    assert api.images(twin["id"]) == [image]


def defaults(api: Api, twin_id: str) -> list[str]:
    return [i["id"] for i in api.images(twin_id) if i["isDefault"]]


def test_a_second_default_image_unsets_the_first(api):
    twin = api.twin_of("product", api.create_product()["id"])
    first = api.image_from_url(twin["id"], is_default=True)
    assert defaults(api, twin["id"]) == [first["id"]]
    second = api.upload_image(twin["id"], is_default=True)
    assert second["isDefault"] is True
    assert defaults(api, twin["id"]) == [second["id"]]
    third = api.image_from_url(twin["id"], is_default=True)
    assert defaults(api, twin["id"]) == [third["id"]]


def test_an_upload_becomes_default_only_when_finalized(api):
    twin = api.twin_of("product", api.create_product()["id"])
    current = api.image_from_url(twin["id"], is_default=True)
    started = api.start_upload(twin["id"], is_default=True)
    assert defaults(api, twin["id"]) == [current["id"]]
    api.put_bytes(started["uploadUrl"], PNG_BYTES)
    api.ok(api.finalize(started["digitalTwinImageId"]))
    assert defaults(api, twin["id"]) == [started["digitalTwinImageId"]]


def test_making_an_image_the_default_with_put(api):
    twin = api.twin_of("product", api.create_product()["id"])
    other_twin = api.twin_of("product", api.create_product()["id"])
    first = api.image_from_url(twin["id"], is_default=True)
    second = api.image_from_url(twin["id"])
    elsewhere = api.image_from_url(other_twin["id"], is_default=True)
    updated = api.ok(
        api.put("/rest/digitalTwinImages", {"digitalTwinImageId": second["id"], "patch": {"isDefault": True}})
    )
    assert updated["isDefault"] is True
    assert defaults(api, twin["id"]) == [second["id"]]
    assert defaults(api, other_twin["id"]) == [elsewhere["id"]]
    assert first["id"] != second["id"]


def test_unsetting_the_default_with_put_is_400(api):
    twin = api.twin_of("product", api.create_product()["id"])
    image = api.image_from_url(twin["id"], is_default=True)
    response = api.put("/rest/digitalTwinImages", {"digitalTwinImageId": image["id"], "patch": {"isDefault": False}})
    assert response.status_code == 400
    assert field_names(response) == {"body.patch.isDefault"}
    assert defaults(api, twin["id"]) == [image["id"]]


def test_a_pending_upload_cannot_become_the_default(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"])
    response = api.put(
        "/rest/digitalTwinImages", {"digitalTwinImageId": started["digitalTwinImageId"], "patch": {"isDefault": True}}
    )
    assert response.status_code == 409
    assert defaults(api, twin["id"]) == []


def test_deleting_an_image(api):
    twin = api.twin_of("product", api.create_product()["id"])
    kept = api.image_from_url(twin["id"])
    gone = api.upload_image(twin["id"])
    result = api.ok(api.delete("/rest/digitalTwinImages", {"digitalTwinImageId": gone["id"]}))
    assert result == {"deletedIds": [gone["id"]]}
    assert [i["id"] for i in api.images(twin["id"])] == [kept["id"]]
    assert api.client.get(gone["url"]).status_code == 404
    again = api.delete("/rest/digitalTwinImages", {"digitalTwinImageId": gone["id"]})
    assert again.status_code == 404
    assert field_names(again) == {"body.digitalTwinImageId"}


def test_image_list_is_oldest_first_and_respects_first(api):
    twin = api.twin_of("product", api.create_product()["id"])
    ids = [api.image_from_url(twin["id"])["id"] for _ in range(3)]
    assert [i["id"] for i in api.images(twin["id"])] == ids
    two = api.ok(api.get("/rest/digitalTwinImages", digitalTwinId=twin["id"], first=2))
    assert [i["id"] for i in two] == ids[:2]


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


# ------------------------------------------------------------------ orders


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


def test_links_list_in_created_order_both_ways(api):
    asset = api.create_asset()
    ids = [
        link["id"]
        for link in api.create_links(
            *({"promotionalAssetId": asset["id"], "productId": api.create_product()["id"]} for _ in range(3))
        )
    ]
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_ASC") == ids
    assert api.list_ids("/rest/promotionalAssetLinks", order="CREATED_DESC") == ids[::-1]
