from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_type import CarrierType
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataCarrier")


@_attrs_define
class DataCarrier:
    """A digital watermark or QR code of a digital twin.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        carrier_type (CarrierType): A data carrier type.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        carrier_url (str | Unset): URL a QR code encodes; empty for a watermark.
        consumer_product_variant_identification (str | Unset):
        short_id (str | Unset): Short code of a ShortUrl QR code.
        url_format (UrlFormat | Unset): How a QR code's URL is built.
    """

    account_id: str
    carrier_type: CarrierType
    created: datetime.datetime
    created_by_id: str
    digital_twin_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    carrier_url: str | Unset = UNSET
    consumer_product_variant_identification: str | Unset = UNSET
    short_id: str | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        carrier_type = self.carrier_type.value

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        digital_twin_id = self.digital_twin_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        carrier_url = self.carrier_url

        consumer_product_variant_identification = self.consumer_product_variant_identification

        short_id = self.short_id

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "carrierType": carrier_type,
                "created": created,
                "createdById": created_by_id,
                "digitalTwinId": digital_twin_id,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
            }
        )
        if carrier_url is not UNSET:
            field_dict["carrierUrl"] = carrier_url
        if consumer_product_variant_identification is not UNSET:
            field_dict["consumerProductVariantIdentification"] = consumer_product_variant_identification
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        carrier_type = CarrierType(d.pop("carrierType"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        digital_twin_id = d.pop("digitalTwinId")

        id = d.pop("id")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        modified_by_id = d.pop("modifiedById")

        carrier_url = d.pop("carrierUrl", UNSET)

        consumer_product_variant_identification = d.pop("consumerProductVariantIdentification", UNSET)

        short_id = d.pop("shortId", UNSET)

        _url_format = d.pop("urlFormat", UNSET)
        url_format: UrlFormat | Unset
        if isinstance(_url_format, Unset):
            url_format = UNSET
        else:
            url_format = UrlFormat(_url_format)

        data_carrier = cls(
            account_id=account_id,
            carrier_type=carrier_type,
            created=created,
            created_by_id=created_by_id,
            digital_twin_id=digital_twin_id,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            carrier_url=carrier_url,
            consumer_product_variant_identification=consumer_product_variant_identification,
            short_id=short_id,
            url_format=url_format,
        )

        data_carrier.additional_properties = d
        return data_carrier

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
