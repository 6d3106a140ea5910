"""Digital twins and their data carriers.

Every product, variant and promotional asset has exactly one twin, with an
id of its own. The twin holds the resource itself (``resource``), not a key
to look it up by, and it is the only place its carriers are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from ..errors import conflict
from .base import Record, Stamp
from .catalog import Product, ProductVariant
from .promotions import PromotionalAsset

Resource = Product | ProductVariant | PromotionalAsset


@dataclass(eq=False, kw_only=True)
class DataCarrier(Record):
    """A watermark or QR code of a twin."""

    digital_twin_id: str
    carrier_type: str
    carrier_url: str = ""
    short_id: str | None = None
    url_format: str | None = None
    consumer_product_variant_identification: str | None = None


@dataclass(eq=False, kw_only=True)
class DigitalTwin(Record):
    KIND: ClassVar[str] = "digital twin"
    PRIVATE: ClassVar[frozenset[str]] = frozenset({"resource", "carriers"})

    resource: Resource
    carriers: list[DataCarrier] = field(default_factory=list)

    @property
    def resource_type(self) -> str:
        return self.resource.RESOURCE_TYPE

    @property
    def resource_id(self) -> str:
        return self.resource.id

    @property
    def product_id(self) -> str | None:
        """The product a product or variant twin belongs to; None for a promotional asset."""
        if isinstance(self.resource, Product):
            return self.resource.id
        if isinstance(self.resource, ProductVariant):
            return self.resource.product_id
        return None

    @property
    def variant_identification(self) -> str | None:
        """The AI (22) value of a variant twin's Digital Links."""
        if isinstance(self.resource, ProductVariant):
            return self.resource.consumer_product_variant_identification
        return None

    def carrier_of_type(self, carrier_type: str) -> DataCarrier | None:
        return next((c for c in self.carriers if c.carrier_type == carrier_type), None)

    def check_can_add(self, carrier_type: str, field_name: str) -> None:
        """At most one carrier of each type per twin."""
        if self.carrier_of_type(carrier_type) is not None:
            raise conflict("CARRIER_EXISTS", f"the digital twin already has a {carrier_type}", field_name)

    def add_carrier(self, carrier: DataCarrier, stamp: Stamp) -> None:
        """Keep ``carrier`` (checked with ``check_can_add``); a new carrier changes the twin."""
        self.carriers.append(carrier)
        self.touch(stamp)
