from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductFilterProduct")


@_attrs_define
class ProductFilterProduct:
    """
    Attributes:
        identifiers (list[str] | Unset):
        ids (list[str] | Unset):
    """

    identifiers: list[str] | Unset = UNSET
    ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        identifiers: list[str] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("ProductFilterProduct: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_identifiers = d.pop("identifiers", UNSET)
        if _raw_identifiers is not UNSET and not (
            isinstance(_raw_identifiers, list) and all(isinstance(_item, str) for _item in _raw_identifiers)
        ):
            raise TypeError("ProductFilterProduct.identifiers: expected array, got " + type(_raw_identifiers).__name__)
        identifiers = cast(list[str], _raw_identifiers)

        _raw_ids = d.pop("ids", UNSET)
        if _raw_ids is not UNSET and not (
            isinstance(_raw_ids, list) and all(isinstance(_item, str) for _item in _raw_ids)
        ):
            raise TypeError("ProductFilterProduct.ids: expected array, got " + type(_raw_ids).__name__)
        ids = cast(list[str], _raw_ids)

        product_filter_product = cls(
            identifiers=identifiers,
            ids=ids,
        )

        return product_filter_product
