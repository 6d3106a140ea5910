"""The REST rules of the mock's promotional asset links (rest.py), driven over HTTP: links are created in
request order and counted on their asset, all or nothing; a link to an unknown resource is 404 and a
duplicate 409, each named by its position in the request; a link names exactly one of product and
variant; the link list filters by asset, product and variant and sorts by creation both ways; and
deleting links is all or nothing too.
"""

from __future__ import annotations

import pytest

from tests.mock.helpers import field_names

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


# ------------------------------------------------------------------ link orders


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
