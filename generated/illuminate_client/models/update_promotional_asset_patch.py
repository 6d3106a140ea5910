from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="UpdatePromotionalAssetPatch")


@_attrs_define
class UpdatePromotionalAssetPatch:
    """Fields to change; absent fields keep their values.

    Attributes:
        asset_type_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        brand_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
        customer_identifier (str | Unset):
        end_date (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        start_date (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
    """

    asset_type_id: str | Unset = UNSET
    brand_id: str | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    customer_identifier: str | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        asset_type_id = self.asset_type_id

        brand_id = self.brand_id

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        customer_identifier = self.customer_identifier

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if asset_type_id is not UNSET:
            field_dict["assetTypeId"] = asset_type_id
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if customer_identifier is not UNSET:
            field_dict["customerIdentifier"] = customer_identifier
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_attributes import CustomAttributes

        if not isinstance(src_dict, Mapping):
            raise TypeError("UpdatePromotionalAssetPatch: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_asset_type_id = d.pop("assetTypeId", UNSET)
        if _raw_asset_type_id is not UNSET and not (isinstance(_raw_asset_type_id, str)):
            raise TypeError(
                "UpdatePromotionalAssetPatch.assetTypeId: expected string, got " + type(_raw_asset_type_id).__name__
            )
        asset_type_id = _raw_asset_type_id

        _raw_brand_id = d.pop("brandId", UNSET)
        if _raw_brand_id is not UNSET and not (isinstance(_raw_brand_id, str)):
            raise TypeError("UpdatePromotionalAssetPatch.brandId: expected string, got " + type(_raw_brand_id).__name__)
        brand_id = _raw_brand_id

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (isinstance(_raw_custom_attributes, Mapping)):
            raise TypeError(
                "UpdatePromotionalAssetPatch.customAttributes: expected object, got "
                + type(_raw_custom_attributes).__name__
            )
        _custom_attributes = _raw_custom_attributes
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        _raw_customer_identifier = d.pop("customerIdentifier", UNSET)
        if _raw_customer_identifier is not UNSET and not (isinstance(_raw_customer_identifier, str)):
            raise TypeError(
                "UpdatePromotionalAssetPatch.customerIdentifier: expected string, got "
                + type(_raw_customer_identifier).__name__
            )
        customer_identifier = _raw_customer_identifier

        _raw_end_date = d.pop("endDate", UNSET)
        if _raw_end_date is not UNSET and not (isinstance(_raw_end_date, str)):
            raise TypeError(
                "UpdatePromotionalAssetPatch.endDate: expected date-time string, got " + type(_raw_end_date).__name__
            )
        try:
            _end_date = _raw_end_date
            end_date: datetime.datetime | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.datetime.fromisoformat(_end_date)

        except ValueError:
            raise TypeError("UpdatePromotionalAssetPatch.endDate: not a valid date-time string") from None

        _raw_start_date = d.pop("startDate", UNSET)
        if _raw_start_date is not UNSET and not (isinstance(_raw_start_date, str)):
            raise TypeError(
                "UpdatePromotionalAssetPatch.startDate: expected date-time string, got "
                + type(_raw_start_date).__name__
            )
        try:
            _start_date = _raw_start_date
            start_date: datetime.datetime | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.datetime.fromisoformat(_start_date)

        except ValueError:
            raise TypeError("UpdatePromotionalAssetPatch.startDate: not a valid date-time string") from None

        update_promotional_asset_patch = cls(
            asset_type_id=asset_type_id,
            brand_id=brand_id,
            custom_attributes=custom_attributes,
            customer_identifier=customer_identifier,
            end_date=end_date,
            start_date=start_date,
        )

        return update_promotional_asset_patch
