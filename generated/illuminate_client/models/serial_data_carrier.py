from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_type import CarrierType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SerialDataCarrier")


@_attrs_define
class SerialDataCarrier:
    """A data carrier of one serial.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        carrier_type (CarrierType | str):
        carrier_url (str): URL a QR code encodes; empty for a watermark.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        short_id (None | str | Unset): Short code of a ShortUrl QR code.
    """

    account_id: str
    carrier_type: CarrierType | str
    carrier_url: str
    created: datetime.datetime
    created_by_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    serial_id: str
    short_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        carrier_type: str
        if isinstance(self.carrier_type, CarrierType):
            carrier_type = self.carrier_type.value
        else:
            carrier_type = self.carrier_type

        carrier_url = self.carrier_url

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        serial_id = self.serial_id

        short_id: None | str | Unset
        if isinstance(self.short_id, Unset):
            short_id = UNSET
        else:
            short_id = self.short_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "carrierType": carrier_type,
                "carrierUrl": carrier_url,
                "created": created,
                "createdById": created_by_id,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
                "serialId": serial_id,
            }
        )
        if short_id is not UNSET:
            field_dict["shortId"] = short_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("SerialDataCarrier: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "SerialDataCarrier.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_carrier_type = d.pop("carrierType", UNSET)
        if not (isinstance(_raw_carrier_type, str) or isinstance(_raw_carrier_type, str)):
            raise TypeError(
                "SerialDataCarrier.carrierType: "
                + (
                    "required field missing"
                    if _raw_carrier_type is UNSET
                    else "expected one of the listed values or string, got " + type(_raw_carrier_type).__name__
                )
            )

        def _parse_carrier_type(data: object) -> CarrierType | str:
            _tried: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_type_type_0 = CarrierType(data)

                return carrier_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str):
                return cast(CarrierType | str, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        carrier_type = _parse_carrier_type(_raw_carrier_type)

        _raw_carrier_url = d.pop("carrierUrl", UNSET)
        if not (isinstance(_raw_carrier_url, str)):
            raise TypeError(
                "SerialDataCarrier.carrierUrl: "
                + (
                    "required field missing"
                    if _raw_carrier_url is UNSET
                    else "expected string, got " + type(_raw_carrier_url).__name__
                )
            )
        carrier_url = _raw_carrier_url

        _raw_created = d.pop("created", UNSET)
        if not (isinstance(_raw_created, str)):
            raise TypeError(
                "SerialDataCarrier.created: "
                + (
                    "required field missing"
                    if _raw_created is UNSET
                    else "expected date-time string, got " + type(_raw_created).__name__
                )
            )
        try:
            created = datetime.datetime.fromisoformat(_raw_created)

        except ValueError:
            raise TypeError("SerialDataCarrier.created: not a valid date-time string") from None

        _raw_created_by_id = d.pop("createdById", UNSET)
        if not (isinstance(_raw_created_by_id, str)):
            raise TypeError(
                "SerialDataCarrier.createdById: "
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
                "SerialDataCarrier.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_modified = d.pop("modified", UNSET)
        if not (isinstance(_raw_modified, str)):
            raise TypeError(
                "SerialDataCarrier.modified: "
                + (
                    "required field missing"
                    if _raw_modified is UNSET
                    else "expected date-time string, got " + type(_raw_modified).__name__
                )
            )
        try:
            modified = datetime.datetime.fromisoformat(_raw_modified)

        except ValueError:
            raise TypeError("SerialDataCarrier.modified: not a valid date-time string") from None

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if not (isinstance(_raw_modified_by_id, str)):
            raise TypeError(
                "SerialDataCarrier.modifiedById: "
                + (
                    "required field missing"
                    if _raw_modified_by_id is UNSET
                    else "expected string, got " + type(_raw_modified_by_id).__name__
                )
            )
        modified_by_id = _raw_modified_by_id

        _raw_serial_id = d.pop("serialId", UNSET)
        if not (isinstance(_raw_serial_id, str)):
            raise TypeError(
                "SerialDataCarrier.serialId: "
                + (
                    "required field missing"
                    if _raw_serial_id is UNSET
                    else "expected string, got " + type(_raw_serial_id).__name__
                )
            )
        serial_id = _raw_serial_id

        _raw_short_id = d.pop("shortId", UNSET)
        if _raw_short_id is not UNSET and not (isinstance(_raw_short_id, str) or _raw_short_id is None):
            raise TypeError("SerialDataCarrier.shortId: expected string or null, got " + type(_raw_short_id).__name__)

        def _parse_short_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        short_id = _parse_short_id(_raw_short_id)

        serial_data_carrier = cls(
            account_id=account_id,
            carrier_type=carrier_type,
            carrier_url=carrier_url,
            created=created,
            created_by_id=created_by_id,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            serial_id=serial_id,
            short_id=short_id,
        )

        serial_data_carrier.additional_properties = d
        return serial_data_carrier

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
