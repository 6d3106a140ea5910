"""Rules of promotional assets and their links.

- a promotional asset needs an existing brand and asset type, and
  ``startDate`` not after ``endDate`` (checked on the merged result of an
  update too); it gets a digital twin like a product;
- links join a promotional asset to existing products or variants, once
  each (409 for a duplicate); a request creates all its links or none;
- deleting links names each missing id; a link's asset twin changes with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import render
from ..errors import conflict
from ..models import PromotionalAsset, PromotionalAssetLink
from ..models.base import body_fields
from ..models.promotions import check_date_order
from ..registry import Call, Reply, handles
from ..store import Store, sort_key
from .common import check_refs, filter_of, ids, kept_by, list_reply, modified_or_name, update_target
from .twins import apply_patch, create_with_twin, resource_reply, touch_twin

_ASSET_ORDERS = modified_or_name("description_short")


def _check_asset_refs(store: Store, call: Call, fields: Mapping[str, Any], prefix: str) -> None:
    check_refs(call, fields, prefix, {"brandId": store.brands, "assetTypeId": store.asset_types})


@handles("createPromotionalAsset")
def create_promotional_asset(store: Store, call: Call) -> Reply:
    check_date_order(call.body.get("startDate"), call.body.get("endDate"), "body.endDate")
    _check_asset_refs(store, call, call.body, "body")
    return resource_reply(store, call, create_with_twin(store, call, store.promotional_assets, PromotionalAsset))


@handles("listPromotionalAssets")
def list_promotional_assets(store: Store, call: Call) -> Reply:
    assets = kept_by(filter_of(call).get("promotionalAsset"), store.promotional_assets.all(call.account.id))
    tallies = render.Tallies(store, call.account.id)
    return list_reply(
        call, store.promotional_assets, assets, _ASSET_ORDERS, lambda a: render.promotional_asset(tallies, a)
    )


@handles("updatePromotionalAsset")
def update_promotional_asset(store: Store, call: Call) -> Reply:
    asset = update_target(call, store.promotional_assets)
    patch = call.body["patch"]
    start = patch.get("startDate", asset.start_date)
    end = patch.get("endDate", asset.end_date)
    check_date_order(start, end, "body.patch.endDate")
    _check_asset_refs(store, call, patch, "body.patch")
    apply_patch(store, call, asset)
    return resource_reply(store, call, asset)


# ---------------------------------------------- promotional asset links


def _link_key(link: Mapping[str, str]) -> tuple[str, str, str]:
    """What makes a requested link a duplicate (the same as ``PromotionalAssetLink.key``)."""
    return (link["promotionalAssetId"], link.get("productId", ""), link.get("productVariantId", ""))


@handles("createPromotionalAssetLinks")
def create_promotional_asset_links(store: Store, call: Call) -> Reply:
    account_id = call.account.id
    existing = {link.key for link in store.links.all(account_id)}
    # Check every link before creating any: all or nothing.
    for index, link in enumerate(call.body["links"]):
        where = f"body.links[{index}]"
        store.promotional_assets.require(account_id, link["promotionalAssetId"], f"{where}.promotionalAssetId")
        if "productId" in link:
            store.products.require(account_id, link["productId"], f"{where}.productId")
        if "productVariantId" in link:
            store.variants.require(account_id, link["productVariantId"], f"{where}.productVariantId")
        if _link_key(link) in existing:
            raise conflict("LINK_EXISTS", "this promotional asset is already linked to that product or variant", where)
        existing.add(_link_key(link))
    created = []
    for link in call.body["links"]:
        fields = body_fields(PromotionalAssetLink, link)
        record = store.links.add(PromotionalAssetLink.create(account_id, store.stamp(call.user_id), **fields))
        created.append(render.fields(record))
        asset = store.promotional_assets.require(account_id, record.promotional_asset_id, "")
        touch_twin(store, call, asset.twin_id)
    return Reply(created)


@handles("listPromotionalAssetLinks")
def list_promotional_asset_links(store: Store, call: Call) -> Reply:
    spec = filter_of(call)
    asset_ids = ids(spec.get("promotionalAsset"))
    if "promotionalAssetId" in call.params:
        only = {call.params["promotionalAssetId"]}
        asset_ids = only & (asset_ids or only)
    product_ids, variant_ids = ids(spec.get("product")), ids(spec.get("productVariant"))
    links = [
        link
        for link in store.links.all(call.account.id)
        if (asset_ids is None or link.promotional_asset_id in asset_ids)
        and (product_ids is None or link.product_id in product_ids)
        and (variant_ids is None or link.product_variant_id in variant_ids)
    ]
    return list_reply(call, store.links, links, {"CREATED": sort_key("created")}, render.fields)


@handles("deletePromotionalAssetLinks")
def delete_promotional_asset_links(store: Store, call: Call) -> Reply:
    account_id = call.account.id
    for index, link_id in enumerate(call.body["ids"]):
        store.links.require(account_id, link_id, f"body.ids[{index}]")
    deleted = list(dict.fromkeys(call.body["ids"]))
    for link_id in deleted:
        link = store.links.require(account_id, link_id, "body.ids")
        store.links.remove(account_id, link_id)
        asset = store.promotional_assets.get(account_id, link.promotional_asset_id)
        if asset is not None:
            touch_twin(store, call, asset.twin_id)
    return Reply(render.deleted(deleted))
