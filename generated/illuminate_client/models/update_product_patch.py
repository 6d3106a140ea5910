from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="UpdateProductPatch")


@_attrs_define
class UpdateProductPatch:
    """Fields to change; absent fields keep their values.

    Attributes:
        additional_trade_item_identification (str | Unset):
        brand_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
        description_short (str | Unset):
        descriptive_size (str | Unset):
        end_availability_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        first_order_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        functional_name_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        gpc_category_code (str | Unset):
        net_content (str | Unset):
        sub_brand_name (str | Unset):
        target_market_country_codes (list[str] | Unset):
        trade_item_description (str | Unset):
    """

    additional_trade_item_identification: str | Unset = UNSET
    brand_id: str | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    description_short: str | Unset = UNSET
    descriptive_size: str | Unset = UNSET
    end_availability_date_time: datetime.datetime | Unset = UNSET
    first_order_date_time: datetime.datetime | Unset = UNSET
    functional_name_id: str | Unset = UNSET
    gpc_category_code: str | Unset = UNSET
    net_content: str | Unset = UNSET
    sub_brand_name: str | Unset = UNSET
    target_market_country_codes: list[str] | Unset = UNSET
    trade_item_description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        additional_trade_item_identification = self.additional_trade_item_identification

        brand_id = self.brand_id

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        description_short = self.description_short

        descriptive_size = self.descriptive_size

        end_availability_date_time: str | Unset = UNSET
        if not isinstance(self.end_availability_date_time, Unset):
            end_availability_date_time = self.end_availability_date_time.isoformat()

        first_order_date_time: str | Unset = UNSET
        if not isinstance(self.first_order_date_time, Unset):
            first_order_date_time = self.first_order_date_time.isoformat()

        functional_name_id = self.functional_name_id

        gpc_category_code = self.gpc_category_code

        net_content = self.net_content

        sub_brand_name = self.sub_brand_name

        target_market_country_codes: list[str] | Unset = UNSET
        if not isinstance(self.target_market_country_codes, Unset):
            target_market_country_codes = self.target_market_country_codes

        trade_item_description = self.trade_item_description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if additional_trade_item_identification is not UNSET:
            field_dict["additionalTradeItemIdentification"] = additional_trade_item_identification
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if description_short is not UNSET:
            field_dict["descriptionShort"] = description_short
        if descriptive_size is not UNSET:
            field_dict["descriptiveSize"] = descriptive_size
        if end_availability_date_time is not UNSET:
            field_dict["endAvailabilityDateTime"] = end_availability_date_time
        if first_order_date_time is not UNSET:
            field_dict["firstOrderDateTime"] = first_order_date_time
        if functional_name_id is not UNSET:
            field_dict["functionalNameId"] = functional_name_id
        if gpc_category_code is not UNSET:
            field_dict["gpcCategoryCode"] = gpc_category_code
        if net_content is not UNSET:
            field_dict["netContent"] = net_content
        if sub_brand_name is not UNSET:
            field_dict["subBrandName"] = sub_brand_name
        if target_market_country_codes is not UNSET:
            field_dict["targetMarketCountryCodes"] = target_market_country_codes
        if trade_item_description is not UNSET:
            field_dict["tradeItemDescription"] = trade_item_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_attributes import CustomAttributes

        if not isinstance(src_dict, Mapping):
            raise TypeError("UpdateProductPatch: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_additional_trade_item_identification = d.pop("additionalTradeItemIdentification", UNSET)
        if _raw_additional_trade_item_identification is not UNSET and not (
            isinstance(_raw_additional_trade_item_identification, str)
        ):
            raise TypeError(
                "UpdateProductPatch.additionalTradeItemIdentification: expected string, got "
                + type(_raw_additional_trade_item_identification).__name__
            )
        additional_trade_item_identification = _raw_additional_trade_item_identification

        _raw_brand_id = d.pop("brandId", UNSET)
        if _raw_brand_id is not UNSET and not (isinstance(_raw_brand_id, str)):
            raise TypeError("UpdateProductPatch.brandId: expected string, got " + type(_raw_brand_id).__name__)
        brand_id = _raw_brand_id

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (isinstance(_raw_custom_attributes, Mapping)):
            raise TypeError(
                "UpdateProductPatch.customAttributes: expected object, got " + type(_raw_custom_attributes).__name__
            )
        _custom_attributes = _raw_custom_attributes
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        _raw_description_short = d.pop("descriptionShort", UNSET)
        if _raw_description_short is not UNSET and not (isinstance(_raw_description_short, str)):
            raise TypeError(
                "UpdateProductPatch.descriptionShort: expected string, got " + type(_raw_description_short).__name__
            )
        description_short = _raw_description_short

        _raw_descriptive_size = d.pop("descriptiveSize", UNSET)
        if _raw_descriptive_size is not UNSET and not (isinstance(_raw_descriptive_size, str)):
            raise TypeError(
                "UpdateProductPatch.descriptiveSize: expected string, got " + type(_raw_descriptive_size).__name__
            )
        descriptive_size = _raw_descriptive_size

        _raw_end_availability_date_time = d.pop("endAvailabilityDateTime", UNSET)
        if _raw_end_availability_date_time is not UNSET and not (isinstance(_raw_end_availability_date_time, str)):
            raise TypeError(
                "UpdateProductPatch.endAvailabilityDateTime: expected date-time string, got "
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
            raise TypeError("UpdateProductPatch.endAvailabilityDateTime: not a valid date-time string") from None

        _raw_first_order_date_time = d.pop("firstOrderDateTime", UNSET)
        if _raw_first_order_date_time is not UNSET and not (isinstance(_raw_first_order_date_time, str)):
            raise TypeError(
                "UpdateProductPatch.firstOrderDateTime: expected date-time string, got "
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
            raise TypeError("UpdateProductPatch.firstOrderDateTime: not a valid date-time string") from None

        _raw_functional_name_id = d.pop("functionalNameId", UNSET)
        if _raw_functional_name_id is not UNSET and not (isinstance(_raw_functional_name_id, str)):
            raise TypeError(
                "UpdateProductPatch.functionalNameId: expected string, got " + type(_raw_functional_name_id).__name__
            )
        functional_name_id = _raw_functional_name_id

        _raw_gpc_category_code = d.pop("gpcCategoryCode", UNSET)
        if _raw_gpc_category_code is not UNSET and not (isinstance(_raw_gpc_category_code, str)):
            raise TypeError(
                "UpdateProductPatch.gpcCategoryCode: expected string, got " + type(_raw_gpc_category_code).__name__
            )
        gpc_category_code = _raw_gpc_category_code

        _raw_net_content = d.pop("netContent", UNSET)
        if _raw_net_content is not UNSET and not (isinstance(_raw_net_content, str)):
            raise TypeError("UpdateProductPatch.netContent: expected string, got " + type(_raw_net_content).__name__)
        net_content = _raw_net_content

        _raw_sub_brand_name = d.pop("subBrandName", UNSET)
        if _raw_sub_brand_name is not UNSET and not (isinstance(_raw_sub_brand_name, str)):
            raise TypeError(
                "UpdateProductPatch.subBrandName: expected string, got " + type(_raw_sub_brand_name).__name__
            )
        sub_brand_name = _raw_sub_brand_name

        _raw_target_market_country_codes = d.pop("targetMarketCountryCodes", UNSET)
        if _raw_target_market_country_codes is not UNSET and not (
            isinstance(_raw_target_market_country_codes, list)
            and all(isinstance(_item, str) for _item in _raw_target_market_country_codes)
        ):
            raise TypeError(
                "UpdateProductPatch.targetMarketCountryCodes: expected array, got "
                + type(_raw_target_market_country_codes).__name__
            )
        target_market_country_codes = cast(list[str], _raw_target_market_country_codes)

        _raw_trade_item_description = d.pop("tradeItemDescription", UNSET)
        if _raw_trade_item_description is not UNSET and not (isinstance(_raw_trade_item_description, str)):
            raise TypeError(
                "UpdateProductPatch.tradeItemDescription: expected string, got "
                + type(_raw_trade_item_description).__name__
            )
        trade_item_description = _raw_trade_item_description

        update_product_patch = cls(
            additional_trade_item_identification=additional_trade_item_identification,
            brand_id=brand_id,
            custom_attributes=custom_attributes,
            description_short=description_short,
            descriptive_size=descriptive_size,
            end_availability_date_time=end_availability_date_time,
            first_order_date_time=first_order_date_time,
            functional_name_id=functional_name_id,
            gpc_category_code=gpc_category_code,
            net_content=net_content,
            sub_brand_name=sub_brand_name,
            target_market_country_codes=target_market_country_codes,
            trade_item_description=trade_item_description,
        )

        return update_product_patch
