from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ids_filter import IdsFilter


T = TypeVar("T", bound="BrandFilter")


@_attrs_define
class BrandFilter:
    """
    Attributes:
        brand (IdsFilter | Unset):
    """

    brand: IdsFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ids_filter import IdsFilter

        if not isinstance(src_dict, Mapping):
            raise TypeError("BrandFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_brand = d.pop("brand", UNSET)
        if _raw_brand is not UNSET and not (isinstance(_raw_brand, Mapping)):
            raise TypeError("BrandFilter.brand: expected object, got " + type(_raw_brand).__name__)
        _brand = _raw_brand
        brand: IdsFilter | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = IdsFilter.from_dict(_brand)

        brand_filter = cls(
            brand=brand,
        )

        return brand_filter
