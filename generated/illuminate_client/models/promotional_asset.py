from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        custom_attributes (CustomAttributes | None | Unset):
        customer_identifier (None | str | Unset):
        end_date (datetime.datetime | None | Unset):
        product_count (float | None | Unset):
        product_variant_count (float | None | Unset):
        start_date (datetime.datetime | None | Unset):
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
    custom_attributes: CustomAttributes | None | Unset = UNSET
    customer_identifier: None | str | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    product_count: float | None | Unset = UNSET
    product_variant_count: float | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_attributes import CustomAttributes

        account_id = self.account_id

        asset_type_id = self.asset_type_id

        brand_id = self.brand_id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        description_short = self.description_short

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CustomAttributes):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        customer_identifier: None | str | Unset
        if isinstance(self.customer_identifier, Unset):
            customer_identifier = UNSET
        else:
            customer_identifier = self.customer_identifier

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        product_count: float | None | Unset
        if isinstance(self.product_count, Unset):
            product_count = UNSET
        else:
            product_count = self.product_count

        product_variant_count: float | None | Unset
        if isinstance(self.product_variant_count, Unset):
            product_variant_count = UNSET
        else:
            product_variant_count = self.product_variant_count

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

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

        if not isinstance(src_dict, Mapping):
            raise TypeError("PromotionalAsset: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "PromotionalAsset.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_asset_type_id = d.pop("assetTypeId", UNSET)
        if not (isinstance(_raw_asset_type_id, str)):
            raise TypeError(
                "PromotionalAsset.assetTypeId: "
                + (
                    "required field missing"
                    if _raw_asset_type_id is UNSET
                    else "expected string, got " + type(_raw_asset_type_id).__name__
                )
            )
        asset_type_id = _raw_asset_type_id

        _raw_brand_id = d.pop("brandId", UNSET)
        if not (isinstance(_raw_brand_id, str)):
            raise TypeError(
                "PromotionalAsset.brandId: "
                + (
                    "required field missing"
                    if _raw_brand_id is UNSET
                    else "expected string, got " + type(_raw_brand_id).__name__
                )
            )
        brand_id = _raw_brand_id

        _raw_created = d.pop("created", UNSET)
        if not (isinstance(_raw_created, str)):
            raise TypeError(
                "PromotionalAsset.created: "
                + (
                    "required field missing"
                    if _raw_created is UNSET
                    else "expected date-time string, got " + type(_raw_created).__name__
                )
            )
        try:
            created = datetime.datetime.fromisoformat(_raw_created)

        except ValueError:
            raise TypeError("PromotionalAsset.created: not a valid date-time string") from None

        _raw_created_by_id = d.pop("createdById", UNSET)
        if not (isinstance(_raw_created_by_id, str)):
            raise TypeError(
                "PromotionalAsset.createdById: "
                + (
                    "required field missing"
                    if _raw_created_by_id is UNSET
                    else "expected string, got " + type(_raw_created_by_id).__name__
                )
            )
        created_by_id = _raw_created_by_id

        _raw_description_short = d.pop("descriptionShort", UNSET)
        if not (isinstance(_raw_description_short, str)):
            raise TypeError(
                "PromotionalAsset.descriptionShort: "
                + (
                    "required field missing"
                    if _raw_description_short is UNSET
                    else "expected string, got " + type(_raw_description_short).__name__
                )
            )
        description_short = _raw_description_short

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "PromotionalAsset.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_modified = d.pop("modified", UNSET)
        if not (isinstance(_raw_modified, str)):
            raise TypeError(
                "PromotionalAsset.modified: "
                + (
                    "required field missing"
                    if _raw_modified is UNSET
                    else "expected date-time string, got " + type(_raw_modified).__name__
                )
            )
        try:
            modified = datetime.datetime.fromisoformat(_raw_modified)

        except ValueError:
            raise TypeError("PromotionalAsset.modified: not a valid date-time string") from None

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if not (isinstance(_raw_modified_by_id, str)):
            raise TypeError(
                "PromotionalAsset.modifiedById: "
                + (
                    "required field missing"
                    if _raw_modified_by_id is UNSET
                    else "expected string, got " + type(_raw_modified_by_id).__name__
                )
            )
        modified_by_id = _raw_modified_by_id

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (
            isinstance(_raw_custom_attributes, Mapping) or _raw_custom_attributes is None
        ):
            raise TypeError(
                "PromotionalAsset.customAttributes: expected object or null, got "
                + type(_raw_custom_attributes).__name__
            )

        def _parse_custom_attributes(data: object) -> CustomAttributes | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_attributes_type_0 = CustomAttributes.from_dict(data)

                return custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(CustomAttributes | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        custom_attributes = _parse_custom_attributes(_raw_custom_attributes)

        _raw_customer_identifier = d.pop("customerIdentifier", UNSET)
        if _raw_customer_identifier is not UNSET and not (
            isinstance(_raw_customer_identifier, str) or _raw_customer_identifier is None
        ):
            raise TypeError(
                "PromotionalAsset.customerIdentifier: expected string or null, got "
                + type(_raw_customer_identifier).__name__
            )

        def _parse_customer_identifier(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        customer_identifier = _parse_customer_identifier(_raw_customer_identifier)

        _raw_end_date = d.pop("endDate", UNSET)
        if _raw_end_date is not UNSET and not (isinstance(_raw_end_date, str) or _raw_end_date is None):
            raise TypeError(
                "PromotionalAsset.endDate: expected date-time string or null, got " + type(_raw_end_date).__name__
            )

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        end_date = _parse_end_date(_raw_end_date)

        _raw_product_count = d.pop("productCount", UNSET)
        if _raw_product_count is not UNSET and not (
            (isinstance(_raw_product_count, (int, float)) and not isinstance(_raw_product_count, bool))
            or _raw_product_count is None
        ):
            raise TypeError(
                "PromotionalAsset.productCount: expected number or null, got " + type(_raw_product_count).__name__
            )

        def _parse_product_count(data: object) -> float | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if (isinstance(data, (int, float)) and not isinstance(data, bool)) or data is None:
                return cast(float | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product_count = _parse_product_count(_raw_product_count)

        _raw_product_variant_count = d.pop("productVariantCount", UNSET)
        if _raw_product_variant_count is not UNSET and not (
            (isinstance(_raw_product_variant_count, (int, float)) and not isinstance(_raw_product_variant_count, bool))
            or _raw_product_variant_count is None
        ):
            raise TypeError(
                "PromotionalAsset.productVariantCount: expected number or null, got "
                + type(_raw_product_variant_count).__name__
            )

        def _parse_product_variant_count(data: object) -> float | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if (isinstance(data, (int, float)) and not isinstance(data, bool)) or data is None:
                return cast(float | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product_variant_count = _parse_product_variant_count(_raw_product_variant_count)

        _raw_start_date = d.pop("startDate", UNSET)
        if _raw_start_date is not UNSET and not (isinstance(_raw_start_date, str) or _raw_start_date is None):
            raise TypeError(
                "PromotionalAsset.startDate: expected date-time string or null, got " + type(_raw_start_date).__name__
            )

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        start_date = _parse_start_date(_raw_start_date)

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
