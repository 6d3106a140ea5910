from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        brand_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        description_short (str): The product's name.
        gpc_category_code (str): GS1 Global Product Classification category code. Example: 53000000.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        identifier (str): Primary identifier such as a GTIN or SKU. Example: 01234567891224.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        additional_trade_item_identification (str | Unset):
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
        data_carrier_type_code (str | Unset):
        data_carrier_value (str | Unset):
        descriptive_size (str | Unset):
        end_availability_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        first_order_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its time part, e.g.
            2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        functional_name_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        net_content (str | Unset):
        product_variants_count (int | Unset):
        product_variants_with_tags_count (int | Unset): Variants that have a data carrier.
        sub_brand_name (str | Unset): Reserved for future use.
        target_market_country_codes (list[str] | Unset):
        trade_item_description (str | Unset):
    """

    account_id: str
    brand_id: str
    created: datetime.datetime
    created_by_id: str
    description_short: str
    gpc_category_code: str
    id: str
    identifier: str
    modified: datetime.datetime
    modified_by_id: str
    additional_trade_item_identification: str | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    data_carrier_type_code: str | Unset = UNSET
    data_carrier_value: str | Unset = UNSET
    descriptive_size: str | Unset = UNSET
    end_availability_date_time: datetime.datetime | Unset = UNSET
    first_order_date_time: datetime.datetime | Unset = UNSET
    functional_name_id: str | Unset = UNSET
    net_content: str | Unset = UNSET
    product_variants_count: int | Unset = UNSET
    product_variants_with_tags_count: int | Unset = UNSET
    sub_brand_name: str | Unset = UNSET
    target_market_country_codes: list[str] | Unset = UNSET
    trade_item_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        brand_id = self.brand_id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        description_short = self.description_short

        gpc_category_code = self.gpc_category_code

        id = self.id

        identifier = self.identifier

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        additional_trade_item_identification = self.additional_trade_item_identification

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        data_carrier_type_code = self.data_carrier_type_code

        data_carrier_value = self.data_carrier_value

        descriptive_size = self.descriptive_size

        end_availability_date_time: str | Unset = UNSET
        if not isinstance(self.end_availability_date_time, Unset):
            end_availability_date_time = self.end_availability_date_time.isoformat()

        first_order_date_time: str | Unset = UNSET
        if not isinstance(self.first_order_date_time, Unset):
            first_order_date_time = self.first_order_date_time.isoformat()

        functional_name_id = self.functional_name_id

        net_content = self.net_content

        product_variants_count = self.product_variants_count

        product_variants_with_tags_count = self.product_variants_with_tags_count

        sub_brand_name = self.sub_brand_name

        target_market_country_codes: list[str] | Unset = UNSET
        if not isinstance(self.target_market_country_codes, Unset):
            target_market_country_codes = self.target_market_country_codes

        trade_item_description = self.trade_item_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "brandId": brand_id,
                "created": created,
                "createdById": created_by_id,
                "descriptionShort": description_short,
                "gpcCategoryCode": gpc_category_code,
                "id": id,
                "identifier": identifier,
                "modified": modified,
                "modifiedById": modified_by_id,
            }
        )
        if additional_trade_item_identification is not UNSET:
            field_dict["additionalTradeItemIdentification"] = additional_trade_item_identification
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if data_carrier_type_code is not UNSET:
            field_dict["dataCarrierTypeCode"] = data_carrier_type_code
        if data_carrier_value is not UNSET:
            field_dict["dataCarrierValue"] = data_carrier_value
        if descriptive_size is not UNSET:
            field_dict["descriptiveSize"] = descriptive_size
        if end_availability_date_time is not UNSET:
            field_dict["endAvailabilityDateTime"] = end_availability_date_time
        if first_order_date_time is not UNSET:
            field_dict["firstOrderDateTime"] = first_order_date_time
        if functional_name_id is not UNSET:
            field_dict["functionalNameId"] = functional_name_id
        if net_content is not UNSET:
            field_dict["netContent"] = net_content
        if product_variants_count is not UNSET:
            field_dict["productVariantsCount"] = product_variants_count
        if product_variants_with_tags_count is not UNSET:
            field_dict["productVariantsWithTagsCount"] = product_variants_with_tags_count
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
        account_id = d.pop("accountId")

        brand_id = d.pop("brandId")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        description_short = d.pop("descriptionShort")

        gpc_category_code = d.pop("gpcCategoryCode")

        id = d.pop("id")

        identifier = d.pop("identifier")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        modified_by_id = d.pop("modifiedById")

        additional_trade_item_identification = d.pop("additionalTradeItemIdentification", UNSET)

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        data_carrier_type_code = d.pop("dataCarrierTypeCode", UNSET)

        data_carrier_value = d.pop("dataCarrierValue", UNSET)

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

        net_content = d.pop("netContent", UNSET)

        product_variants_count = d.pop("productVariantsCount", UNSET)

        product_variants_with_tags_count = d.pop("productVariantsWithTagsCount", UNSET)

        sub_brand_name = d.pop("subBrandName", UNSET)

        target_market_country_codes = cast(list[str], d.pop("targetMarketCountryCodes", UNSET))

        trade_item_description = d.pop("tradeItemDescription", UNSET)

        product = cls(
            account_id=account_id,
            brand_id=brand_id,
            created=created,
            created_by_id=created_by_id,
            description_short=description_short,
            gpc_category_code=gpc_category_code,
            id=id,
            identifier=identifier,
            modified=modified,
            modified_by_id=modified_by_id,
            additional_trade_item_identification=additional_trade_item_identification,
            custom_attributes=custom_attributes,
            data_carrier_type_code=data_carrier_type_code,
            data_carrier_value=data_carrier_value,
            descriptive_size=descriptive_size,
            end_availability_date_time=end_availability_date_time,
            first_order_date_time=first_order_date_time,
            functional_name_id=functional_name_id,
            net_content=net_content,
            product_variants_count=product_variants_count,
            product_variants_with_tags_count=product_variants_with_tags_count,
            sub_brand_name=sub_brand_name,
            target_market_country_codes=target_market_country_codes,
            trade_item_description=trade_item_description,
        )

        product.additional_properties = d
        return product

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
