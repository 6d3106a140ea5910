"""Rules of the catalogue: brands, functional names, asset types, products and product variants.

- brands, functional names and asset types are names an account keeps, to
  be referred to by id;
- a product needs an existing brand (and functional name, if given), on
  creation and on update (404 naming the field);
- a variant needs an existing product identifier; identifiers are not unique
  in the mock, so the oldest product with it wins;
- every product and variant gets a digital twin (``services/twins.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .. import render
from ..errors import not_found
from ..models import AssetType, Brand, FunctionalName, Named, Product, ProductVariant
from ..registry import Call, Reply, handles
from ..store import Collection, Store
from .common import check_refs, filter_of, ids, list_reply, modified_or_name, update_target
from .twins import apply_patch, create_with_twin, resource_reply, touch_twin

N = TypeVar("N", bound=Named)

_NAME_ORDERS = modified_or_name("name")
_PRODUCT_ORDERS = modified_or_name("description_short")
_VARIANT_ORDERS = modified_or_name("consumer_product_variant_description")


# ------------------------------------ brands, functional names, asset types


def _create_named(store: Store, call: Call, collection: Collection[N], kind: type[N]) -> Reply:
    record = kind.create(call.account.id, store.stamp(call.user_id), name=call.body["name"])
    return Reply(render.fields(collection.add(record)))


def _list_named(call: Call, collection: Collection[N], filter_key: str) -> Reply:
    wanted = ids(filter_of(call).get(filter_key))
    records = [r for r in collection.all(call.account.id) if wanted is None or r.id in wanted]
    return list_reply(call, collection, records, _NAME_ORDERS, render.fields)


@handles("createBrand")
def create_brand(store: Store, call: Call) -> Reply:
    return _create_named(store, call, store.brands, Brand)


@handles("listBrands")
def list_brands(store: Store, call: Call) -> Reply:
    return _list_named(call, store.brands, "brand")


@handles("createFunctionalName")
def create_functional_name(store: Store, call: Call) -> Reply:
    return _create_named(store, call, store.functional_names, FunctionalName)


@handles("listFunctionalNames")
def list_functional_names(store: Store, call: Call) -> Reply:
    return _list_named(call, store.functional_names, "functionalName")


@handles("createAssetType")
def create_asset_type(store: Store, call: Call) -> Reply:
    return _create_named(store, call, store.asset_types, AssetType)


@handles("listAssetTypes")
def list_asset_types(store: Store, call: Call) -> Reply:
    return _list_named(call, store.asset_types, "assetType")


# ------------------------------------------------------------ products


def _check_product_refs(store: Store, call: Call, fields: Mapping[str, Any], prefix: str) -> None:
    check_refs(call, fields, prefix, {"brandId": store.brands, "functionalNameId": store.functional_names})


@handles("createProduct")
def create_product(store: Store, call: Call) -> Reply:
    _check_product_refs(store, call, call.body, "body")
    return resource_reply(store, call, create_with_twin(store, call, store.products, Product))


@handles("listProducts")
def list_products(store: Store, call: Call) -> Reply:
    block = filter_of(call).get("product", {})
    wanted, identifiers = ids(block), ids(block, "identifiers")
    products = [
        p
        for p in store.products.all(call.account.id)
        if (wanted is None or p.id in wanted) and (identifiers is None or p.identifier in identifiers)
    ]
    tallies = render.Tallies(store, call.account.id)
    return list_reply(call, store.products, products, _PRODUCT_ORDERS, lambda p: render.product(tallies, p))


@handles("updateProduct")
def update_product(store: Store, call: Call) -> Reply:
    product = update_target(call, store.products)
    _check_product_refs(store, call, call.body["patch"], "body.patch")
    apply_patch(store, call, product)
    return resource_reply(store, call, product)


# ----------------------------------------------------- product variants


@handles("createProductVariant")
def create_product_variant(store: Store, call: Call) -> Reply:
    identifier = call.body["productIdentifier"]
    # Identifiers are not unique in the mock; the oldest product with it wins.
    product = next((p for p in store.products.all(call.account.id) if p.identifier == identifier), None)
    if product is None:
        raise not_found("body.productIdentifier", "product with identifier", identifier)
    variant = create_with_twin(store, call, store.variants, ProductVariant, product_id=product.id)
    touch_twin(store, call, product.twin_id)
    return resource_reply(store, call, variant)


@handles("listProductVariants")
def list_product_variants(store: Store, call: Call) -> Reply:
    block = filter_of(call).get("productVariant", {})
    wanted, product_ids = ids(block), ids(block, "productIds")
    variants = [
        v
        for v in store.variants.all(call.account.id)
        if (wanted is None or v.id in wanted) and (product_ids is None or v.product_id in product_ids)
    ]
    return list_reply(call, store.variants, variants, _VARIANT_ORDERS, render.fields)


@handles("updateProductVariant")
def update_product_variant(store: Store, call: Call) -> Reply:
    variant = update_target(call, store.variants)
    apply_patch(store, call, variant)
    return resource_reply(store, call, variant)
