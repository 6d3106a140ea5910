from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_variant_filter_product_variant import ProductVariantFilterProductVariant


T = TypeVar("T", bound="ProductVariantFilter")


@_attrs_define
class ProductVariantFilter:
    """
    Attributes:
        product_variant (ProductVariantFilterProductVariant | Unset):
    """

    product_variant: ProductVariantFilterProductVariant | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        product_variant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_variant, Unset):
            product_variant = self.product_variant.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if product_variant is not UNSET:
            field_dict["productVariant"] = product_variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_variant_filter_product_variant import ProductVariantFilterProductVariant

        if not isinstance(src_dict, Mapping):
            raise TypeError("ProductVariantFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_product_variant = d.pop("productVariant", UNSET)
        if _raw_product_variant is not UNSET and not (isinstance(_raw_product_variant, Mapping)):
            raise TypeError(
                "ProductVariantFilter.productVariant: expected object, got " + type(_raw_product_variant).__name__
            )
        _product_variant = _raw_product_variant
        product_variant: ProductVariantFilterProductVariant | Unset
        if isinstance(_product_variant, Unset):
            product_variant = UNSET
        else:
            product_variant = ProductVariantFilterProductVariant.from_dict(_product_variant)

        product_variant_filter = cls(
            product_variant=product_variant,
        )

        return product_variant_filter
