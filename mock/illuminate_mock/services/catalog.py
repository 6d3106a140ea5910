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
from typing import Any

from .. import render
from ..errors import not_found
from ..models import AssetType, Brand, FunctionalName, Named, Product, ProductVariant
from ..registry import Call, Reply, handles
from ..store import Collection, Store
from .common import check_refs, filter_of, kept_by, list_reply, modified_or_name, update_target
from .twins import apply_patch, create_with_twin, resource_reply, touch_twin

_NAME_ORDERS = modified_or_name("name")
_PRODUCT_ORDERS = modified_or_name("description_short")
_VARIANT_ORDERS = modified_or_name("consumer_product_variant_description")


# ------------------------------------ brands, functional names, asset types


# The kinds that are only a name, by the operations that make and list them: the store
# attribute that holds them, the record class, and the ``filter`` key of their ids.
_NAMED: dict[str, tuple[str, type[Named], str]] = {
    "createBrand": ("brands", Brand, "brand"),
    "listBrands": ("brands", Brand, "brand"),
    "createFunctionalName": ("functional_names", FunctionalName, "functionalName"),
    "listFunctionalNames": ("functional_names", FunctionalName, "functionalName"),
    "createAssetType": ("asset_types", AssetType, "assetType"),
    "listAssetTypes": ("asset_types", AssetType, "assetType"),
}


def _named_collection(store: Store, call: Call) -> tuple[Collection[Named], type[Named], str]:
    attribute, kind, filter_key = _NAMED[call.operation_id]
    collection: Collection[Named] = getattr(store, attribute)
    return collection, kind, filter_key


@handles("createBrand")
@handles("createFunctionalName")
@handles("createAssetType")
def create_named(store: Store, call: Call) -> Reply:
    """Create a brand, functional name or asset type (the operation says which): a name, kept as given."""
    collection, kind, _ = _named_collection(store, call)
    record = kind.create(call.account.id, store.stamp(call.user_id), name=call.body["name"])
    return Reply(render.fields(collection.add(record)))


@handles("listBrands")
@handles("listFunctionalNames")
@handles("listAssetTypes")
def list_named(store: Store, call: Call) -> Reply:
    """List brands, functional names or asset types, optionally only the ids of the ``filter``."""
    collection, _, filter_key = _named_collection(store, call)
    records = kept_by(filter_of(call).get(filter_key), collection.all(call.account.id))
    return list_reply(call, collection, records, _NAME_ORDERS, render.fields)


# ------------------------------------------------------------ products


def _check_product_refs(store: Store, call: Call, fields: Mapping[str, Any], prefix: str) -> None:
    check_refs(call, fields, prefix, {"brandId": store.brands, "functionalNameId": store.functional_names})


@handles("createProduct")
def create_product(store: Store, call: Call) -> Reply:
    _check_product_refs(store, call, call.body, "body")
    return resource_reply(store, call, create_with_twin(store, call, store.products, Product))


@handles("listProducts")
def list_products(store: Store, call: Call) -> Reply:
    products = kept_by(
        filter_of(call).get("product"), store.products.all(call.account.id), identifiers=lambda p: p.identifier
    )
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
    variants = kept_by(
        filter_of(call).get("productVariant"), store.variants.all(call.account.id), productIds=lambda v: v.product_id
    )
    return list_reply(call, store.variants, variants, _VARIANT_ORDERS, render.fields)


@handles("updateProductVariant")
def update_product_variant(store: Store, call: Call) -> Reply:
    variant = update_target(call, store.variants)
    apply_patch(store, call, variant)
    return resource_reply(store, call, variant)
