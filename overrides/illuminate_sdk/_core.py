"""What both clients share: settings, argument checks, look-up filters (no I/O)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
from illuminate_client.client import Client
from illuminate_client.models.digital_twin import DigitalTwin
from illuminate_client.models.digital_twin_filter import DigitalTwinFilter
from illuminate_client.models.image_content_type import ImageContentType
from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.product import Product
from illuminate_client.models.serial_strategy import SerialStrategy

from . import _operations as ops
from ._exceptions import DigitalTwinNotFoundError
from ._gs1 import gtin14
from ._pagination import MAX_PAGE_SIZE
from ._retries import RetryPolicy

log = logging.getLogger("illuminate_sdk")
T = TypeVar("T")
Retries = RetryPolicy | int | bool
IMAGE_TYPES = {".png": ImageContentType.PNG, ".jpg": ImageContentType.JPG, ".jpeg": ImageContentType.JPG}
MIME = {ImageContentType.PNG: "image/png", ImageContentType.JPG: "image/jpeg"}
NO_AUTH = httpx.Auth()  # the base class sends the request unchanged


def policy_from(retries: Retries) -> RetryPolicy:
    if isinstance(retries, RetryPolicy):
        return retries
    if retries is True:
        return RetryPolicy()
    return RetryPolicy(max_retries=max(int(retries), 0))


def check_page_size(first: int) -> None:
    if not 1 <= first <= MAX_PAGE_SIZE:
        raise ValueError(f"first is the page size: 1 to {MAX_PAGE_SIZE} (got {first})")


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
    if not twins:
        raise DigitalTwinNotFoundError(f"no digital twin with {what} in this account")
    if len(twins) > 1:
        raise DigitalTwinNotFoundError(f"more than one digital twin matches {what}; list them with digital_twins()")
    return twins[0].id


def image_type(path: Path) -> ImageContentType:
    kind = IMAGE_TYPES.get(path.suffix.lower())
    if kind is None:
        raise ValueError(f"{path.name}: images must be .png, .jpg or .jpeg")
    return kind


@dataclass
class Core:
    """Settings and argument preparation shared by both clients."""

    account_id: str
    base_url: str
    policy: RetryPolicy
    raw: Client = field(repr=False)

    def prepare(self, operation: object, arguments: dict[str, Any]) -> tuple[ops.Operation, dict[str, Any]]:
        op = ops.operation(operation)
        return op, ops.prepare(op, self.account_id, arguments)

    def pager_setup(self, operation: object, first: int) -> ops.Operation:
        op = ops.operation(operation)
        if not op.is_cursor_list:
            raise TypeError(f"{op.name} is not a cursor-paginated list (no first/after); use call() instead")
        check_page_size(first)
        return op

    @staticmethod
    def settings_body(strategy: SerialStrategy | str, length: int, symbols: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {"strategy": SerialStrategy(strategy), "length": length}
        if symbols is not None:
            body["symbols"] = symbols
        return body

    @staticmethod
    def warn_if_other_settings(status: JobStatus, strategy: SerialStrategy | str, length: int) -> None:
        applied = (str(status.data.strategy), status.data.length)
        if applied != (str(SerialStrategy(strategy)), length):
            log.warning(
                "allocation settings already existed (%s, length %s) and differ from those asked (%s, length %s): "
                "they cannot change, so the job used the existing ones",
                *applied,
                strategy,
                length,
            )
