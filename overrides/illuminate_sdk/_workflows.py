"""The rules of the clients' workflows, without I/O: allocation settings, twin look-ups, images.

Both faces call these, so a rule lives once whatever the face.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from illuminate_client.models.digital_twin import DigitalTwin
from illuminate_client.models.digital_twin_filter import DigitalTwinFilter
from illuminate_client.models.image_content_type import ImageContentType
from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.product import Product
from illuminate_client.models.serial_strategy import SerialStrategy
from illuminate_spec.gs1 import gtin14

from ._exceptions import DigitalTwinNotFoundError

log = logging.getLogger("illuminate_sdk")

# ------------------------------------------------------------------ allocation settings


def settings_body(strategy: SerialStrategy | str, length: int, symbols: str | None) -> dict[str, Any]:
    """The body fields of either settings operation (a plain string is checked against the strategies)."""
    body: dict[str, Any] = {"strategy": SerialStrategy(strategy), "length": length}
    if symbols is not None:
        body["symbols"] = symbols
    return body


DEFAULT_LENGTH = 10


def run_settings(
    strategy: SerialStrategy | str | None, length: int | None, symbols: str | None
) -> dict[str, Any] | None:
    """The settings ``serialize`` sends, None when it was asked for none (the settings in force apply).

    What is left out of a request for settings: the strategy is RANDOM_NUMERIC
    (RANDOM_ALPHANUMERIC when ``symbols`` are given), the length 10.
    """
    if strategy is None and length is None and symbols is None:
        return None
    if strategy is None:
        strategy = SerialStrategy.RANDOM_NUMERIC if symbols is None else SerialStrategy.RANDOM_ALPHANUMERIC
    return {
        "strategy": SerialStrategy(strategy),
        "length": DEFAULT_LENGTH if length is None else length,
        "symbols": symbols,
    }


def warn_if_other_settings(status: JobStatus, strategy: SerialStrategy | str, length: int) -> None:
    """A twin's settings never change once it has serials: say so when its job used others than those asked for."""
    applied = (str(status.data.strategy), status.data.length)
    if applied != (str(SerialStrategy(strategy)), length):
        log.warning(
            "allocation settings already existed (%s, length %s) and differ from those asked (%s, length %s): "
            "they cannot change, so the job used the existing ones",
            *applied,
            strategy,
            length,
        )


# ------------------------------------------------------------------ digital twins


@dataclass(frozen=True)
class TwinLookup:
    """How to find the twins of one resource: the filter to send, and a check of each answer."""

    filter: DigitalTwinFilter
    what: str  # e.g. "gtin='09506000134352'", for messages
    gtin: str | None = None  # GTIN-14 to match, for a GTIN look-up

    def matches(self, twin: DigitalTwin) -> bool:
        """A GTIN may be stored with any number of leading zeros: the filter finds the
        identifiers ending in its significant digits, this keeps the true matches."""
        if self.gtin is None:
            return True
        product = twin.product
        if not isinstance(product, Product):
            return True  # not joined in the answer: trust the server's filter
        identifier = product.identifier
        return identifier.isascii() and identifier.isdigit() and identifier.zfill(14) == self.gtin


def twin_lookup(
    product_id: str | None, gtin: str | int | None, variant_id: str | None, promotional_asset_id: str | None
) -> TwinLookup:
    """The look-up for exactly one of the four ways to name a twin's resource."""
    given = {
        "product_id": product_id,
        "gtin": gtin,
        "variant_id": variant_id,
        "promotional_asset_id": promotional_asset_id,
    }
    named = [(k, v) for k, v in given.items() if v is not None]
    if len(named) != 1:
        raise TypeError("pass exactly one of product_id=, gtin=, variant_id=, promotional_asset_id=")
    kind, value = named[0]
    what = f"{kind}={value!r}"
    if kind == "gtin":
        wanted = gtin14(value)
        document = {"resourceTypes": ["PRODUCT"], "product": {"identifiers": {"ends": wanted.lstrip("0")}}}
        return TwinLookup(DigitalTwinFilter.from_dict(document), what, wanted)
    documents: dict[str, dict[str, Any]] = {
        "product_id": {"product": {"ids": [value]}},
        "variant_id": {"productVariant": {"ids": [value]}},
        "promotional_asset_id": {"promotionalAsset": {"ids": [value]}},
    }
    return TwinLookup(DigitalTwinFilter.from_dict(documents[kind]), what)


def only_twin(twins: list[DigitalTwin], what: str) -> str:
    """The id of the one twin found; DigitalTwinNotFoundError for none or several."""
    if not twins:
        raise DigitalTwinNotFoundError(f"no digital twin with {what} in this account")
    if len(twins) > 1:
        raise DigitalTwinNotFoundError(f"more than one digital twin matches {what}; list them with digital_twins()")
    return twins[0].id


# ------------------------------------------------------------------ images

_IMAGE_TYPES = {".png": ImageContentType.PNG, ".jpg": ImageContentType.JPG, ".jpeg": ImageContentType.JPG}
MIME = {ImageContentType.PNG: "image/png", ImageContentType.JPG: "image/jpeg"}


def image_type(path: Path) -> ImageContentType:
    """The image type the API knows for ``path``'s suffix; ValueError for any other file."""
    kind = _IMAGE_TYPES.get(path.suffix.lower())
    if kind is None:
        raise ValueError(f"{path.name}: images must be .png, .jpg or .jpeg")
    return kind
