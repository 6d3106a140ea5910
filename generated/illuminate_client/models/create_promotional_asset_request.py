from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.digital_tag import DigitalTag
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="CreatePromotionalAssetRequest")


@_attrs_define
class CreatePromotionalAssetRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        asset_type_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        brand_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        description_short (str):
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
        customer_identifier (str | Unset):
        digital_tag (DigitalTag | Unset): Which data carriers to create.
        end_date (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        short_url_domain (str | Unset): Domain for short URLs, given as a URL such as https://mydomain.com/. Example:
            https://mydomain.com/.
        start_date (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        url_format (UrlFormat | Unset): How a QR code's URL is built.
        use_default_settings (bool | Unset):
    """

    account_id: str
    asset_type_id: str
    brand_id: str
    description_short: str
    custom_attributes: CustomAttributes | Unset = UNSET
    customer_identifier: str | Unset = UNSET
    digital_tag: DigitalTag | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    short_url_domain: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET
    use_default_settings: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        asset_type_id = self.asset_type_id

        brand_id = self.brand_id

        description_short = self.description_short

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        customer_identifier = self.customer_identifier

        digital_tag: str | Unset = UNSET
        if not isinstance(self.digital_tag, Unset):
            digital_tag = self.digital_tag.value

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        short_url_domain = self.short_url_domain

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        use_default_settings = self.use_default_settings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "assetTypeId": asset_type_id,
                "brandId": brand_id,
                "descriptionShort": description_short,
            }
        )
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if customer_identifier is not UNSET:
            field_dict["customerIdentifier"] = customer_identifier
        if digital_tag is not UNSET:
            field_dict["digitalTag"] = digital_tag
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if short_url_domain is not UNSET:
            field_dict["shortUrlDomain"] = short_url_domain
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format
        if use_default_settings is not UNSET:
            field_dict["useDefaultSettings"] = use_default_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_attributes import CustomAttributes

        if not isinstance(src_dict, Mapping):
            raise TypeError("CreatePromotionalAssetRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "CreatePromotionalAssetRequest.accountId: "
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
                "CreatePromotionalAssetRequest.assetTypeId: "
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
                "CreatePromotionalAssetRequest.brandId: "
                + (
                    "required field missing"
                    if _raw_brand_id is UNSET
                    else "expected string, got " + type(_raw_brand_id).__name__
                )
            )
        brand_id = _raw_brand_id

        _raw_description_short = d.pop("descriptionShort", UNSET)
        if not (isinstance(_raw_description_short, str)):
            raise TypeError(
                "CreatePromotionalAssetRequest.descriptionShort: "
                + (
                    "required field missing"
                    if _raw_description_short is UNSET
                    else "expected string, got " + type(_raw_description_short).__name__
                )
            )
        description_short = _raw_description_short

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (isinstance(_raw_custom_attributes, Mapping)):
            raise TypeError(
                "CreatePromotionalAssetRequest.customAttributes: expected object, got "
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
                "CreatePromotionalAssetRequest.customerIdentifier: expected string, got "
                + type(_raw_customer_identifier).__name__
            )
        customer_identifier = _raw_customer_identifier

        _raw_digital_tag = d.pop("digitalTag", UNSET)
        if _raw_digital_tag is not UNSET and not (isinstance(_raw_digital_tag, str)):
            raise TypeError(
                "CreatePromotionalAssetRequest.digitalTag: expected one of the listed values, got "
                + type(_raw_digital_tag).__name__
            )
        try:
            _digital_tag = _raw_digital_tag
            digital_tag: DigitalTag | Unset
            if isinstance(_digital_tag, Unset):
                digital_tag = UNSET
            else:
                digital_tag = DigitalTag(_digital_tag)

        except ValueError:
            raise TypeError("CreatePromotionalAssetRequest.digitalTag: not a valid one of the listed values") from None

        _raw_end_date = d.pop("endDate", UNSET)
        if _raw_end_date is not UNSET and not (isinstance(_raw_end_date, str)):
            raise TypeError(
                "CreatePromotionalAssetRequest.endDate: expected date-time string, got " + type(_raw_end_date).__name__
            )
        try:
            _end_date = _raw_end_date
            end_date: datetime.datetime | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.datetime.fromisoformat(_end_date)

        except ValueError:
            raise TypeError("CreatePromotionalAssetRequest.endDate: not a valid date-time string") from None

        _raw_short_url_domain = d.pop("shortUrlDomain", UNSET)
        if _raw_short_url_domain is not UNSET and not (isinstance(_raw_short_url_domain, str)):
            raise TypeError(
                "CreatePromotionalAssetRequest.shortUrlDomain: expected string, got "
                + type(_raw_short_url_domain).__name__
            )
        short_url_domain = _raw_short_url_domain

        _raw_start_date = d.pop("startDate", UNSET)
        if _raw_start_date is not UNSET and not (isinstance(_raw_start_date, str)):
            raise TypeError(
                "CreatePromotionalAssetRequest.startDate: expected date-time string, got "
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
            raise TypeError("CreatePromotionalAssetRequest.startDate: not a valid date-time string") from None

        _raw_url_format = d.pop("urlFormat", UNSET)
        if _raw_url_format is not UNSET and not (isinstance(_raw_url_format, str)):
            raise TypeError(
                "CreatePromotionalAssetRequest.urlFormat: expected one of the listed values, got "
                + type(_raw_url_format).__name__
            )
        try:
            _url_format = _raw_url_format
            url_format: UrlFormat | Unset
            if isinstance(_url_format, Unset):
                url_format = UNSET
            else:
                url_format = UrlFormat(_url_format)

        except ValueError:
            raise TypeError("CreatePromotionalAssetRequest.urlFormat: not a valid one of the listed values") from None

        _raw_use_default_settings = d.pop("useDefaultSettings", UNSET)
        if _raw_use_default_settings is not UNSET and not (isinstance(_raw_use_default_settings, bool)):
            raise TypeError(
                "CreatePromotionalAssetRequest.useDefaultSettings: expected boolean, got "
                + type(_raw_use_default_settings).__name__
            )
        use_default_settings = _raw_use_default_settings

        create_promotional_asset_request = cls(
            account_id=account_id,
            asset_type_id=asset_type_id,
            brand_id=brand_id,
            description_short=description_short,
            custom_attributes=custom_attributes,
            customer_identifier=customer_identifier,
            digital_tag=digital_tag,
            end_date=end_date,
            short_url_domain=short_url_domain,
            start_date=start_date,
            url_format=url_format,
            use_default_settings=use_default_settings,
        )

        return create_promotional_asset_request
