from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductVariantFilterProductVariant")


@_attrs_define
class ProductVariantFilterProductVariant:
    """
    Attributes:
        ids (list[str] | Unset):
        product_ids (list[str] | Unset):
    """

    ids: list[str] | Unset = UNSET
    product_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        product_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = self.product_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if product_ids is not UNSET:
            field_dict["productIds"] = product_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "ProductVariantFilterProductVariant: expected a JSON object, got " + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_ids = d.pop("ids", UNSET)
        if _raw_ids is not UNSET and not (
            isinstance(_raw_ids, list) and all(isinstance(_item, str) for _item in _raw_ids)
        ):
            raise TypeError("ProductVariantFilterProductVariant.ids: expected array, got " + type(_raw_ids).__name__)
        ids = cast(list[str], _raw_ids)

        _raw_product_ids = d.pop("productIds", UNSET)
        if _raw_product_ids is not UNSET and not (
            isinstance(_raw_product_ids, list) and all(isinstance(_item, str) for _item in _raw_product_ids)
        ):
            raise TypeError(
                "ProductVariantFilterProductVariant.productIds: expected array, got " + type(_raw_product_ids).__name__
            )
        product_ids = cast(list[str], _raw_product_ids)

        product_variant_filter_product_variant = cls(
            ids=ids,
            product_ids=product_ids,
        )

        return product_variant_filter_product_variant
