from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.carrier_type import CarrierType
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSerialDataCarrierRequest")


@_attrs_define
class CreateSerialDataCarrierRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        carrier_type (CarrierType): A data carrier type.
        serial_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        use_default_settings (bool):
        digital_twin_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        short_url_domain (str | Unset): Domain for short URLs, given as a URL such as https://mydomain.com/. Example:
            https://mydomain.com/.
        url_format (UrlFormat | Unset): How a QR code's URL is built.
    """

    account_id: str
    carrier_type: CarrierType
    serial_id: str
    use_default_settings: bool
    digital_twin_id: str | Unset = UNSET
    short_url_domain: str | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        carrier_type = self.carrier_type.value

        serial_id = self.serial_id

        use_default_settings = self.use_default_settings

        digital_twin_id = self.digital_twin_id

        short_url_domain = self.short_url_domain

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "carrierType": carrier_type,
                "serialId": serial_id,
                "useDefaultSettings": use_default_settings,
            }
        )
        if digital_twin_id is not UNSET:
            field_dict["digitalTwinId"] = digital_twin_id
        if short_url_domain is not UNSET:
            field_dict["shortUrlDomain"] = short_url_domain
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        carrier_type = CarrierType(d.pop("carrierType"))

        serial_id = d.pop("serialId")

        use_default_settings = d.pop("useDefaultSettings")

        digital_twin_id = d.pop("digitalTwinId", UNSET)

        short_url_domain = d.pop("shortUrlDomain", UNSET)

        _url_format = d.pop("urlFormat", UNSET)
        url_format: UrlFormat | Unset
        if isinstance(_url_format, Unset):
            url_format = UNSET
        else:
            url_format = UrlFormat(_url_format)

        create_serial_data_carrier_request = cls(
            account_id=account_id,
            carrier_type=carrier_type,
            serial_id=serial_id,
            use_default_settings=use_default_settings,
            digital_twin_id=digital_twin_id,
            short_url_domain=short_url_domain,
            url_format=url_format,
        )

        return create_serial_data_carrier_request
