from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues


T = TypeVar("T", bound="StartSerializationJobRequest")


@_attrs_define
class StartSerializationJobRequest:
    """
    Attributes:
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        count (int): How many serials to make; no more than the allocation space has left. Example: 10000.
        identifier (str): The name of a serialization job, unique in its account (e.g. `job_1`). Example: job_1.
        attributes (AttributeValues | Unset): Attribute name to value. Example: {'warranty_start': '2025-04-01'}.
        flags (list[str] | Unset): Flags set to true on every serial made.
        override_data_carrier_defaults (bool | Unset): Choose the data carriers with `qrCode`, `watermark`, `urlFormat`
            and `domain` instead of the account's defaults. Default: False.
        domain (str | Unset): Domain for short URLs, given as a URL such as https://mydomain.com/. Example:
            https://mydomain.com/.
        qr_code (bool | Unset): Make a QR code for every serial.
        url_format (UrlFormat | Unset): How a QR code's URL is built.
        watermark (bool | Unset): Make a digital watermark for every serial.
    """

    digital_twin_id: str
    count: int
    identifier: str
    attributes: AttributeValues | Unset = UNSET
    flags: list[str] | Unset = UNSET
    override_data_carrier_defaults: bool | Unset = False
    domain: str | Unset = UNSET
    qr_code: bool | Unset = UNSET
    url_format: UrlFormat | Unset = UNSET
    watermark: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        digital_twin_id = self.digital_twin_id

        count = self.count

        identifier = self.identifier

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        override_data_carrier_defaults = self.override_data_carrier_defaults

        domain = self.domain

        qr_code = self.qr_code

        url_format: str | Unset = UNSET
        if not isinstance(self.url_format, Unset):
            url_format = self.url_format.value

        watermark = self.watermark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "digitalTwinId": digital_twin_id,
                "count": count,
                "identifier": identifier,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if flags is not UNSET:
            field_dict["flags"] = flags
        if override_data_carrier_defaults is not UNSET:
            field_dict["overrideDataCarrierDefaults"] = override_data_carrier_defaults
        if domain is not UNSET:
            field_dict["domain"] = domain
        if qr_code is not UNSET:
            field_dict["qrCode"] = qr_code
        if url_format is not UNSET:
            field_dict["urlFormat"] = url_format
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues

        if not isinstance(src_dict, Mapping):
            raise TypeError("StartSerializationJobRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if not (isinstance(_raw_digital_twin_id, str)):
            raise TypeError(
                "StartSerializationJobRequest.digitalTwinId: "
                + (
                    "required field missing"
                    if _raw_digital_twin_id is UNSET
                    else "expected string, got " + type(_raw_digital_twin_id).__name__
                )
            )
        digital_twin_id = _raw_digital_twin_id

        _raw_count = d.pop("count", UNSET)
        if not (isinstance(_raw_count, int) and not isinstance(_raw_count, bool)):
            raise TypeError(
                "StartSerializationJobRequest.count: "
                + (
                    "required field missing"
                    if _raw_count is UNSET
                    else "expected integer, got " + type(_raw_count).__name__
                )
            )
        count = _raw_count

        _raw_identifier = d.pop("identifier", UNSET)
        if not (isinstance(_raw_identifier, str)):
            raise TypeError(
                "StartSerializationJobRequest.identifier: "
                + (
                    "required field missing"
                    if _raw_identifier is UNSET
                    else "expected string, got " + type(_raw_identifier).__name__
                )
            )
        identifier = _raw_identifier

        _raw_attributes = d.pop("attributes", UNSET)
        if _raw_attributes is not UNSET and not (isinstance(_raw_attributes, Mapping)):
            raise TypeError(
                "StartSerializationJobRequest.attributes: expected object, got " + type(_raw_attributes).__name__
            )
        _attributes = _raw_attributes
        attributes: AttributeValues | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AttributeValues.from_dict(_attributes)

        _raw_flags = d.pop("flags", UNSET)
        if _raw_flags is not UNSET and not (
            isinstance(_raw_flags, list) and all(isinstance(_item, str) for _item in _raw_flags)
        ):
            raise TypeError("StartSerializationJobRequest.flags: expected array, got " + type(_raw_flags).__name__)
        flags = cast(list[str], _raw_flags)

        _raw_override_data_carrier_defaults = d.pop("overrideDataCarrierDefaults", UNSET)
        if _raw_override_data_carrier_defaults is not UNSET and not (
            isinstance(_raw_override_data_carrier_defaults, bool)
        ):
            raise TypeError(
                "StartSerializationJobRequest.overrideDataCarrierDefaults: expected boolean, got "
                + type(_raw_override_data_carrier_defaults).__name__
            )
        override_data_carrier_defaults = _raw_override_data_carrier_defaults

        _raw_domain = d.pop("domain", UNSET)
        if _raw_domain is not UNSET and not (isinstance(_raw_domain, str)):
            raise TypeError("StartSerializationJobRequest.domain: expected string, got " + type(_raw_domain).__name__)
        domain = _raw_domain

        _raw_qr_code = d.pop("qrCode", UNSET)
        if _raw_qr_code is not UNSET and not (isinstance(_raw_qr_code, bool)):
            raise TypeError("StartSerializationJobRequest.qrCode: expected boolean, got " + type(_raw_qr_code).__name__)
        qr_code = _raw_qr_code

        _raw_url_format = d.pop("urlFormat", UNSET)
        if _raw_url_format is not UNSET and not (isinstance(_raw_url_format, str)):
            raise TypeError(
                "StartSerializationJobRequest.urlFormat: expected one of the listed values, got "
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
            raise TypeError("StartSerializationJobRequest.urlFormat: not a valid one of the listed values") from None

        _raw_watermark = d.pop("watermark", UNSET)
        if _raw_watermark is not UNSET and not (isinstance(_raw_watermark, bool)):
            raise TypeError(
                "StartSerializationJobRequest.watermark: expected boolean, got " + type(_raw_watermark).__name__
            )
        watermark = _raw_watermark

        start_serialization_job_request = cls(
            digital_twin_id=digital_twin_id,
            count=count,
            identifier=identifier,
            attributes=attributes,
            flags=flags,
            override_data_carrier_defaults=override_data_carrier_defaults,
            domain=domain,
            qr_code=qr_code,
            url_format=url_format,
            watermark=watermark,
        )

        return start_serialization_job_request
