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

        d = dict(src_dict)
        additional_trade_item_identification = d.pop("additionalTradeItemIdentification", UNSET)

        brand_id = d.pop("brandId", UNSET)

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        description_short = d.pop("descriptionShort", UNSET)

        descriptive_size = d.pop("descriptiveSize", UNSET)

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

        gpc_category_code = d.pop("gpcCategoryCode", UNSET)

        net_content = d.pop("netContent", UNSET)

        sub_brand_name = d.pop("subBrandName", UNSET)

        target_market_country_codes = cast(list[str], d.pop("targetMarketCountryCodes", UNSET))

        trade_item_description = d.pop("tradeItemDescription", UNSET)

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
