from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionalAssetLinkInput")


@_attrs_define
class PromotionalAssetLinkInput:
    """One link to create; name exactly one of `productId` and `productVariantId`.

    Attributes:
        promotional_asset_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_variant_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
    """

    promotional_asset_id: str
    product_id: str | Unset = UNSET
    product_variant_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        promotional_asset_id = self.promotional_asset_id

        product_id = self.product_id

        product_variant_id = self.product_variant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "promotionalAssetId": promotional_asset_id,
            }
        )
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if product_variant_id is not UNSET:
            field_dict["productVariantId"] = product_variant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PromotionalAssetLinkInput: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_promotional_asset_id = d.pop("promotionalAssetId", UNSET)
        if not (isinstance(_raw_promotional_asset_id, str)):
            raise TypeError(
                "PromotionalAssetLinkInput.promotionalAssetId: "
                + (
                    "required field missing"
                    if _raw_promotional_asset_id is UNSET
                    else "expected string, got " + type(_raw_promotional_asset_id).__name__
                )
            )
        promotional_asset_id = _raw_promotional_asset_id

        _raw_product_id = d.pop("productId", UNSET)
        if _raw_product_id is not UNSET and not (isinstance(_raw_product_id, str)):
            raise TypeError(
                "PromotionalAssetLinkInput.productId: expected string, got " + type(_raw_product_id).__name__
            )
        product_id = _raw_product_id

        _raw_product_variant_id = d.pop("productVariantId", UNSET)
        if _raw_product_variant_id is not UNSET and not (isinstance(_raw_product_variant_id, str)):
            raise TypeError(
                "PromotionalAssetLinkInput.productVariantId: expected string, got "
                + type(_raw_product_variant_id).__name__
            )
        product_variant_id = _raw_product_variant_id

        promotional_asset_link_input = cls(
            promotional_asset_id=promotional_asset_id,
            product_id=product_id,
            product_variant_id=product_variant_id,
        )

        return promotional_asset_link_input
