"""Promotional assets and the links that join them to products and variants."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..clock import parse_moment
from ..errors import invalid
from .base import Record, Twinned


@dataclass(eq=False, kw_only=True)
class PromotionalAsset(Twinned):
    KIND: ClassVar[str] = "promotional asset"
    RESOURCE_TYPE: ClassVar[str] = "PROMOTIONAL_ASSET"
    GTIN_FIELD: ClassVar[str | None] = None  # no GTIN: its QR codes are short URLs

    brand_id: str
    asset_type_id: str
    description_short: str
    customer_identifier: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    custom_attributes: dict[str, Any] | None = None
    twin_id: str = ""


def check_date_order(start: str | None, end: str | None, field_name: str) -> None:
    """An asset cannot leave use before it enters it (both dates optional)."""
    if start and end and parse_moment(end) < parse_moment(start):
        raise invalid(field_name, "endDate must be on or after startDate")


@dataclass(eq=False, kw_only=True)
class PromotionalAssetLink(Record):
    """One promotional asset joined to one product or one variant."""

    KIND: ClassVar[str] = "promotional asset link"

    promotional_asset_id: str
    product_id: str | None = None
    product_variant_id: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes a link a duplicate of another."""
        return (self.promotional_asset_id, self.product_id or "", self.product_variant_id or "")

    @property
    def target_kind(self) -> str:
        """``productId`` or ``productVariantId``: what the link points at, by its API field."""
        return "productId" if self.product_id is not None else "productVariantId"
