from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
        consumer_product_variant_reason_code (str): GS1 consumer product variant reason code, e.g.
            ADD_ADDITIONAL_LANGUAGE. Example: ADD_ADDITIONAL_LANGUAGE.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        product_identifier (str): Primary identifier of the variant's product.
        consumer_product_variant_end_effective_date_time (datetime.datetime | Unset): An ISO 8601 date and time with its
            time part, e.g. 2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        consumer_product_variant_start_effective_date_time (datetime.datetime | Unset): An ISO 8601 date and time with
            its time part, e.g. 2024-12-31T23:59:59.999Z. Example: 2024-12-31T23:59:59.999Z.
        custom_attributes (CustomAttributes | Unset): Free-form attributes of your own; an empty object removes them
            all. Example: {'first': 'one', 'second': 'two'}.
    """

    account_id: str
    consumer_product_variant_description: str
    consumer_product_variant_identification: str
    consumer_product_variant_reason_code: str
    created: datetime.datetime
    created_by_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    product_id: str
    product_identifier: str
    consumer_product_variant_end_effective_date_time: datetime.datetime | Unset = UNSET
    consumer_product_variant_start_effective_date_time: datetime.datetime | Unset = UNSET
    custom_attributes: CustomAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        consumer_product_variant_description = self.consumer_product_variant_description

        consumer_product_variant_identification = self.consumer_product_variant_identification

        consumer_product_variant_reason_code = self.consumer_product_variant_reason_code

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        product_id = self.product_id

        product_identifier = self.product_identifier

        consumer_product_variant_end_effective_date_time: str | Unset = UNSET
        if not isinstance(self.consumer_product_variant_end_effective_date_time, Unset):
            consumer_product_variant_end_effective_date_time = (
                self.consumer_product_variant_end_effective_date_time.isoformat()
            )

        consumer_product_variant_start_effective_date_time: str | Unset = UNSET
        if not isinstance(self.consumer_product_variant_start_effective_date_time, Unset):
            consumer_product_variant_start_effective_date_time = (
                self.consumer_product_variant_start_effective_date_time.isoformat()
            )

        custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = self.custom_attributes.to_dict()

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

        d = dict(src_dict)
        account_id = d.pop("accountId")

        consumer_product_variant_description = d.pop("consumerProductVariantDescription")

        consumer_product_variant_identification = d.pop("consumerProductVariantIdentification")

        consumer_product_variant_reason_code = d.pop("consumerProductVariantReasonCode")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        id = d.pop("id")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        modified_by_id = d.pop("modifiedById")

        product_id = d.pop("productId")

        product_identifier = d.pop("productIdentifier")

        _consumer_product_variant_end_effective_date_time = d.pop("consumerProductVariantEndEffectiveDateTime", UNSET)
        consumer_product_variant_end_effective_date_time: datetime.datetime | Unset
        if isinstance(_consumer_product_variant_end_effective_date_time, Unset):
            consumer_product_variant_end_effective_date_time = UNSET
        else:
            consumer_product_variant_end_effective_date_time = datetime.datetime.fromisoformat(
                _consumer_product_variant_end_effective_date_time
            )

        _consumer_product_variant_start_effective_date_time = d.pop(
            "consumerProductVariantStartEffectiveDateTime", UNSET
        )
        consumer_product_variant_start_effective_date_time: datetime.datetime | Unset
        if isinstance(_consumer_product_variant_start_effective_date_time, Unset):
            consumer_product_variant_start_effective_date_time = UNSET
        else:
            consumer_product_variant_start_effective_date_time = datetime.datetime.fromisoformat(
                _consumer_product_variant_start_effective_date_time
            )

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: CustomAttributes | Unset
        if isinstance(_custom_attributes, Unset):
            custom_attributes = UNSET
        else:
            custom_attributes = CustomAttributes.from_dict(_custom_attributes)

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
