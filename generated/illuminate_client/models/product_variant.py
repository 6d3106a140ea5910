from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="ProductVariant")


@_attrs_define
class ProductVariant:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        consumer_product_variant_description (str): The variant's name.
        consumer_product_variant_identification (str): The variant's identifier.
        consumer_product_variant_reason_code (float | str): GS1 consumer product variant reason code, e.g.
            ADD_ADDITIONAL_LANGUAGE.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_identifier (str): Primary identifier of the variant's product.
        consumer_product_variant_end_effective_date_time (datetime.datetime | None | Unset):
        consumer_product_variant_start_effective_date_time (datetime.datetime | None | Unset):
        custom_attributes (CustomAttributes | None | Unset):
    """

    account_id: str
    consumer_product_variant_description: str
    consumer_product_variant_identification: str
    consumer_product_variant_reason_code: float | str
    created: datetime.datetime
    created_by_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    product_id: str
    product_identifier: str
    consumer_product_variant_end_effective_date_time: datetime.datetime | None | Unset = UNSET
    consumer_product_variant_start_effective_date_time: datetime.datetime | None | Unset = UNSET
    custom_attributes: CustomAttributes | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_attributes import CustomAttributes

        account_id = self.account_id

        consumer_product_variant_description = self.consumer_product_variant_description

        consumer_product_variant_identification = self.consumer_product_variant_identification

        consumer_product_variant_reason_code: float | str
        consumer_product_variant_reason_code = self.consumer_product_variant_reason_code

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        product_id = self.product_id

        product_identifier = self.product_identifier

        consumer_product_variant_end_effective_date_time: None | str | Unset
        if isinstance(self.consumer_product_variant_end_effective_date_time, Unset):
            consumer_product_variant_end_effective_date_time = UNSET
        elif isinstance(self.consumer_product_variant_end_effective_date_time, datetime.datetime):
            consumer_product_variant_end_effective_date_time = (
                self.consumer_product_variant_end_effective_date_time.isoformat()
            )
        else:
            consumer_product_variant_end_effective_date_time = self.consumer_product_variant_end_effective_date_time

        consumer_product_variant_start_effective_date_time: None | str | Unset
        if isinstance(self.consumer_product_variant_start_effective_date_time, Unset):
            consumer_product_variant_start_effective_date_time = UNSET
        elif isinstance(self.consumer_product_variant_start_effective_date_time, datetime.datetime):
            consumer_product_variant_start_effective_date_time = (
                self.consumer_product_variant_start_effective_date_time.isoformat()
            )
        else:
            consumer_product_variant_start_effective_date_time = self.consumer_product_variant_start_effective_date_time

        custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, CustomAttributes):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "consumerProductVariantDescription": consumer_product_variant_description,
                "consumerProductVariantIdentification": consumer_product_variant_identification,
                "consumerProductVariantReasonCode": consumer_product_variant_reason_code,
                "created": created,
                "createdById": created_by_id,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
                "productId": product_id,
                "productIdentifier": product_identifier,
            }
        )
        if consumer_product_variant_end_effective_date_time is not UNSET:
            field_dict["consumerProductVariantEndEffectiveDateTime"] = consumer_product_variant_end_effective_date_time
        if consumer_product_variant_start_effective_date_time is not UNSET:
            field_dict["consumerProductVariantStartEffectiveDateTime"] = (
                consumer_product_variant_start_effective_date_time
            )
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_attributes import CustomAttributes

        if not isinstance(src_dict, Mapping):
            raise TypeError("ProductVariant: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "ProductVariant.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_consumer_product_variant_description = d.pop("consumerProductVariantDescription", UNSET)
        if not (isinstance(_raw_consumer_product_variant_description, str)):
            raise TypeError(
                "ProductVariant.consumerProductVariantDescription: "
                + (
                    "required field missing"
                    if _raw_consumer_product_variant_description is UNSET
                    else "expected string, got " + type(_raw_consumer_product_variant_description).__name__
                )
            )
        consumer_product_variant_description = _raw_consumer_product_variant_description

        _raw_consumer_product_variant_identification = d.pop("consumerProductVariantIdentification", UNSET)
        if not (isinstance(_raw_consumer_product_variant_identification, str)):
            raise TypeError(
                "ProductVariant.consumerProductVariantIdentification: "
                + (
                    "required field missing"
                    if _raw_consumer_product_variant_identification is UNSET
                    else "expected string, got " + type(_raw_consumer_product_variant_identification).__name__
                )
            )
        consumer_product_variant_identification = _raw_consumer_product_variant_identification

        _raw_consumer_product_variant_reason_code = d.pop("consumerProductVariantReasonCode", UNSET)
        if not (
            isinstance(_raw_consumer_product_variant_reason_code, str)
            or (
                isinstance(_raw_consumer_product_variant_reason_code, (int, float))
                and not isinstance(_raw_consumer_product_variant_reason_code, bool)
            )
        ):
            raise TypeError(
                "ProductVariant.consumerProductVariantReasonCode: "
                + (
                    "required field missing"
                    if _raw_consumer_product_variant_reason_code is UNSET
                    else "expected string or number, got " + type(_raw_consumer_product_variant_reason_code).__name__
                )
            )

        def _parse_consumer_product_variant_reason_code(data: object) -> float | str:
            _tried: list[str] = []
            if isinstance(data, str) or (isinstance(data, (int, float)) and not isinstance(data, bool)):
                return cast(float | str, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        consumer_product_variant_reason_code = _parse_consumer_product_variant_reason_code(
            _raw_consumer_product_variant_reason_code
        )

        _raw_created = d.pop("created", UNSET)
        if not (isinstance(_raw_created, str)):
            raise TypeError(
                "ProductVariant.created: "
                + (
                    "required field missing"
                    if _raw_created is UNSET
                    else "expected date-time string, got " + type(_raw_created).__name__
                )
            )
        try:
            created = datetime.datetime.fromisoformat(_raw_created)

        except ValueError:
            raise TypeError("ProductVariant.created: not a valid date-time string") from None

        _raw_created_by_id = d.pop("createdById", UNSET)
        if not (isinstance(_raw_created_by_id, str)):
            raise TypeError(
                "ProductVariant.createdById: "
                + (
                    "required field missing"
                    if _raw_created_by_id is UNSET
                    else "expected string, got " + type(_raw_created_by_id).__name__
                )
            )
        created_by_id = _raw_created_by_id

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "ProductVariant.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_modified = d.pop("modified", UNSET)
        if not (isinstance(_raw_modified, str)):
            raise TypeError(
                "ProductVariant.modified: "
                + (
                    "required field missing"
                    if _raw_modified is UNSET
                    else "expected date-time string, got " + type(_raw_modified).__name__
                )
            )
        try:
            modified = datetime.datetime.fromisoformat(_raw_modified)

        except ValueError:
            raise TypeError("ProductVariant.modified: not a valid date-time string") from None

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if not (isinstance(_raw_modified_by_id, str)):
            raise TypeError(
                "ProductVariant.modifiedById: "
                + (
                    "required field missing"
                    if _raw_modified_by_id is UNSET
                    else "expected string, got " + type(_raw_modified_by_id).__name__
                )
            )
        modified_by_id = _raw_modified_by_id

        _raw_product_id = d.pop("productId", UNSET)
        if not (isinstance(_raw_product_id, str)):
            raise TypeError(
                "ProductVariant.productId: "
                + (
                    "required field missing"
                    if _raw_product_id is UNSET
                    else "expected string, got " + type(_raw_product_id).__name__
                )
            )
        product_id = _raw_product_id

        _raw_product_identifier = d.pop("productIdentifier", UNSET)
        if not (isinstance(_raw_product_identifier, str)):
            raise TypeError(
                "ProductVariant.productIdentifier: "
                + (
                    "required field missing"
                    if _raw_product_identifier is UNSET
                    else "expected string, got " + type(_raw_product_identifier).__name__
                )
            )
        product_identifier = _raw_product_identifier

        _raw_consumer_product_variant_end_effective_date_time = d.pop(
            "consumerProductVariantEndEffectiveDateTime", UNSET
        )
        if _raw_consumer_product_variant_end_effective_date_time is not UNSET and not (
            isinstance(_raw_consumer_product_variant_end_effective_date_time, str)
            or _raw_consumer_product_variant_end_effective_date_time is None
        ):
            raise TypeError(
                "ProductVariant.consumerProductVariantEndEffectiveDateTime: expected date-time string or null, got "
                + type(_raw_consumer_product_variant_end_effective_date_time).__name__
            )

        def _parse_consumer_product_variant_end_effective_date_time(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumer_product_variant_end_effective_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return consumer_product_variant_end_effective_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        consumer_product_variant_end_effective_date_time = _parse_consumer_product_variant_end_effective_date_time(
            _raw_consumer_product_variant_end_effective_date_time
        )

        _raw_consumer_product_variant_start_effective_date_time = d.pop(
            "consumerProductVariantStartEffectiveDateTime", UNSET
        )
        if _raw_consumer_product_variant_start_effective_date_time is not UNSET and not (
            isinstance(_raw_consumer_product_variant_start_effective_date_time, str)
            or _raw_consumer_product_variant_start_effective_date_time is None
        ):
            raise TypeError(
                "ProductVariant.consumerProductVariantStartEffectiveDateTime: expected date-time string or null, got "
                + type(_raw_consumer_product_variant_start_effective_date_time).__name__
            )

        def _parse_consumer_product_variant_start_effective_date_time(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumer_product_variant_start_effective_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return consumer_product_variant_start_effective_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        consumer_product_variant_start_effective_date_time = _parse_consumer_product_variant_start_effective_date_time(
            _raw_consumer_product_variant_start_effective_date_time
        )

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (
            isinstance(_raw_custom_attributes, Mapping) or _raw_custom_attributes is None
        ):
            raise TypeError(
                "ProductVariant.customAttributes: expected object or null, got " + type(_raw_custom_attributes).__name__
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

        product_variant = cls(
            account_id=account_id,
            consumer_product_variant_description=consumer_product_variant_description,
            consumer_product_variant_identification=consumer_product_variant_identification,
            consumer_product_variant_reason_code=consumer_product_variant_reason_code,
            created=created,
            created_by_id=created_by_id,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            product_id=product_id,
            product_identifier=product_identifier,
            consumer_product_variant_end_effective_date_time=consumer_product_variant_end_effective_date_time,
            consumer_product_variant_start_effective_date_time=consumer_product_variant_start_effective_date_time,
            custom_attributes=custom_attributes,
        )

        product_variant.additional_properties = d
        return product_variant

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
