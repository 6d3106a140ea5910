"""Naming a digital twin on the command line, and what the CLI needs to know about it.

A TWIN argument is a twin id, or ``gtin:09506000134352``, ``product:ID``,
``variant:ID`` or ``asset:ID`` (a promotional asset), looked up with the SDK's
``digital_twin_id`` (which finds a GTIN however many leading zeros it was stored with).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from illuminate_client.api.digital_twins import list_digital_twins
from illuminate_client.models.digital_twin import DigitalTwin
from illuminate_client.types import Unset
from illuminate_sdk import DigitalTwinNotFoundError, Illuminate, gtin14

from ._context import State, state
from ._errors import CliError, Exit

PREFIXES = {"gtin": "gtin", "product": "product_id", "variant": "variant_id", "asset": "promotional_asset_id"}
TWIN_HELP = "TWIN is a digital twin id, or gtin:GTIN, product:ID, variant:ID or asset:ID."


def twin_id(client: Illuminate, ref: str) -> str:
    """The twin id that ``ref`` names; CliError (exit 4) when none matches."""
    kind, sep, value = ref.partition(":")
    if not sep or kind not in PREFIXES:
        return ref
    if not value:
        raise CliError(f"{ref!r}: give a value after '{kind}:'", Exit.USAGE)
    lookup: dict[str, Any] = {PREFIXES[kind]: value}
    try:
        return client.digital_twin_id(**lookup)
    except DigitalTwinNotFoundError as exc:
        raise CliError(f"{exc} ({client.account_id})", Exit.NOT_FOUND) from None
    except ValueError as exc:  # a GTIN with a wrong check digit or length
        raise CliError(f"GTIN {value!r}: {exc}", Exit.USAGE) from None


def on_twin(ref: str) -> tuple[State, Illuminate, str]:
    """For a command on one twin: its state, its client, and the id of the twin ``ref`` names."""
    st = state()
    client = st.client()
    return st, client, twin_id(client, ref)


@dataclass(frozen=True)
class TwinInfo:
    id: str
    resource_type: str
    resource_id: str | None
    identifier: str | None
    name: str | None
    gtin: str | None  # GTIN-14 when the identifier is a valid GTIN


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def describe(twin: DigitalTwin) -> TwinInfo:
    identifier: str | None = None
    name: str | None = None
    product, variant, asset = _set(twin.product), _set(twin.product_variant), _set(twin.promotional_asset)
    if product is not None:
        identifier, name = product.identifier, product.description_short
    if variant is not None:
        identifier = identifier or variant.product_identifier
        name = variant.consumer_product_variant_description
    if asset is not None:
        name = _set(getattr(asset, "name", None))
    gtin: str | None = None
    if identifier:
        try:
            gtin = gtin14(identifier)
        except ValueError:
            gtin = None
    return TwinInfo(twin.id, str(twin.resource_type), _set(twin.resource_id), identifier, name, gtin)


def fetch(client: Illuminate, twin: str) -> TwinInfo:
    """The twin with id ``twin`` (and its product); CliError (exit 4) when the account has none."""
    page = next(
        client.paginate(
            list_digital_twins, order="CREATED_ASC", filter_={"digitalTwinIds": {"in": [twin]}}, first=1
        ).pages()
    )
    if not page.items:
        raise CliError(f"no digital twin with id {twin!r} in account {client.account_id}", Exit.NOT_FOUND)
    return describe(page.items[0])


def resolve(client: Illuminate, ref: str) -> TwinInfo:
    try:
        return fetch(client, twin_id(client, ref))
    except DigitalTwinNotFoundError as exc:
        raise CliError(str(exc), Exit.NOT_FOUND) from None
