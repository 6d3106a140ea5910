from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ids_filter import IdsFilter


T = TypeVar("T", bound="AssetTypeFilter")


@_attrs_define
class AssetTypeFilter:
    """
    Attributes:
        asset_type (IdsFilter | Unset):
    """

    asset_type: IdsFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        asset_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ids_filter import IdsFilter

        if not isinstance(src_dict, Mapping):
            raise TypeError("AssetTypeFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_asset_type = d.pop("assetType", UNSET)
        if _raw_asset_type is not UNSET and not (isinstance(_raw_asset_type, Mapping)):
            raise TypeError("AssetTypeFilter.assetType: expected object, got " + type(_raw_asset_type).__name__)
        _asset_type = _raw_asset_type
        asset_type: IdsFilter | Unset
        if isinstance(_asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = IdsFilter.from_dict(_asset_type)

        asset_type_filter = cls(
            asset_type=asset_type,
        )

        return asset_type_filter
