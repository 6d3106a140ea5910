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
        d = dict(src_dict)
        identifiers = cast(list[str], d.pop("identifiers", UNSET))

        ids = cast(list[str], d.pop("ids", UNSET))

        product_filter_product = cls(
            identifiers=identifiers,
            ids=ids,
        )

        return product_filter_product
