from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_filter_product import ProductFilterProduct


T = TypeVar("T", bound="ProductFilter")


@_attrs_define
class ProductFilter:
    """
    Attributes:
        product (ProductFilterProduct | Unset):
    """

    product: ProductFilterProduct | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_filter_product import ProductFilterProduct

        if not isinstance(src_dict, Mapping):
            raise TypeError("ProductFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_product = d.pop("product", UNSET)
        if _raw_product is not UNSET and not (isinstance(_raw_product, Mapping)):
            raise TypeError("ProductFilter.product: expected object, got " + type(_raw_product).__name__)
        _product = _raw_product
        product: ProductFilterProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductFilterProduct.from_dict(_product)

        product_filter = cls(
            product=product,
        )

        return product_filter
