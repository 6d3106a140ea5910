"""``illuminate products``, ``brands`` and ``carriers``: list (and create) catalogue records."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any, TypeVar

import click
from illuminate_client.api.brands import create_brand, list_brands
from illuminate_client.api.data_carriers import list_data_carriers
from illuminate_client.api.products import create_product, list_products
from illuminate_client.models.brand import Brand
from illuminate_client.models.carrier_type import CarrierType
from illuminate_client.models.data_carrier import DataCarrier
from illuminate_client.models.product import Product
from illuminate_client.types import Unset

from .. import _twins
from .._context import global_options, state
from .._output import emit_record, emit_rows

T = TypeVar("T")

LIMIT = click.option(
    "--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many (0: all)."
)


def _take(pager: Iterable[T], limit: int) -> list[T]:
    return list(pager if limit == 0 else islice(pager, limit))


def _product_row(p: Product) -> dict[str, object]:
    return {
        "id": p.id,
        "identifier": p.identifier,
        "name": p.description_short,
        "brand": p.brand_id,
        "gpc": p.gpc_category_code,
    }


# ---------------------------------------------------------------- products


@click.group()
@global_options
def products() -> None:
    """List or create products."""


@products.command("list")
@click.option("--gtin", "identifiers", multiple=True, metavar="ID", help="Only these identifiers (repeatable).")
@LIMIT
@global_options
def products_list(identifiers: tuple[str, ...], limit: int) -> None:
    """List the account's products, by name."""
    st = state()
    kwargs: dict[str, Any] = {"order": "NAME_ASC"}
    if identifiers:
        kwargs["filter_"] = {"product": {"identifiers": list(identifiers)}}
    found: list[Product] = _take(
        st.client().paginate(list_products, first=1000 if limit == 0 else min(limit, 1000), **kwargs), limit
    )
    emit_rows(
        st.output,
        [_product_row(p) for p in found],
        [("id", "ID"), ("identifier", "IDENTIFIER"), ("name", "NAME"), ("brand", "BRAND ID"), ("gpc", "GPC")],
        json_data=[p.to_dict() for p in found],
        empty="no products",
    )


@products.command("create")
@click.option("--brand-id", required=True, metavar="ID", help="The product's brand.")
@click.option("--gtin", "identifier", required=True, metavar="ID", help="Primary identifier: a GTIN (or SKU).")
@click.option("--name", required=True, help="Short description (the product's name).")
@click.option("--gpc", required=True, metavar="CODE", help="GS1 GPC category code, e.g. 10001234.")
@global_options
def products_create(brand_id: str, identifier: str, name: str, gpc: str) -> None:
    """Create a product (its digital twin is created with it)."""
    st = state()
    product: Product = st.client().call(
        create_product, brand_id=brand_id, identifier=identifier, description_short=name, gpc_category_code=gpc
    )
    emit_record(st.output, list(_product_row(product).items()), json_data=product.to_dict(), id_value=product.id)


# ---------------------------------------------------------------- brands


@click.group()
@global_options
def brands() -> None:
    """List or create brands."""


@brands.command("list")
@LIMIT
@global_options
def brands_list(limit: int) -> None:
    """List the account's brands, by name."""
    st = state()
    found: list[Brand] = _take(
        st.client().paginate(list_brands, first=1000 if limit == 0 else min(limit, 1000), order="NAME_ASC"), limit
    )
    emit_rows(
        st.output,
        [{"id": b.id, "name": b.name} for b in found],
        [("id", "ID"), ("name", "NAME")],
        json_data=[b.to_dict() for b in found],
        empty="no brands",
    )


@brands.command("create")
@click.argument("name")
@global_options
def brands_create(name: str) -> None:
    """Create a brand called NAME."""
    st = state()
    brand: Brand = st.client().call(create_brand, name=name)
    emit_record(st.output, [("id", brand.id), ("name", brand.name)], json_data=brand.to_dict(), id_value=brand.id)


# ---------------------------------------------------------------- carriers


@click.group()
@global_options
def carriers() -> None:
    """List the data carriers (QR codes, watermarks) of a digital twin."""


@carriers.command("list", epilog=_twins.TWIN_HELP)
@click.argument("twin")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice([c.value for c in CarrierType]),
    help="Only this type (repeatable; default: all).",
)
@global_options
def carriers_list(twin: str, types: tuple[str, ...]) -> None:
    """List the data carriers of TWIN."""
    st, client, twin_id = _twins.on_twin(twin)
    wanted = list(types) or [c.value for c in CarrierType]
    found: list[DataCarrier] = client.call(
        list_data_carriers, filter_={"digitalTwin": {"ids": [twin_id]}, "carrierTypes": wanted}
    )
    rows = [
        {"id": c.id, "type": str(c.carrier_type), "url": None if isinstance(c.carrier_url, Unset) else c.carrier_url}
        for c in found
    ]
    emit_rows(
        st.output,
        rows,
        [("id", "ID"), ("type", "TYPE"), ("url", "URL")],
        json_data=[c.to_dict() for c in found],
        empty=f"digital twin {twin_id} has no data carriers",
    )
