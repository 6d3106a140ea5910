from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eq_in_filter import EqInFilter


T = TypeVar("T", bound="DigitalTwinFilterPromotionalAsset")


@_attrs_define
class DigitalTwinFilterPromotionalAsset:
    """
    Attributes:
        ids (list[str] | Unset):
        brand_id (EqInFilter | Unset): Matches one value (`eq`) or any of several (`in`).
    """

    ids: list[str] | Unset = UNSET
    brand_id: EqInFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        brand_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand_id, Unset):
            brand_id = self.brand_id.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.eq_in_filter import EqInFilter

        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        _brand_id = d.pop("brandId", UNSET)
        brand_id: EqInFilter | Unset
        if isinstance(_brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = EqInFilter.from_dict(_brand_id)

        digital_twin_filter_promotional_asset = cls(
            ids=ids,
            brand_id=brand_id,
        )

        return digital_twin_filter_promotional_asset
