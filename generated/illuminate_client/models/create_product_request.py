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

        d = dict(src_dict)
        account_id = d.pop("accountId")

        brand_id = d.pop("brandId")

        description_short = d.pop("descriptionShort")

        gpc_category_code = d.pop("gpcCategoryCode")

        identifier = d.pop("identifier")

        additional_trade_item_identification = d.pop("additionalTradeItemIdentification", UNSET)

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        descriptive_size = d.pop("descriptiveSize", UNSET)

        _digital_tag = d.pop("digitalTag", UNSET)
        digital_tag: DigitalTag | Unset
        if isinstance(_digital_tag, Unset):
            digital_tag = UNSET
        else:
            digital_tag = DigitalTag(_digital_tag)

        _end_availability_date_time = d.pop("endAvailabilityDateTime", UNSET)
        end_availability_date_time: datetime.datetime | Unset
        if isinstance(_end_availability_date_time, Unset):
            end_availability_date_time = UNSET
        else:
            end_availability_date_time = datetime.datetime.fromisoformat(_end_availability_date_time)

        _first_order_date_time = d.pop("firstOrderDateTime", UNSET)
        first_order_date_time: datetime.datetime | Unset
        if isinstance(_first_order_date_time, Unset):
            first_order_date_time = UNSET
        else:
            first_order_date_time = datetime.datetime.fromisoformat(_first_order_date_time)

        functional_name_id = d.pop("functionalNameId", UNSET)

        net_content = d.pop("netContent", UNSET)

        short_url_domain = d.pop("shortUrlDomain", UNSET)

        sub_brand_name = d.pop("subBrandName", UNSET)

        target_market_country_codes = cast(list[str], d.pop("targetMarketCountryCodes", UNSET))

        trade_item_description = d.pop("tradeItemDescription", UNSET)

        _url_format = d.pop("urlFormat", UNSET)
        url_format: UrlFormat | Unset
        if isinstance(_url_format, Unset):
            url_format = UNSET
        else:
            url_format = UrlFormat(_url_format)

        use_default_settings = d.pop("useDefaultSettings", UNSET)

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
