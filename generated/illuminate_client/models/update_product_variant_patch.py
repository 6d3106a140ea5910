from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attributes import CustomAttributes


T = TypeVar("T", bound="UpdateProductVariantPatch")


@_attrs_define
class UpdateProductVariantPatch:
    """Fields to change; absent fields keep their values.

    Attributes:
        consumer_product_variant_description (str | Unset):
        consumer_product_variant_end_effective_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its
            time part, e.g. 2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        consumer_product_variant_reason_code (str | Unset): GS1 consumer product variant reason code, e.g.
            ADD_ADDITIONAL_LANGUAGE. Example: ADD_ADDITIONAL_LANGUAGE.
        consumer_product_variant_start_effective_date_time (datetime.datetime | Unset): An ISO 8601 date and time with
            its time part, e.g. 2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
    """

    consumer_product_variant_description: str | Unset = UNSET
    consumer_product_variant_end_effective_date_time: datetime.datetime | Unset = UNSET
    consumer_product_variant_reason_code: str | Unset = UNSET
    consumer_product_variant_start_effective_date_time: datetime.datetime | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        consumer_product_variant_description = self.consumer_product_variant_description

        consumer_product_variant_end_effective_date_time: str | Unset = UNSET
        if not isinstance(self.consumer_product_variant_end_effective_date_time, Unset):
            consumer_product_variant_end_effective_date_time = (
                self.consumer_product_variant_end_effective_date_time.isoformat()
            )

        consumer_product_variant_reason_code = self.consumer_product_variant_reason_code

        consumer_product_variant_start_effective_date_time: str | Unset = UNSET
        if not isinstance(self.consumer_product_variant_start_effective_date_time, Unset):
            consumer_product_variant_start_effective_date_time = (
                self.consumer_product_variant_start_effective_date_time.isoformat()
            )

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if consumer_product_variant_description is not UNSET:
            field_dict["consumerProductVariantDescription"] = consumer_product_variant_description
        if consumer_product_variant_end_effective_date_time is not UNSET:
            field_dict["consumerProductVariantEndEffectiveDateTime"] = consumer_product_variant_end_effective_date_time
        if consumer_product_variant_reason_code is not UNSET:
            field_dict["consumerProductVariantReasonCode"] = consumer_product_variant_reason_code
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
            raise TypeError("UpdateProductVariantPatch: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_consumer_product_variant_description = d.pop("consumerProductVariantDescription", UNSET)
        if _raw_consumer_product_variant_description is not UNSET and not (
            isinstance(_raw_consumer_product_variant_description, str)
        ):
            raise TypeError(
                "UpdateProductVariantPatch.consumerProductVariantDescription: expected string, got "
                + type(_raw_consumer_product_variant_description).__name__
            )
        consumer_product_variant_description = _raw_consumer_product_variant_description

        _raw_consumer_product_variant_end_effective_date_time = d.pop(
            "consumerProductVariantEndEffectiveDateTime", UNSET
        )
        if _raw_consumer_product_variant_end_effective_date_time is not UNSET and not (
            isinstance(_raw_consumer_product_variant_end_effective_date_time, str)
        ):
            raise TypeError(
                "UpdateProductVariantPatch.consumerProductVariantEndEffectiveDateTime: expected date-time string, got "
                + type(_raw_consumer_product_variant_end_effective_date_time).__name__
            )
        try:
            _consumer_product_variant_end_effective_date_time = _raw_consumer_product_variant_end_effective_date_time
            consumer_product_variant_end_effective_date_time: datetime.datetime | Unset
            if isinstance(_consumer_product_variant_end_effective_date_time, Unset):
                consumer_product_variant_end_effective_date_time = UNSET
            else:
                consumer_product_variant_end_effective_date_time = datetime.datetime.fromisoformat(
                    _consumer_product_variant_end_effective_date_time
                )

        except ValueError:
            raise TypeError(
                "UpdateProductVariantPatch.consumerProductVariantEndEffectiveDateTime: not a valid date-time string"
            ) from None

        _raw_consumer_product_variant_reason_code = d.pop("consumerProductVariantReasonCode", UNSET)
        if _raw_consumer_product_variant_reason_code is not UNSET and not (
            isinstance(_raw_consumer_product_variant_reason_code, str)
        ):
            raise TypeError(
                "UpdateProductVariantPatch.consumerProductVariantReasonCode: expected string, got "
                + type(_raw_consumer_product_variant_reason_code).__name__
            )
        consumer_product_variant_reason_code = _raw_consumer_product_variant_reason_code

        _raw_consumer_product_variant_start_effective_date_time = d.pop(
            "consumerProductVariantStartEffectiveDateTime", UNSET
        )
        if _raw_consumer_product_variant_start_effective_date_time is not UNSET and not (
            isinstance(_raw_consumer_product_variant_start_effective_date_time, str)
        ):
            raise TypeError(
                "UpdateProductVariantPatch.consumerProductVariantStartEffectiveDateTime: expected date-time string, got "
                + type(_raw_consumer_product_variant_start_effective_date_time).__name__
            )
        try:
            _consumer_product_variant_start_effective_date_time = (
                _raw_consumer_product_variant_start_effective_date_time
            )
            consumer_product_variant_start_effective_date_time: datetime.datetime | Unset
            if isinstance(_consumer_product_variant_start_effective_date_time, Unset):
                consumer_product_variant_start_effective_date_time = UNSET
            else:
                consumer_product_variant_start_effective_date_time = datetime.datetime.fromisoformat(
                    _consumer_product_variant_start_effective_date_time
                )

        except ValueError:
            raise TypeError(
                "UpdateProductVariantPatch.consumerProductVariantStartEffectiveDateTime: not a valid date-time string"
            ) from None

        _raw_custom_attributes = d.pop("customAttributes", UNSET)
        if _raw_custom_attributes is not UNSET and not (isinstance(_raw_custom_attributes, Mapping)):
            raise TypeError(
                "UpdateProductVariantPatch.customAttributes: expected object, got "
                + type(_raw_custom_attributes).__name__
            )
        _custom_attributes = _raw_custom_attributes
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

        update_product_variant_patch = cls(
            consumer_product_variant_description=consumer_product_variant_description,
            consumer_product_variant_end_effective_date_time=consumer_product_variant_end_effective_date_time,
            consumer_product_variant_reason_code=consumer_product_variant_reason_code,
            consumer_product_variant_start_effective_date_time=consumer_product_variant_start_effective_date_time,
            custom_attributes=custom_attributes,
        )

        return update_product_variant_patch
