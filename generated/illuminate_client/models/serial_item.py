from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.flag_values import FlagValues


T = TypeVar("T", bound="SerialItem")


@_attrs_define
class SerialItem:
    """One serialized item with its flags and attributes.

    Attributes:
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial (str): The serial value, a GS1 AI (21) string.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        allocation_space (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        attributes (AttributeValues): Attribute name to value. Example: {'warranty_start': '2025-04-01'}.
        flags (FlagValues): Flag name to value. Example: {'flag1': False, 'flag2': True}.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        hash_ (None | str | Unset): A hash of the serial, shown in one example.
    """

    id: str
    serial: str
    digital_twin_id: str
    account_id: str
    allocation_space: str
    attributes: AttributeValues
    flags: FlagValues
    created: datetime.datetime
    created_by_id: str
    modified: datetime.datetime
    modified_by_id: str
    hash_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        serial = self.serial

        digital_twin_id = self.digital_twin_id

        account_id = self.account_id

        allocation_space = self.allocation_space

        attributes = self.attributes.to_dict()

        flags = self.flags.to_dict()

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "serial": serial,
                "digitalTwinId": digital_twin_id,
                "accountId": account_id,
                "allocationSpace": allocation_space,
                "attributes": attributes,
                "flags": flags,
                "created": created,
                "createdById": created_by_id,
                "modified": modified,
                "modifiedById": modified_by_id,
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues
        from ..models.flag_values import FlagValues

        if not isinstance(src_dict, Mapping):
            raise TypeError("SerialItem: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "SerialItem.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_serial = d.pop("serial", UNSET)
        if not (isinstance(_raw_serial, str)):
            raise TypeError(
                "SerialItem.serial: "
                + (
                    "required field missing"
                    if _raw_serial is UNSET
                    else "expected string, got " + type(_raw_serial).__name__
                )
            )
        serial = _raw_serial

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if not (isinstance(_raw_digital_twin_id, str)):
            raise TypeError(
                "SerialItem.digitalTwinId: "
                + (
                    "required field missing"
                    if _raw_digital_twin_id is UNSET
                    else "expected string, got " + type(_raw_digital_twin_id).__name__
                )
            )
        digital_twin_id = _raw_digital_twin_id

        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "SerialItem.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_allocation_space = d.pop("allocationSpace", UNSET)
        if not (isinstance(_raw_allocation_space, str)):
            raise TypeError(
                "SerialItem.allocationSpace: "
                + (
                    "required field missing"
                    if _raw_allocation_space is UNSET
                    else "expected string, got " + type(_raw_allocation_space).__name__
                )
            )
        allocation_space = _raw_allocation_space

        _raw_attributes = d.pop("attributes", UNSET)
        if not (isinstance(_raw_attributes, Mapping)):
            raise TypeError(
                "SerialItem.attributes: "
                + (
                    "required field missing"
                    if _raw_attributes is UNSET
                    else "expected object, got " + type(_raw_attributes).__name__
                )
            )
        attributes = AttributeValues.from_dict(_raw_attributes)

        _raw_flags = d.pop("flags", UNSET)
        if not (isinstance(_raw_flags, Mapping)):
            raise TypeError(
                "SerialItem.flags: "
                + (
                    "required field missing"
                    if _raw_flags is UNSET
                    else "expected object, got " + type(_raw_flags).__name__
                )
            )
        flags = FlagValues.from_dict(_raw_flags)

        _raw_created = d.pop("created", UNSET)
        if not (isinstance(_raw_created, str)):
            raise TypeError(
                "SerialItem.created: "
                + (
                    "required field missing"
                    if _raw_created is UNSET
                    else "expected date-time string, got " + type(_raw_created).__name__
                )
            )
        try:
            created = datetime.datetime.fromisoformat(_raw_created)

        except ValueError:
            raise TypeError("SerialItem.created: not a valid date-time string") from None

        _raw_created_by_id = d.pop("createdById", UNSET)
        if not (isinstance(_raw_created_by_id, str)):
            raise TypeError(
                "SerialItem.createdById: "
                + (
                    "required field missing"
                    if _raw_created_by_id is UNSET
                    else "expected string, got " + type(_raw_created_by_id).__name__
                )
            )
        created_by_id = _raw_created_by_id

        _raw_modified = d.pop("modified", UNSET)
        if not (isinstance(_raw_modified, str)):
            raise TypeError(
                "SerialItem.modified: "
                + (
                    "required field missing"
                    if _raw_modified is UNSET
                    else "expected date-time string, got " + type(_raw_modified).__name__
                )
            )
        try:
            modified = datetime.datetime.fromisoformat(_raw_modified)

        except ValueError:
            raise TypeError("SerialItem.modified: not a valid date-time string") from None

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if not (isinstance(_raw_modified_by_id, str)):
            raise TypeError(
                "SerialItem.modifiedById: "
                + (
                    "required field missing"
                    if _raw_modified_by_id is UNSET
                    else "expected string, got " + type(_raw_modified_by_id).__name__
                )
            )
        modified_by_id = _raw_modified_by_id

        _raw_hash_ = d.pop("hash", UNSET)
        if _raw_hash_ is not UNSET and not (isinstance(_raw_hash_, str) or _raw_hash_ is None):
            raise TypeError("SerialItem.hash: expected string or null, got " + type(_raw_hash_).__name__)

        def _parse_hash_(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        hash_ = _parse_hash_(_raw_hash_)

        serial_item = cls(
            id=id,
            serial=serial,
            digital_twin_id=digital_twin_id,
            account_id=account_id,
            allocation_space=allocation_space,
            attributes=attributes,
            flags=flags,
            created=created,
            created_by_id=created_by_id,
            modified=modified,
            modified_by_id=modified_by_id,
            hash_=hash_,
        )

        serial_item.additional_properties = d
        return serial_item

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
