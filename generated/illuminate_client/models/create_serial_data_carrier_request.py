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
        digital_twin_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        short_url_domain (str | Unset): Domain for short URLs, given as a URL such as https://mydomain.com/. Example:
            https://mydomain.com/.
        url_format (UrlFormat | Unset): How a QR code's URL is built.
        use_default_settings (bool | Unset): Use the account's defaults for a QR code (watermarks ignore it).
    """

    account_id: str
    carrier_type: CarrierType
    serial_id: str
    digital_twin_id: str | Unset = UNSET
    short_url_domain: str | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET
    use_default_settings: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        carrier_type = self.carrier_type.value

        serial_id = self.serial_id

        digital_twin_id = self.digital_twin_id

        short_url_domain = self.short_url_domain

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        use_default_settings = self.use_default_settings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "carrierType": carrier_type,
                "serialId": serial_id,
            }
        )
        if digital_twin_id is not UNSET:
            field_dict["digitalTwinId"] = digital_twin_id
        if short_url_domain is not UNSET:
            field_dict["shortUrlDomain"] = short_url_domain
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format
        if use_default_settings is not UNSET:
            field_dict["useDefaultSettings"] = use_default_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CreateSerialDataCarrierRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "CreateSerialDataCarrierRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_carrier_type = d.pop("carrierType", UNSET)
        if not (isinstance(_raw_carrier_type, str)):
            raise TypeError(
                "CreateSerialDataCarrierRequest.carrierType: "
                + (
                    "required field missing"
                    if _raw_carrier_type is UNSET
                    else "expected one of the listed values, got " + type(_raw_carrier_type).__name__
                )
            )
        try:
            carrier_type = CarrierType(_raw_carrier_type)

        except ValueError:
            raise TypeError(
                "CreateSerialDataCarrierRequest.carrierType: not a valid one of the listed values"
            ) from None

        _raw_serial_id = d.pop("serialId", UNSET)
        if not (isinstance(_raw_serial_id, str)):
            raise TypeError(
                "CreateSerialDataCarrierRequest.serialId: "
                + (
                    "required field missing"
                    if _raw_serial_id is UNSET
                    else "expected string, got " + type(_raw_serial_id).__name__
                )
            )
        serial_id = _raw_serial_id

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if _raw_digital_twin_id is not UNSET and not (isinstance(_raw_digital_twin_id, str)):
            raise TypeError(
                "CreateSerialDataCarrierRequest.digitalTwinId: expected string, got "
                + type(_raw_digital_twin_id).__name__
            )
        digital_twin_id = _raw_digital_twin_id

        _raw_short_url_domain = d.pop("shortUrlDomain", UNSET)
        if _raw_short_url_domain is not UNSET and not (isinstance(_raw_short_url_domain, str)):
            raise TypeError(
                "CreateSerialDataCarrierRequest.shortUrlDomain: expected string, got "
                + type(_raw_short_url_domain).__name__
            )
        short_url_domain = _raw_short_url_domain

        _raw_url_format = d.pop("urlFormat", UNSET)
        if _raw_url_format is not UNSET and not (isinstance(_raw_url_format, str)):
            raise TypeError(
                "CreateSerialDataCarrierRequest.urlFormat: expected one of the listed values, got "
                + type(_raw_url_format).__name__
            )
        try:
            _url_format = _raw_url_format
            url_format: UrlFormat | Unset
            if isinstance(_url_format, Unset):
                url_format = UNSET
            else:
                url_format = UrlFormat(_url_format)

        except ValueError:
            raise TypeError("CreateSerialDataCarrierRequest.urlFormat: not a valid one of the listed values") from None

        _raw_use_default_settings = d.pop("useDefaultSettings", UNSET)
        if _raw_use_default_settings is not UNSET and not (isinstance(_raw_use_default_settings, bool)):
            raise TypeError(
                "CreateSerialDataCarrierRequest.useDefaultSettings: expected boolean, got "
                + type(_raw_use_default_settings).__name__
            )
        use_default_settings = _raw_use_default_settings

        create_serial_data_carrier_request = cls(
            account_id=account_id,
            carrier_type=carrier_type,
            serial_id=serial_id,
            digital_twin_id=digital_twin_id,
            short_url_domain=short_url_domain,
            url_format=url_format,
            use_default_settings=use_default_settings,
        )

        return create_serial_data_carrier_request
