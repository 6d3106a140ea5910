"""``illuminate twins find``: find digital twins by product, GTIN, variant, asset or text."""

from __future__ import annotations

from itertools import islice
from typing import Any

import click
from illuminate_client.api.digital_twins import list_digital_twins

from .. import _twins
from .._context import global_options, state
from .._errors import CliError, Exit
from .._output import emit_rows

# The SDK's digital_twins() keyword for each option (--search is a text query instead).
LOOKUPS = {
    "--product-id": "product_id",
    "--gtin": "gtin",
    "--variant-id": "variant_id",
    "--asset-id": "promotional_asset_id",
}
COLUMNS = [
    ("id", "TWIN ID"),
    ("type", "TYPE"),
    ("resource", "RESOURCE ID"),
    ("identifier", "IDENTIFIER"),
    ("name", "NAME"),
]


@click.group()
@global_options
def twins() -> None:
    """Find digital twins (the id serials, carriers and images hang on)."""


@twins.command("find")
@click.option("--product-id", metavar="ID", help="The twin of this product.")
@click.option("--gtin", metavar="GTIN", help="The twin of the product with this GTIN (8, 12, 13 or 14 digits).")
@click.option("--variant-id", metavar="ID", help="The twin of this product variant.")
@click.option("--asset-id", metavar="ID", help="The twin of this promotional asset.")
@click.option("--search", metavar="TEXT", help="Twins whose fields contain TEXT.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="At most this many.")
@global_options
def find(limit: int, **given: str | None) -> None:
    """Find digital twins; exactly one of the options. Exits 4 when none matches."""
    # ``given``: product_id, gtin, variant_id, asset_id and search, each None unless its option was given.
    named = [(f"--{key.replace('_', '-')}", value) for key, value in given.items() if value is not None]
    if len(named) != 1:
        raise click.UsageError(f"give exactly one of {', '.join([*LOOKUPS, '--search'])}")
    option, value = named[0]
    st = state()
    client = st.client()
    if option == "--search":
        pager = client.paginate(
            list_digital_twins, order="CREATED_ASC", filter_={"query": value}, first=min(limit, 1000)
        )
        found = list(islice(pager, limit))
    else:
        lookup: dict[str, Any] = {LOOKUPS[option]: value}
        try:
            found = list(islice(client.digital_twins(**lookup, first=min(limit, 1000)), limit))
        except ValueError as exc:  # a GTIN with a wrong check digit or length
            raise CliError(f"GTIN {value!r}: {exc}", Exit.USAGE) from None
    if not found:
        raise CliError(f"no digital twin matches {option} {value!r}", Exit.NOT_FOUND)
    rows = []
    for twin in found:
        info = _twins.describe(twin)
        rows.append(
            {
                "id": info.id,
                "type": info.resource_type,
                "resource": info.resource_id,
                "identifier": info.identifier,
                "name": info.name,
            }
        )
    emit_rows(st.output, rows, COLUMNS, json_data=[t.to_dict() for t in found])
