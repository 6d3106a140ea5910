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

        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwinFilterPromotionalAsset: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_ids = d.pop("ids", UNSET)
        if _raw_ids is not UNSET and not (
            isinstance(_raw_ids, list) and all(isinstance(_item, str) for _item in _raw_ids)
        ):
            raise TypeError("DigitalTwinFilterPromotionalAsset.ids: expected array, got " + type(_raw_ids).__name__)
        ids = cast(list[str], _raw_ids)

        _raw_brand_id = d.pop("brandId", UNSET)
        if _raw_brand_id is not UNSET and not (isinstance(_raw_brand_id, Mapping)):
            raise TypeError(
                "DigitalTwinFilterPromotionalAsset.brandId: expected object, got " + type(_raw_brand_id).__name__
            )
        _brand_id = _raw_brand_id
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
