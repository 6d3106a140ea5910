from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ids_filter import IdsFilter


T = TypeVar("T", bound="PromotionalAssetFilter")


@_attrs_define
class PromotionalAssetFilter:
    """
    Attributes:
        promotional_asset (IdsFilter | Unset):
    """

    promotional_asset: IdsFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        promotional_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotional_asset, Unset):
            promotional_asset = self.promotional_asset.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if promotional_asset is not UNSET:
            field_dict["promotionalAsset"] = promotional_asset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ids_filter import IdsFilter

        if not isinstance(src_dict, Mapping):
            raise TypeError("PromotionalAssetFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_promotional_asset = d.pop("promotionalAsset", UNSET)
        if _raw_promotional_asset is not UNSET and not (isinstance(_raw_promotional_asset, Mapping)):
            raise TypeError(
                "PromotionalAssetFilter.promotionalAsset: expected object, got " + type(_raw_promotional_asset).__name__
            )
        _promotional_asset = _raw_promotional_asset
        promotional_asset: IdsFilter | Unset
        if isinstance(_promotional_asset, Unset):
            promotional_asset = UNSET
        else:
            promotional_asset = IdsFilter.from_dict(_promotional_asset)

        promotional_asset_filter = cls(
            promotional_asset=promotional_asset,
        )

        return promotional_asset_filter
