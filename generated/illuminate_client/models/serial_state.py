from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.flag_values import FlagValues


T = TypeVar("T", bound="SerialState")


@_attrs_define
class SerialState:
    """A serial's flags and attributes.

    Attributes:
        flags (FlagValues): Flag name to value. Example: {'flag1': False, 'flag2': True}.
        attributes (AttributeValues): Attribute name to value. Example: {'warranty_start': '2025-04-01'}.
    """

    flags: FlagValues
    attributes: AttributeValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flags = self.flags.to_dict()

        attributes = self.attributes.to_dict()

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
        from ..models.attribute_values import AttributeValues
        from ..models.flag_values import FlagValues

        if not isinstance(src_dict, Mapping):
            raise TypeError("SerialState: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_flags = d.pop("flags", UNSET)
        if not (isinstance(_raw_flags, Mapping)):
            raise TypeError(
                "SerialState.flags: "
                + (
                    "required field missing"
                    if _raw_flags is UNSET
                    else "expected object, got " + type(_raw_flags).__name__
                )
            )
        flags = FlagValues.from_dict(_raw_flags)

        _raw_attributes = d.pop("attributes", UNSET)
        if not (isinstance(_raw_attributes, Mapping)):
            raise TypeError(
                "SerialState.attributes: "
                + (
                    "required field missing"
                    if _raw_attributes is UNSET
                    else "expected object, got " + type(_raw_attributes).__name__
                )
            )
        attributes = AttributeValues.from_dict(_raw_attributes)

        serial_state = cls(
            flags=flags,
            attributes=attributes,
        )

        serial_state.additional_properties = d
        return serial_state

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
