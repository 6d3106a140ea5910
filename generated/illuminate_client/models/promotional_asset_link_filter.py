from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ids_filter import IdsFilter


T = TypeVar("T", bound="PromotionalAssetLinkFilter")


@_attrs_define
class PromotionalAssetLinkFilter:
    """
    Attributes:
        product (IdsFilter | Unset):
        product_variant (IdsFilter | Unset):
        promotional_asset (IdsFilter | Unset):
    """

    product: IdsFilter | Unset = UNSET
    product_variant: IdsFilter | Unset = UNSET
    promotional_asset: IdsFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        product_variant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_variant, Unset):
            product_variant = self.product_variant.to_dict()

        promotional_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotional_asset, Unset):
            promotional_asset = self.promotional_asset.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if product_variant is not UNSET:
            field_dict["productVariant"] = product_variant
        if promotional_asset is not UNSET:
            field_dict["promotionalAsset"] = promotional_asset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ids_filter import IdsFilter

        if not isinstance(src_dict, Mapping):
            raise TypeError("PromotionalAssetLinkFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_product = d.pop("product", UNSET)
        if _raw_product is not UNSET and not (isinstance(_raw_product, Mapping)):
            raise TypeError("PromotionalAssetLinkFilter.product: expected object, got " + type(_raw_product).__name__)
        _product = _raw_product
        product: IdsFilter | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = IdsFilter.from_dict(_product)

        _raw_product_variant = d.pop("productVariant", UNSET)
        if _raw_product_variant is not UNSET and not (isinstance(_raw_product_variant, Mapping)):
            raise TypeError(
                "PromotionalAssetLinkFilter.productVariant: expected object, got " + type(_raw_product_variant).__name__
            )
        _product_variant = _raw_product_variant
        product_variant: IdsFilter | Unset
        if isinstance(_product_variant, Unset):
            product_variant = UNSET
        else:
            product_variant = IdsFilter.from_dict(_product_variant)

        _raw_promotional_asset = d.pop("promotionalAsset", UNSET)
        if _raw_promotional_asset is not UNSET and not (isinstance(_raw_promotional_asset, Mapping)):
            raise TypeError(
                "PromotionalAssetLinkFilter.promotionalAsset: expected object, got "
                + type(_raw_promotional_asset).__name__
            )
        _promotional_asset = _raw_promotional_asset
        promotional_asset: IdsFilter | Unset
        if isinstance(_promotional_asset, Unset):
            promotional_asset = UNSET
        else:
            promotional_asset = IdsFilter.from_dict(_promotional_asset)

        promotional_asset_link_filter = cls(
            product=product,
            product_variant=product_variant,
            promotional_asset=promotional_asset,
        )

        return promotional_asset_link_filter
