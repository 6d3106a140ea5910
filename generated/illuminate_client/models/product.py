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
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        identifier (str): Primary identifier such as a GTIN or SKU. Example: 01234567891224.
        additional_trade_item_identification (None | str | Unset):
        brand_id (None | str | Unset):
        created (datetime.datetime | None | Unset):
        created_by_id (None | str | Unset):
        custom_attributes (CustomAttributes | None | Unset):
        data_carrier_type_code (None | str | Unset):
        data_carrier_value (None | str | Unset):
        description_short (None | str | Unset): The product's name.
        descriptive_size (None | str | Unset):
        end_availability_date_time (datetime.datetime | None | Unset):
        first_order_date_time (datetime.datetime | None | Unset):
        functional_name_id (None | str | Unset):
        gpc_category_code (None | str | Unset): GS1 Global Product Classification category code.
        modified (datetime.datetime | None | Unset):
        modified_by_id (None | str | Unset):
        net_content (None | str | Unset):
        product_variants_count (float | None | Unset):
        product_variants_with_tags_count (float | None | Unset): Variants that have a data carrier.
        sub_brand_name (None | str | Unset): Reserved for future use.
        target_market_country_codes (list[str] | None | Unset):
        trade_item_description (None | str | Unset):
    """

    account_id: str
    id: str
    identifier: str
    additional_trade_item_identification: None | str | Unset = UNSET
    brand_id: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    custom_attributes: CustomAttributes | None | Unset = UNSET
    data_carrier_type_code: None | str | Unset = UNSET
    data_carrier_value: None | str | Unset = UNSET
    description_short: None | str | Unset = UNSET
    descriptive_size: None | str | Unset = UNSET
    end_availability_date_time: datetime.datetime | None | Unset = UNSET
    first_order_date_time: datetime.datetime | None | Unset = UNSET
    functional_name_id: None | str | Unset = UNSET
    gpc_category_code: None | str | Unset = UNSET
    modified: datetime.datetime | None | Unset = UNSET
    modified_by_id: None | str | Unset = UNSET
    net_content: None | str | Unset = UNSET
    product_variants_count: float | None | Unset = UNSET
    product_variants_with_tags_count: float | None | Unset = UNSET
    sub_brand_name: None | str | Unset = UNSET
    target_market_country_codes: list[str] | None | Unset = UNSET
    trade_item_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_attributes import CustomAttributes

        account_id = self.account_id

        id = self.id

        identifier = self.identifier

        additional_trade_item_identification: None | str | Unset
        if isinstance(self.additional_trade_item_identification, Unset):
            additional_trade_item_identification = UNSET
        else:
            additional_trade_item_identification = self.additional_trade_item_identification

        brand_id: None | str | Unset
        if isinstance(self.brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = self.brand_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CustomAttributes):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        data_carrier_type_code: None | str | Unset
        if isinstance(self.data_carrier_type_code, Unset):
            data_carrier_type_code = UNSET
        else:
            data_carrier_type_code = self.data_carrier_type_code

        data_carrier_value: None | str | Unset
        if isinstance(self.data_carrier_value, Unset):
            data_carrier_value = UNSET
        else:
            data_carrier_value = self.data_carrier_value

        description_short: None | str | Unset
        if isinstance(self.description_short, Unset):
            description_short = UNSET
        else:
            description_short = self.description_short

        descriptive_size: None | str | Unset
        if isinstance(self.descriptive_size, Unset):
            descriptive_size = UNSET
        else:
            descriptive_size = self.descriptive_size

        end_availability_date_time: None | str | Unset
        if isinstance(self.end_availability_date_time, Unset):
            end_availability_date_time = UNSET
        elif isinstance(self.end_availability_date_time, datetime.datetime):
            end_availability_date_time = self.end_availability_date_time.isoformat()
        else:
            end_availability_date_time = self.end_availability_date_time

        first_order_date_time: None | str | Unset
        if isinstance(self.first_order_date_time, Unset):
            first_order_date_time = UNSET
        elif isinstance(self.first_order_date_time, datetime.datetime):
            first_order_date_time = self.first_order_date_time.isoformat()
        else:
            first_order_date_time = self.first_order_date_time

        functional_name_id: None | str | Unset
        if isinstance(self.functional_name_id, Unset):
            functional_name_id = UNSET
        else:
            functional_name_id = self.functional_name_id

        gpc_category_code: None | str | Unset
        if isinstance(self.gpc_category_code, Unset):
            gpc_category_code = UNSET
        else:
            gpc_category_code = self.gpc_category_code

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        elif isinstance(self.modified, datetime.datetime):
            modified = self.modified.isoformat()
        else:
            modified = self.modified

        modified_by_id: None | str | Unset
        if isinstance(self.modified_by_id, Unset):
            modified_by_id = UNSET
        else:
            modified_by_id = self.modified_by_id

        net_content: None | str | Unset
        if isinstance(self.net_content, Unset):
            net_content = UNSET
        else:
            net_content = self.net_content

        product_variants_count: float | None | Unset
        if isinstance(self.product_variants_count, Unset):
            product_variants_count = UNSET
        else:
            product_variants_count = self.product_variants_count

        product_variants_with_tags_count: float | None | Unset
        if isinstance(self.product_variants_with_tags_count, Unset):
            product_variants_with_tags_count = UNSET
        else:
            product_variants_with_tags_count = self.product_variants_with_tags_count

        sub_brand_name: None | str | Unset
        if isinstance(self.sub_brand_name, Unset):
            sub_brand_name = UNSET
        else:
            sub_brand_name = self.sub_brand_name

        target_market_country_codes: list[str] | None | Unset
        if isinstance(self.target_market_country_codes, Unset):
            target_market_country_codes = UNSET
        elif isinstance(self.target_market_country_codes, list):
            target_market_country_codes = self.target_market_country_codes

        else:
            target_market_country_codes = self.target_market_country_codes

        trade_item_description: None | str | Unset
        if isinstance(self.trade_item_description, Unset):
            trade_item_description = UNSET
        else:
            trade_item_description = self.trade_item_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "id": id,
                "identifier": identifier,
            }
        )
        if additional_trade_item_identification is not UNSET:
            field_dict["additionalTradeItemIdentification"] = additional_trade_item_identification
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id
        if created is not UNSET:
            field_dict["created"] = created
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if data_carrier_type_code is not UNSET:
            field_dict["dataCarrierTypeCode"] = data_carrier_type_code
        if data_carrier_value is not UNSET:
            field_dict["dataCarrierValue"] = data_carrier_value
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
        if modified is not UNSET:
            field_dict["modified"] = modified
        if modified_by_id is not UNSET:
            field_dict["modifiedById"] = modified_by_id
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

        if not isinstance(src_dict, Mapping):
            raise TypeError("Product: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "Product.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "Product.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_identifier = d.pop("identifier", UNSET)
        if not (isinstance(_raw_identifier, str)):
            raise TypeError(
                "Product.identifier: "
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
            or _raw_additional_trade_item_identification is None
        ):
            raise TypeError(
                "Product.additionalTradeItemIdentification: expected string or null, got "
                + type(_raw_additional_trade_item_identification).__name__
            )

        def _parse_additional_trade_item_identification(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        additional_trade_item_identification = _parse_additional_trade_item_identification(
            _raw_additional_trade_item_identification
        )

        _raw_brand_id = d.pop("brandId", UNSET)
        if _raw_brand_id is not UNSET and not (isinstance(_raw_brand_id, str) or _raw_brand_id is None):
            raise TypeError("Product.brandId: expected string or null, got " + type(_raw_brand_id).__name__)

        def _parse_brand_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        brand_id = _parse_brand_id(_raw_brand_id)

        _raw_created = d.pop("created", UNSET)
        if _raw_created is not UNSET and not (isinstance(_raw_created, str) or _raw_created is None):
            raise TypeError("Product.created: expected date-time string or null, got " + type(_raw_created).__name__)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created = _parse_created(_raw_created)

        _raw_created_by_id = d.pop("createdById", UNSET)
        if _raw_created_by_id is not UNSET and not (isinstance(_raw_created_by_id, str) or _raw_created_by_id is None):
            raise TypeError("Product.createdById: expected string or null, got " + type(_raw_created_by_id).__name__)

        def _parse_created_by_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created_by_id = _parse_created_by_id(_raw_created_by_id)

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (
            isinstance(_raw_custom_attributes, Mapping) or _raw_custom_attributes is None
        ):
            raise TypeError(
                "Product.customAttributes: expected object or null, got " + type(_raw_custom_attributes).__name__
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

        _raw_data_carrier_type_code = d.pop("dataCarrierTypeCode", UNSET)
        if _raw_data_carrier_type_code is not UNSET and not (
            isinstance(_raw_data_carrier_type_code, str) or _raw_data_carrier_type_code is None
        ):
            raise TypeError(
                "Product.dataCarrierTypeCode: expected string or null, got "
                + type(_raw_data_carrier_type_code).__name__
            )

        def _parse_data_carrier_type_code(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        data_carrier_type_code = _parse_data_carrier_type_code(_raw_data_carrier_type_code)

        _raw_data_carrier_value = d.pop("dataCarrierValue", UNSET)
        if _raw_data_carrier_value is not UNSET and not (
            isinstance(_raw_data_carrier_value, str) or _raw_data_carrier_value is None
        ):
            raise TypeError(
                "Product.dataCarrierValue: expected string or null, got " + type(_raw_data_carrier_value).__name__
            )

        def _parse_data_carrier_value(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        data_carrier_value = _parse_data_carrier_value(_raw_data_carrier_value)

        _raw_description_short = d.pop("descriptionShort", UNSET)
        if _raw_description_short is not UNSET and not (
            isinstance(_raw_description_short, str) or _raw_description_short is None
        ):
            raise TypeError(
                "Product.descriptionShort: expected string or null, got " + type(_raw_description_short).__name__
            )

        def _parse_description_short(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        description_short = _parse_description_short(_raw_description_short)

        _raw_descriptive_size = d.pop("descriptiveSize", UNSET)
        if _raw_descriptive_size is not UNSET and not (
            isinstance(_raw_descriptive_size, str) or _raw_descriptive_size is None
        ):
            raise TypeError(
                "Product.descriptiveSize: expected string or null, got " + type(_raw_descriptive_size).__name__
            )

        def _parse_descriptive_size(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        descriptive_size = _parse_descriptive_size(_raw_descriptive_size)

        _raw_end_availability_date_time = d.pop("endAvailabilityDateTime", UNSET)
        if _raw_end_availability_date_time is not UNSET and not (
            isinstance(_raw_end_availability_date_time, str) or _raw_end_availability_date_time is None
        ):
            raise TypeError(
                "Product.endAvailabilityDateTime: expected date-time string or null, got "
                + type(_raw_end_availability_date_time).__name__
            )

        def _parse_end_availability_date_time(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_availability_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_availability_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        end_availability_date_time = _parse_end_availability_date_time(_raw_end_availability_date_time)

        _raw_first_order_date_time = d.pop("firstOrderDateTime", UNSET)
        if _raw_first_order_date_time is not UNSET and not (
            isinstance(_raw_first_order_date_time, str) or _raw_first_order_date_time is None
        ):
            raise TypeError(
                "Product.firstOrderDateTime: expected date-time string or null, got "
                + type(_raw_first_order_date_time).__name__
            )

        def _parse_first_order_date_time(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_order_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return first_order_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        first_order_date_time = _parse_first_order_date_time(_raw_first_order_date_time)

        _raw_functional_name_id = d.pop("functionalNameId", UNSET)
        if _raw_functional_name_id is not UNSET and not (
            isinstance(_raw_functional_name_id, str) or _raw_functional_name_id is None
        ):
            raise TypeError(
                "Product.functionalNameId: expected string or null, got " + type(_raw_functional_name_id).__name__
            )

        def _parse_functional_name_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        functional_name_id = _parse_functional_name_id(_raw_functional_name_id)

        _raw_gpc_category_code = d.pop("gpcCategoryCode", UNSET)
        if _raw_gpc_category_code is not UNSET and not (
            isinstance(_raw_gpc_category_code, str) or _raw_gpc_category_code is None
        ):
            raise TypeError(
                "Product.gpcCategoryCode: expected string or null, got " + type(_raw_gpc_category_code).__name__
            )

        def _parse_gpc_category_code(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        gpc_category_code = _parse_gpc_category_code(_raw_gpc_category_code)

        _raw_modified = d.pop("modified", UNSET)
        if _raw_modified is not UNSET and not (isinstance(_raw_modified, str) or _raw_modified is None):
            raise TypeError("Product.modified: expected date-time string or null, got " + type(_raw_modified).__name__)

        def _parse_modified(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_type_0 = datetime.datetime.fromisoformat(data)

                return modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        modified = _parse_modified(_raw_modified)

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if _raw_modified_by_id is not UNSET and not (
            isinstance(_raw_modified_by_id, str) or _raw_modified_by_id is None
        ):
            raise TypeError("Product.modifiedById: expected string or null, got " + type(_raw_modified_by_id).__name__)

        def _parse_modified_by_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        modified_by_id = _parse_modified_by_id(_raw_modified_by_id)

        _raw_net_content = d.pop("netContent", UNSET)
        if _raw_net_content is not UNSET and not (isinstance(_raw_net_content, str) or _raw_net_content is None):
            raise TypeError("Product.netContent: expected string or null, got " + type(_raw_net_content).__name__)

        def _parse_net_content(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        net_content = _parse_net_content(_raw_net_content)

        _raw_product_variants_count = d.pop("productVariantsCount", UNSET)
        if _raw_product_variants_count is not UNSET and not (
            (
                isinstance(_raw_product_variants_count, (int, float))
                and not isinstance(_raw_product_variants_count, bool)
            )
            or _raw_product_variants_count is None
        ):
            raise TypeError(
                "Product.productVariantsCount: expected number or null, got "
                + type(_raw_product_variants_count).__name__
            )

        def _parse_product_variants_count(data: object) -> float | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if (isinstance(data, (int, float)) and not isinstance(data, bool)) or data is None:
                return cast(float | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product_variants_count = _parse_product_variants_count(_raw_product_variants_count)

        _raw_product_variants_with_tags_count = d.pop("productVariantsWithTagsCount", UNSET)
        if _raw_product_variants_with_tags_count is not UNSET and not (
            (
                isinstance(_raw_product_variants_with_tags_count, (int, float))
                and not isinstance(_raw_product_variants_with_tags_count, bool)
            )
            or _raw_product_variants_with_tags_count is None
        ):
            raise TypeError(
                "Product.productVariantsWithTagsCount: expected number or null, got "
                + type(_raw_product_variants_with_tags_count).__name__
            )

        def _parse_product_variants_with_tags_count(data: object) -> float | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if (isinstance(data, (int, float)) and not isinstance(data, bool)) or data is None:
                return cast(float | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product_variants_with_tags_count = _parse_product_variants_with_tags_count(
            _raw_product_variants_with_tags_count
        )

        _raw_sub_brand_name = d.pop("subBrandName", UNSET)
        if _raw_sub_brand_name is not UNSET and not (
            isinstance(_raw_sub_brand_name, str) or _raw_sub_brand_name is None
        ):
            raise TypeError("Product.subBrandName: expected string or null, got " + type(_raw_sub_brand_name).__name__)

        def _parse_sub_brand_name(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        sub_brand_name = _parse_sub_brand_name(_raw_sub_brand_name)

        _raw_target_market_country_codes = d.pop("targetMarketCountryCodes", UNSET)
        if _raw_target_market_country_codes is not UNSET and not (
            (
                isinstance(_raw_target_market_country_codes, list)
                and all(isinstance(_item, str) for _item in _raw_target_market_country_codes)
            )
            or _raw_target_market_country_codes is None
        ):
            raise TypeError(
                "Product.targetMarketCountryCodes: expected array or null, got "
                + type(_raw_target_market_country_codes).__name__
            )

        def _parse_target_market_country_codes(data: object) -> list[str] | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_market_country_codes_type_0 = cast(list[str], data)

                return target_market_country_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(list[str] | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        target_market_country_codes = _parse_target_market_country_codes(_raw_target_market_country_codes)

        _raw_trade_item_description = d.pop("tradeItemDescription", UNSET)
        if _raw_trade_item_description is not UNSET and not (
            isinstance(_raw_trade_item_description, str) or _raw_trade_item_description is None
        ):
            raise TypeError(
                "Product.tradeItemDescription: expected string or null, got "
                + type(_raw_trade_item_description).__name__
            )

        def _parse_trade_item_description(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        trade_item_description = _parse_trade_item_description(_raw_trade_item_description)

        product = cls(
            account_id=account_id,
            id=id,
            identifier=identifier,
            additional_trade_item_identification=additional_trade_item_identification,
            brand_id=brand_id,
            created=created,
            created_by_id=created_by_id,
            custom_attributes=custom_attributes,
            data_carrier_type_code=data_carrier_type_code,
            data_carrier_value=data_carrier_value,
            description_short=description_short,
            descriptive_size=descriptive_size,
            end_availability_date_time=end_availability_date_time,
            first_order_date_time=first_order_date_time,
            functional_name_id=functional_name_id,
            gpc_category_code=gpc_category_code,
            modified=modified,
            modified_by_id=modified_by_id,
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
