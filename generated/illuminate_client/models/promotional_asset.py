from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="PromotionalAsset")


@_attrs_define
class PromotionalAsset:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        asset_type_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        brand_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        description_short (str):
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
        customer_identifier (str | Unset):
        end_date (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        product_count (int | Unset):
        product_variant_count (int | Unset):
        start_date (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
    """

    account_id: str
    asset_type_id: str
    brand_id: str
    created: datetime.datetime
    created_by_id: str
    description_short: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    custom_attributes: CustomAttributes | Unset = UNSET
    customer_identifier: str | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    product_count: int | Unset = UNSET
    product_variant_count: int | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        asset_type_id = self.asset_type_id

        brand_id = self.brand_id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        description_short = self.description_short

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        customer_identifier = self.customer_identifier

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        product_count = self.product_count

        product_variant_count = self.product_variant_count

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "assetTypeId": asset_type_id,
                "brandId": brand_id,
                "created": created,
                "createdById": created_by_id,
                "descriptionShort": description_short,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
            }
        )
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if customer_identifier is not UNSET:
            field_dict["customerIdentifier"] = customer_identifier
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if product_count is not UNSET:
            field_dict["productCount"] = product_count
        if product_variant_count is not UNSET:
            field_dict["productVariantCount"] = product_variant_count
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_attributes import CustomAttributes

        d = dict(src_dict)
        account_id = d.pop("accountId")

        asset_type_id = d.pop("assetTypeId")

        brand_id = d.pop("brandId")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        description_short = d.pop("descriptionShort")

        id = d.pop("id")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        modified_by_id = d.pop("modifiedById")

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        customer_identifier = d.pop("customerIdentifier", UNSET)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        product_count = d.pop("productCount", UNSET)

        product_variant_count = d.pop("productVariantCount", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        promotional_asset = cls(
            account_id=account_id,
            asset_type_id=asset_type_id,
            brand_id=brand_id,
            created=created,
            created_by_id=created_by_id,
            description_short=description_short,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            custom_attributes=custom_attributes,
            customer_identifier=customer_identifier,
            end_date=end_date,
            product_count=product_count,
            product_variant_count=product_variant_count,
            start_date=start_date,
        )

        promotional_asset.additional_properties = d
        return promotional_asset

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
