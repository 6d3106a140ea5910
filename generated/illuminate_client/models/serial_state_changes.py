from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.attribute_change import AttributeChange
    from ..models.flag_change import FlagChange


T = TypeVar("T", bound="SerialStateChanges")


@_attrs_define
class SerialStateChanges:
    """The flags and attributes set.

    Attributes:
        flags (list[FlagChange]): One entry per flag set.
        attributes (list[AttributeChange]): One entry per attribute set.
    """

    flags: list[FlagChange]
    attributes: list[AttributeChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flags = []
        for componentsschemas_flag_changes_item_data in self.flags:
            componentsschemas_flag_changes_item = componentsschemas_flag_changes_item_data.to_dict()
            flags.append(componentsschemas_flag_changes_item)

        attributes = []
        for componentsschemas_attribute_changes_item_data in self.attributes:
            componentsschemas_attribute_changes_item = componentsschemas_attribute_changes_item_data.to_dict()
            attributes.append(componentsschemas_attribute_changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flags": flags,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_change import AttributeChange
        from ..models.flag_change import FlagChange

        if not isinstance(src_dict, Mapping):
            raise TypeError("SerialStateChanges: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_flags = d.pop("flags", UNSET)
        if not (isinstance(_raw_flags, list)):
            raise TypeError(
                "SerialStateChanges.flags: "
                + (
                    "required field missing"
                    if _raw_flags is UNSET
                    else "expected array, got " + type(_raw_flags).__name__
                )
            )
        flags = []
        _flags = _raw_flags
        for componentsschemas_flag_changes_item_data in _flags:
            componentsschemas_flag_changes_item = FlagChange.from_dict(componentsschemas_flag_changes_item_data)

            flags.append(componentsschemas_flag_changes_item)

        _raw_attributes = d.pop("attributes", UNSET)
        if not (isinstance(_raw_attributes, list)):
            raise TypeError(
                "SerialStateChanges.attributes: "
                + (
                    "required field missing"
                    if _raw_attributes is UNSET
                    else "expected array, got " + type(_raw_attributes).__name__
                )
            )
        attributes = []
        _attributes = _raw_attributes
        for componentsschemas_attribute_changes_item_data in _attributes:
            componentsschemas_attribute_changes_item = AttributeChange.from_dict(
                componentsschemas_attribute_changes_item_data
            )

            attributes.append(componentsschemas_attribute_changes_item)

        serial_state_changes = cls(
            flags=flags,
            attributes=attributes,
        )

        serial_state_changes.additional_properties = d
        return serial_state_changes

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
