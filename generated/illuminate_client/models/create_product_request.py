from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.digital_tag import DigitalTag
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="CreateProductRequest")


@_attrs_define
class CreateProductRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        brand_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        description_short (str): The product's name.
        gpc_category_code (str):  Example: 53000000.
        identifier (str): Primary identifier such as a GTIN or SKU. Example: 01234567891224.
        additional_trade_item_identification (str | Unset): Extra identifier some accounts allow (for example an online
            retailer's); each account sets its own limit, never over 64 characters.
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
        descriptive_size (str | Unset):
        digital_tag (DigitalTag | Unset): Which data carriers to create.
        end_availability_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        first_order_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        functional_name_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        net_content (str | Unset):
        short_url_domain (str | Unset): Domain for short URLs, given as a URL such as https://mydomain.com/. Example:
            https://mydomain.com/.
        sub_brand_name (str | Unset): Reserved for future use.
        target_market_country_codes (list[str] | Unset):
        trade_item_description (str | Unset):
        url_format (UrlFormat | Unset): How a QR code's URL is built.
        use_default_settings (bool | Unset): Create the account's default data carriers with default values.
    """

    account_id: str
    brand_id: str
    description_short: str
    gpc_category_code: str
    identifier: str
    additional_trade_item_identification: str | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    descriptive_size: str | Unset = UNSET
    digital_tag: DigitalTag | Unset = UNSET
    end_availability_date_time: datetime.datetime | Unset = UNSET
    first_order_date_time: datetime.datetime | Unset = UNSET
    functional_name_id: str | Unset = UNSET
    net_content: str | Unset = UNSET
    short_url_domain: str | Unset = UNSET
    sub_brand_name: str | Unset = UNSET
    target_market_country_codes: list[str] | Unset = UNSET
    trade_item_description: str | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET
    use_default_settings: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        brand_id = self.brand_id

        description_short = self.description_short

        gpc_category_code = self.gpc_category_code

        identifier = self.identifier

        additional_trade_item_identification = self.additional_trade_item_identification

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        descriptive_size = self.descriptive_size

        digital_tag: str | Unset = UNSET
        if not isinstance(self.digital_tag, Unset):
            digital_tag = self.digital_tag.value

        end_availability_date_time: str | Unset = UNSET
        if not isinstance(self.end_availability_date_time, Unset):
            end_availability_date_time = self.end_availability_date_time.isoformat()

        first_order_date_time: str | Unset = UNSET
        if not isinstance(self.first_order_date_time, Unset):
            first_order_date_time = self.first_order_date_time.isoformat()

        functional_name_id = self.functional_name_id

        net_content = self.net_content

        short_url_domain = self.short_url_domain

        sub_brand_name = self.sub_brand_name

        target_market_country_codes: list[str] | Unset = UNSET
        if not isinstance(self.target_market_country_codes, Unset):
            target_market_country_codes = self.target_market_country_codes

        trade_item_description = self.trade_item_description

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        use_default_settings = self.use_default_settings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "brandId": brand_id,
                "descriptionShort": description_short,
                "gpcCategoryCode": gpc_category_code,
                "identifier": identifier,
            }
        )
        if additional_trade_item_identification is not UNSET:
            field_dict["additionalTradeItemIdentification"] = additional_trade_item_identification
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if descriptive_size is not UNSET:
            field_dict["descriptiveSize"] = descriptive_size
        if digital_tag is not UNSET:
            field_dict["digitalTag"] = digital_tag
        if end_availability_date_time is not UNSET:
            field_dict["endAvailabilityDateTime"] = end_availability_date_time
        if first_order_date_time is not UNSET:
            field_dict["firstOrderDateTime"] = first_order_date_time
        if functional_name_id is not UNSET:
            field_dict["functionalNameId"] = functional_name_id
        if net_content is not UNSET:
            field_dict["netContent"] = net_content
        if short_url_domain is not UNSET:
            field_dict["shortUrlDomain"] = short_url_domain
        if sub_brand_name is not UNSET:
            field_dict["subBrandName"] = sub_brand_name
        if target_market_country_codes is not UNSET:
            field_dict["targetMarketCountryCodes"] = target_market_country_codes
        if trade_item_description is not UNSET:
            field_dict["tradeItemDescription"] = trade_item_description
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format
        if use_default_settings is not UNSET:
            field_dict["useDefaultSettings"] = use_default_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_attributes import CustomAttributes

        if not isinstance(src_dict, Mapping):
            raise TypeError("CreateProductRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "CreateProductRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_brand_id = d.pop("brandId", UNSET)
        if not (isinstance(_raw_brand_id, str)):
            raise TypeError(
                "CreateProductRequest.brandId: "
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
                "CreateProductRequest.descriptionShort: "
                + (
                    "required field missing"
                    if _raw_description_short is UNSET
                    else "expected string, got " + type(_raw_description_short).__name__
                )
            )
        description_short = _raw_description_short

        _raw_gpc_category_code = d.pop("gpcCategoryCode", UNSET)
        if not (isinstance(_raw_gpc_category_code, str)):
            raise TypeError(
                "CreateProductRequest.gpcCategoryCode: "
                + (
                    "required field missing"
                    if _raw_gpc_category_code is UNSET
                    else "expected string, got " + type(_raw_gpc_category_code).__name__
                )
            )
        gpc_category_code = _raw_gpc_category_code

        _raw_identifier = d.pop("identifier", UNSET)
        if not (isinstance(_raw_identifier, str)):
            raise TypeError(
                "CreateProductRequest.identifier: "
                + (
                    "required field missing"
                    if _raw_identifier is UNSET
                    else "expected string, got " + type(_raw_identifier).__name__
                )
            )
        identifier = _raw_identifier

        _raw_additional_trade_item_identification = d.pop("additionalTradeItemIdentification", UNSET)
        if _raw_additional_trade_item_identification is not UNSET and not (
            isinstance(_raw_additional_trade_item_identification, str)
        ):
            raise TypeError(
                "CreateProductRequest.additionalTradeItemIdentification: expected string, got "
                + type(_raw_additional_trade_item_identification).__name__
            )
        additional_trade_item_identification = _raw_additional_trade_item_identification

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (isinstance(_raw_custom_attributes, Mapping)):
            raise TypeError(
                "CreateProductRequest.customAttributes: expected object, got " + type(_raw_custom_attributes).__name__
            )
        _custom_attributes = _raw_custom_attributes
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        _raw_descriptive_size = d.pop("descriptiveSize", UNSET)
        if _raw_descriptive_size is not UNSET and not (isinstance(_raw_descriptive_size, str)):
            raise TypeError(
                "CreateProductRequest.descriptiveSize: expected string, got " + type(_raw_descriptive_size).__name__
            )
        descriptive_size = _raw_descriptive_size

        _raw_digital_tag = d.pop("digitalTag", UNSET)
        if _raw_digital_tag is not UNSET and not (isinstance(_raw_digital_tag, str)):
            raise TypeError(
                "CreateProductRequest.digitalTag: expected one of the listed values, got "
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
            raise TypeError("CreateProductRequest.digitalTag: not a valid one of the listed values") from None

        _raw_end_availability_date_time = d.pop("endAvailabilityDateTime", UNSET)
        if _raw_end_availability_date_time is not UNSET and not (isinstance(_raw_end_availability_date_time, str)):
            raise TypeError(
                "CreateProductRequest.endAvailabilityDateTime: expected date-time string, got "
                + type(_raw_end_availability_date_time).__name__
            )
        try:
            _end_availability_date_time = _raw_end_availability_date_time
            end_availability_date_time: datetime.datetime | Unset
            if isinstance(_end_availability_date_time, Unset):
                end_availability_date_time = UNSET
            else:
                end_availability_date_time = datetime.datetime.fromisoformat(_end_availability_date_time)

        except ValueError:
            raise TypeError("CreateProductRequest.endAvailabilityDateTime: not a valid date-time string") from None

        _raw_first_order_date_time = d.pop("firstOrderDateTime", UNSET)
        if _raw_first_order_date_time is not UNSET and not (isinstance(_raw_first_order_date_time, str)):
            raise TypeError(
                "CreateProductRequest.firstOrderDateTime: expected date-time string, got "
                + type(_raw_first_order_date_time).__name__
            )
        try:
            _first_order_date_time = _raw_first_order_date_time
            first_order_date_time: datetime.datetime | Unset
            if isinstance(_first_order_date_time, Unset):
                first_order_date_time = UNSET
            else:
                first_order_date_time = datetime.datetime.fromisoformat(_first_order_date_time)

        except ValueError:
            raise TypeError("CreateProductRequest.firstOrderDateTime: not a valid date-time string") from None

        _raw_functional_name_id = d.pop("functionalNameId", UNSET)
        if _raw_functional_name_id is not UNSET and not (isinstance(_raw_functional_name_id, str)):
            raise TypeError(
                "CreateProductRequest.functionalNameId: expected string, got " + type(_raw_functional_name_id).__name__
            )
        functional_name_id = _raw_functional_name_id

        _raw_net_content = d.pop("netContent", UNSET)
        if _raw_net_content is not UNSET and not (isinstance(_raw_net_content, str)):
            raise TypeError("CreateProductRequest.netContent: expected string, got " + type(_raw_net_content).__name__)
        net_content = _raw_net_content

        _raw_short_url_domain = d.pop("shortUrlDomain", UNSET)
        if _raw_short_url_domain is not UNSET and not (isinstance(_raw_short_url_domain, str)):
            raise TypeError(
                "CreateProductRequest.shortUrlDomain: expected string, got " + type(_raw_short_url_domain).__name__
            )
        short_url_domain = _raw_short_url_domain

        _raw_sub_brand_name = d.pop("subBrandName", UNSET)
        if _raw_sub_brand_name is not UNSET and not (isinstance(_raw_sub_brand_name, str)):
            raise TypeError(
                "CreateProductRequest.subBrandName: expected string, got " + type(_raw_sub_brand_name).__name__
            )
        sub_brand_name = _raw_sub_brand_name

        _raw_target_market_country_codes = d.pop("targetMarketCountryCodes", UNSET)
        if _raw_target_market_country_codes is not UNSET and not (
            isinstance(_raw_target_market_country_codes, list)
            and all(isinstance(_item, str) for _item in _raw_target_market_country_codes)
        ):
            raise TypeError(
                "CreateProductRequest.targetMarketCountryCodes: expected array, got "
                + type(_raw_target_market_country_codes).__name__
            )
        target_market_country_codes = cast(list[str], _raw_target_market_country_codes)

        _raw_trade_item_description = d.pop("tradeItemDescription", UNSET)
        if _raw_trade_item_description is not UNSET and not (isinstance(_raw_trade_item_description, str)):
            raise TypeError(
                "CreateProductRequest.tradeItemDescription: expected string, got "
                + type(_raw_trade_item_description).__name__
            )
        trade_item_description = _raw_trade_item_description

        _raw_url_format = d.pop("urlFormat", UNSET)
        if _raw_url_format is not UNSET and not (isinstance(_raw_url_format, str)):
            raise TypeError(
                "CreateProductRequest.urlFormat: expected one of the listed values, got "
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
            raise TypeError("CreateProductRequest.urlFormat: not a valid one of the listed values") from None

        _raw_use_default_settings = d.pop("useDefaultSettings", UNSET)
        if _raw_use_default_settings is not UNSET and not (isinstance(_raw_use_default_settings, bool)):
            raise TypeError(
                "CreateProductRequest.useDefaultSettings: expected boolean, got "
                + type(_raw_use_default_settings).__name__
            )
        use_default_settings = _raw_use_default_settings

        create_product_request = cls(
            account_id=account_id,
            brand_id=brand_id,
            description_short=description_short,
            gpc_category_code=gpc_category_code,
            identifier=identifier,
            additional_trade_item_identification=additional_trade_item_identification,
            custom_attributes=custom_attributes,
            descriptive_size=descriptive_size,
            digital_tag=digital_tag,
            end_availability_date_time=end_availability_date_time,
            first_order_date_time=first_order_date_time,
            functional_name_id=functional_name_id,
            net_content=net_content,
            short_url_domain=short_url_domain,
            sub_brand_name=sub_brand_name,
            target_market_country_codes=target_market_country_codes,
            trade_item_description=trade_item_description,
            url_format=url_format,
            use_default_settings=use_default_settings,
        )

        return create_product_request
