"""Cursor pagination of every list: ``first``, ``after``, ``has-next-page``, ``next-page-token``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from illuminate_mock.store import ManualClock

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, Api, field_names, make_client


def _link(api: Api) -> dict[str, Any]:
    asset = api.create_asset()
    [link] = api.create_links({"promotionalAssetId": asset["id"], "productId": api.create_product()["id"]})
    return link


def _twin(api: Api) -> dict[str, Any]:
    product = api.create_product()
    return api.twin_of("product", product["id"])


# path -> (how to make one record, an ascending order, the matching descending order)
LISTS: dict[str, tuple[Callable[[Api], dict[str, Any]], str, str]] = {
    "/rest/brands": (Api.create_brand, "MODIFIED_ASC", "MODIFIED_DESC"),
    "/rest/functionalNames": (Api.create_functional_name, "MODIFIED_ASC", "MODIFIED_DESC"),
    "/rest/assetTypes": (Api.create_asset_type, "MODIFIED_ASC", "MODIFIED_DESC"),
    "/rest/products": (Api.create_product, "MODIFIED_ASC", "MODIFIED_DESC"),
    "/rest/productVariants": (Api.create_variant, "MODIFIED_ASC", "MODIFIED_DESC"),
    "/rest/promotionalAssets": (Api.create_asset, "MODIFIED_ASC", "MODIFIED_DESC"),
    "/rest/promotionalAssetLinks": (_link, "CREATED_ASC", "CREATED_DESC"),
    "/rest/digitalTwins": (_twin, "CREATED_ASC", "CREATED_DESC"),
}
PATHS = sorted(LISTS)


def make(api: Api, path: str, count: int) -> list[str]:
    create = LISTS[path][0]
    return [create(api)["id"] for _ in range(count)]


def walk(api: Api, path: str, order: str, first: int, **params: Any) -> list[str]:
    return [record["id"] for page in api.pages(path, order, first, **params) for record in page]


@pytest.mark.parametrize("path", PATHS)
def test_first_limits_the_page_and_headers_say_more_follows(api, path):
    make(api, path, 4)
    order = LISTS[path][1]
    response = api.get(path, first=3, order=order)
    page = api.ok(response)
    assert len(page) == 3
    assert response.headers["has-next-page"] == "true"
    assert response.headers["next-page-token"]
    everything = api.get(path, first=4, order=order)
    assert len(api.ok(everything)) == 4
    assert everything.headers["has-next-page"] == "false"
    assert "next-page-token" not in everything.headers


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("first", [1, 2, 3, 7, 1000])
def test_following_tokens_visits_every_record_once_in_order(api, path, first):
    ids = make(api, path, 7)
    _, ascending, descending = LISTS[path]
    assert walk(api, path, ascending, first) == ids
    assert walk(api, path, descending, first) == ids[::-1]


@pytest.mark.parametrize("path", PATHS)
def test_a_last_full_page_says_no_more(api, path):
    make(api, path, 4)
    order = LISTS[path][1]
    pages = list(api.pages(path, order, 2))
    assert [len(p) for p in pages] == [2, 2]


@pytest.mark.parametrize("path", PATHS)
def test_an_empty_list_has_no_next_page(api, path):
    response = api.get(path, first=10, order=LISTS[path][1])
    assert api.ok(response) == []
    assert response.headers["has-next-page"] == "false"


def walk_while_adding(api: Api, path: str, order: str) -> tuple[list[str], list[str], list[str]]:
    """Make 5 records, read a first page of 2 in ``order``, make 3 more, follow the token: (old, new, seen)."""
    old = make(api, path, 5)
    response = api.get(path, first=2, order=order)
    seen = [record["id"] for record in api.ok(response)]
    new = make(api, path, 3)
    seen += walk(api, path, order, 2, after=response.headers["next-page-token"])
    return old, new, seen


@pytest.mark.parametrize("path", PATHS)
def test_records_created_between_pages_that_sort_later_appear_once(api, path):
    old, new, seen = walk_while_adding(api, path, LISTS[path][1])
    assert seen == old + new


@pytest.mark.parametrize("path", PATHS)
def test_records_created_between_pages_that_sort_earlier_are_not_shown(api, path):
    old, _, seen = walk_while_adding(api, path, LISTS[path][2])
    assert seen == old[::-1]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("after", ["no-such-record", "x" * 128])
def test_an_unknown_after_is_404_naming_query_after(api, path, after):
    make(api, path, 2)
    response = api.get(path, first=1, order=LISTS[path][1], after=after)
    assert response.status_code == 404
    assert field_names(response) == {"query.after"}


def test_a_cursor_from_another_list_is_unknown(api):
    brand = api.create_brand()
    api.create_product(brand["id"])
    response = api.get("/rest/products", first=1, order="MODIFIED_ASC", after=brand["id"])
    assert response.status_code == 404
    assert field_names(response) == {"query.after"}


def test_a_cursor_from_another_account_is_unknown(api_a, api_b):
    api_a.create_brand()
    api_b.create_brand()
    token_b = api_b.get("/rest/brands", first=1, order="MODIFIED_ASC")
    # B has one brand only: take its id as a would-be cursor.
    b_brand = api_b.ok(token_b)[0]["id"]
    response = api_a.get("/rest/brands", first=1, order="MODIFIED_ASC", after=b_brand)
    assert response.status_code == 404
    assert field_names(response) == {"query.after"}


def test_a_cursor_survives_the_deletion_of_its_record(api):
    asset = api.create_asset()
    links = api.create_links(
        *({"promotionalAssetId": asset["id"], "productId": api.create_product()["id"]} for _ in range(5))
    )
    ids = [link["id"] for link in links]
    response = api.get("/rest/promotionalAssetLinks", first=2, order="CREATED_ASC")
    token = response.headers["next-page-token"]
    api.ok(api.delete("/rest/promotionalAssetLinks", {"ids": [ids[1]]}))
    assert walk(api, "/rest/promotionalAssetLinks", "CREATED_ASC", 2, after=token) == ids[2:]


def test_tokens_respect_the_filter(api):
    brands = [api.create_brand() for _ in range(6)]
    wanted = [b["id"] for b in brands[::2]]
    assert walk(api, "/rest/brands", "MODIFIED_ASC", 1, filter={"brand": {"ids": wanted}}) == wanted


def test_name_order_pages_through_equal_names_without_loss(api):
    ids = [api.create_brand("same")["id"] for _ in range(5)]
    assert walk(api, "/rest/brands", "NAME_ASC", 2) == ids
    assert walk(api, "/rest/brands", "NAME_DESC", 2) == ids[::-1]


NAMES = st.lists(st.text(alphabet="abcABC ", min_size=1, max_size=4), min_size=0, max_size=12)
ORDERS = st.sampled_from(["NAME_ASC", "NAME_DESC", "MODIFIED_ASC", "MODIFIED_DESC"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=NAMES, first=st.integers(min_value=1, max_value=5), order=ORDERS)
def test_paging_equals_one_big_page_for_any_names_and_page_size(names, first, order):
    with make_client() as client:
        api = Api(client, EDITOR_KEY, ACCOUNT)
        created = [api.create_brand(name) for name in names]
        whole = [b["id"] for b in api.ok(api.get("/rest/brands", first=1000, order=order))]
        assert sorted(whole) == sorted(b["id"] for b in created)
        paged = walk(api, "/rest/brands", order, first)
        assert paged == whole
        if order.startswith("NAME"):
            keys = [b["name"].casefold() for b in api.ok(api.get("/rest/brands", first=1000, order=order))]
            assert keys == sorted(keys, reverse=order.endswith("DESC"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.integers(min_value=0, max_value=6),
    between=st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=4),
    first=st.integers(min_value=1, max_value=4),
)
def test_paging_while_records_are_added_never_repeats_or_skips(before, between, first):
    with make_client() as client:
        api = Api(client, EDITOR_KEY, ACCOUNT)
        expected = [api.create_brand()["id"] for _ in range(before)]
        seen: list[str] = []
        after: str | None = None
        for batch in [*between, *([0] * 50)]:
            response = api.get("/rest/brands", first=first, order="MODIFIED_ASC", after=after)
            seen += [b["id"] for b in api.ok(response)]
            if response.headers["has-next-page"] == "false":
                break
            after = response.headers["next-page-token"]
            expected += [api.create_brand()["id"] for _ in range(batch)]
        assert len(seen) == len(set(seen))
        # Everything made before the last page was read is seen, in order.
        assert seen == expected


def test_created_order_paging_is_stable_when_a_shown_record_changes():
    # A frozen clock stamps every record in the same millisecond, as a fast
    # client against the real clock often does. Changing a twin that was on
    # page one (here: giving it a data carrier) must not move it in CREATED order.
    with make_client(clock=ManualClock()) as client:
        api = Api(client, EDITOR_KEY, ACCOUNT)
        twins = [_twin(api)["id"] for _ in range(4)]
        response = api.get("/rest/digitalTwins", first=2, order="CREATED_ASC")
        seen = [t["id"] for t in api.ok(response)]
        body = {"digitalTwinId": twins[0], "carrierType": "QR_CODE", "useDefaultSettings": True}
        api.ok(api.post("/rest/dataCarriers", body))
        seen += walk(api, "/rest/digitalTwins", "CREATED_ASC", 2, after=response.headers["next-page-token"])
        assert seen == twins
