"""Data carriers: which types an account may make, and the URL a QR code encodes.

One subscription check and one carrier-URL rule, used by the REST carriers
of a twin and by the serial carriers of ``services/serialization.py`` alike:

- a carrier type must be allowed by the account's subscriptions (403 naming
  the field otherwise);
- a watermark has an empty ``carrierUrl``; a QR code is a GS1 Digital Link
  (``/01/{gtin14}[/22/{variant}][/21/{serial}]`` on the account's default
  domain) when the format is DigitalLink and the resource has a valid GTIN,
  else a short URL on the chosen domain with a fresh ``shortId``;
- at most one carrier of each type per twin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from illuminate_spec.gs1 import as_gtin14, digital_link

from .. import render
from ..errors import forbidden
from ..gs1 import short_id, short_url
from ..models import Account, DataCarrier, DigitalTwin
from ..registry import Call, Reply, handles
from ..store import Store, sort_key

DIGITAL_TAG_CARRIERS = {
    "DIGITAL_WATERMARK": ("DIGITAL_WATERMARK",),
    "QR_CODE": ("QR_CODE",),
    "DIGITAL_WATERMARK_AND_QR_CODE": ("DIGITAL_WATERMARK", "QR_CODE"),
}


def check_subscribed(account: Account, carrier_types: Iterable[str], field_name: str) -> None:
    """Refuse (403) carrier types the account's subscriptions do not include."""
    refused = account.refused_carriers(carrier_types)
    if refused:
        raise forbidden(f"the account's subscriptions do not include {', '.join(refused)}", field_name)


@dataclass(frozen=True)
class CarrierLink:
    """What a new carrier encodes: its URL and, for a short URL, its code."""

    url: str
    short_id: str | None = None
    url_format: str | None = None  # None for a watermark


def carrier_link(
    twin: DigitalTwin,
    carrier_type: str,
    *,
    url_format: str,
    link_domain: str,
    short_domain: str,
    serial: str | None = None,
) -> CarrierLink:
    """The URL of a new carrier of ``twin`` (of one of its serials, if ``serial`` is given)."""
    if carrier_type != "QR_CODE":
        return CarrierLink("")
    # A wrong check digit is no GTIN: such a product gets a short URL, like one with a SKU.
    gtin = as_gtin14(twin.resource.gtin_source)
    if url_format == "DigitalLink" and gtin is not None:
        url = digital_link(gtin, serial, root=link_domain, variant=twin.variant_identification)
        return CarrierLink(url, url_format="DigitalLink")
    code = short_id()
    return CarrierLink(short_url(short_domain, code), code, "ShortUrl")


def initial_carrier_types(call: Call) -> tuple[str, ...]:
    """Carriers asked for when a product, variant or promotional asset is created.

    Checked before anything is written, so a refused request leaves no trace.
    """
    body = call.body
    if "digitalTag" in body:
        wanted = DIGITAL_TAG_CARRIERS[body["digitalTag"]]
        check_subscribed(call.account, wanted, "body.digitalTag")
        return wanted
    if body.get("useDefaultSettings"):
        return call.account.default_carriers
    return ()


def add_twin_carrier(
    store: Store, call: Call, twin: DigitalTwin, carrier_type: str, options: Mapping[str, Any]
) -> DataCarrier:
    """Make a carrier of ``twin`` from a request's options (already checked against the rules)."""
    account = call.account
    # Explicit urlFormat/shortUrlDomain win unless useDefaultSettings is true.
    use_defaults = options.get("useDefaultSettings") is True or "urlFormat" not in options
    url_format = account.default_url_format if use_defaults else options["urlFormat"]
    domain = account.default_domain if use_defaults else options.get("shortUrlDomain", account.default_domain)
    link = carrier_link(
        twin, carrier_type, url_format=url_format, link_domain=account.default_domain, short_domain=domain
    )
    carrier = DataCarrier.create(
        account.id,
        store.stamp(call.user_id),
        digital_twin_id=twin.id,
        carrier_type=carrier_type,
        carrier_url=link.url,
        short_id=link.short_id,
        url_format=link.url_format,
        consumer_product_variant_identification=options.get("consumerProductVariantIdentification") or None,
    )
    twin.add_carrier(carrier, store.stamp(call.user_id))
    return carrier


@handles("createDataCarrier")
def create_data_carrier(store: Store, call: Call) -> Reply:
    twin = store.twins.require(call.account.id, call.body["digitalTwinId"], "body.digitalTwinId")
    carrier_type = call.body["carrierType"]
    check_subscribed(call.account, [carrier_type], "body.carrierType")
    twin.check_can_add(carrier_type, "body.carrierType")
    return Reply(render.fields(add_twin_carrier(store, call, twin, carrier_type, call.body)))


@handles("listDataCarriers")
def list_data_carriers(store: Store, call: Call) -> Reply:
    spec = call.params["filter"]
    twin_ids, types = dict.fromkeys(spec["digitalTwin"]["ids"]), set(spec["carrierTypes"])
    twins = (store.twins.get(call.account.id, twin_id) for twin_id in twin_ids)
    carriers = [c for twin in twins if twin is not None for c in twin.carriers if c.carrier_type in types]
    return Reply([render.fields(c) for c in sorted(carriers, key=sort_key("created"))])
