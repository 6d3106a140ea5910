"""The product catalogue: brands, functional names, asset types, products and product variants.

Products, variants (and promotional assets) each stand for a digital twin;
``twin_id`` says which, set when the twin is made with the resource.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .base import Record, Twinned


@dataclass(eq=False, kw_only=True)
class Named(Record):
    """A resource that is only a name: brands, functional names and asset types."""

    KIND: ClassVar[str] = "named resource"

    name: str


@dataclass(eq=False, kw_only=True)
class Brand(Named):
    KIND: ClassVar[str] = "brand"


@dataclass(eq=False, kw_only=True)
class FunctionalName(Named):
    KIND: ClassVar[str] = "functional name"


@dataclass(eq=False, kw_only=True)
class AssetType(Named):
    KIND: ClassVar[str] = "asset type"


@dataclass(eq=False, kw_only=True)
class Product(Twinned):
    KIND: ClassVar[str] = "product"
    RESOURCE_TYPE: ClassVar[str] = "PRODUCT"
    GTIN_FIELD: ClassVar[str | None] = "identifier"

    brand_id: str
    description_short: str
    gpc_category_code: str
    identifier: str
    functional_name_id: str | None = None
    additional_trade_item_identification: str | None = None
    trade_item_description: str | None = None
    descriptive_size: str | None = None
    net_content: str | None = None
    sub_brand_name: str | None = None
    target_market_country_codes: list[str] | None = None
    first_order_date_time: str | None = None
    end_availability_date_time: str | None = None
    custom_attributes: dict[str, Any] | None = None
    twin_id: str = ""


@dataclass(eq=False, kw_only=True)
class ProductVariant(Twinned):
    KIND: ClassVar[str] = "product variant"
    SERVER_SET: ClassVar[frozenset[str]] = frozenset({"product_id"})
    RESOURCE_TYPE: ClassVar[str] = "PRODUCT_VARIANT"
    GTIN_FIELD: ClassVar[str | None] = "product_identifier"  # its product's GTIN, the variant as AI (22)

    product_id: str
    product_identifier: str
    consumer_product_variant_description: str
    consumer_product_variant_identification: str
    consumer_product_variant_reason_code: str
    consumer_product_variant_start_effective_date_time: str | None = None
    consumer_product_variant_end_effective_date_time: str | None = None
    custom_attributes: dict[str, Any] | None = None
    twin_id: str = ""
