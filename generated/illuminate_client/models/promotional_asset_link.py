from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionalAssetLink")


@_attrs_define
class PromotionalAssetLink:
    """A link between a promotional asset and one product or one product variant.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        promotional_asset_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_variant_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
    """

    account_id: str
    created: datetime.datetime
    created_by_id: str
    id: str
    promotional_asset_id: str
    product_id: str | Unset = UNSET
    product_variant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        id = self.id

        promotional_asset_id = self.promotional_asset_id

        product_id = self.product_id

        product_variant_id = self.product_variant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "created": created,
                "createdById": created_by_id,
                "id": id,
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
        d = dict(src_dict)
        account_id = d.pop("accountId")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        id = d.pop("id")

        promotional_asset_id = d.pop("promotionalAssetId")

        product_id = d.pop("productId", UNSET)

        product_variant_id = d.pop("productVariantId", UNSET)

        promotional_asset_link = cls(
            account_id=account_id,
            created=created,
            created_by_id=created_by_id,
            id=id,
            promotional_asset_id=promotional_asset_id,
            product_id=product_id,
            product_variant_id=product_variant_id,
        )

        promotional_asset_link.additional_properties = d
        return promotional_asset_link

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
