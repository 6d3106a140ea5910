from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.flag_values import FlagValues


T = TypeVar("T", bound="SetSerialStateRequest")


@_attrs_define
class SetSerialStateRequest:
    """
    Attributes:
        flags (FlagValues): Flag name to value. Example: {'flag1': False, 'flag2': True}.
        attributes (AttributeValues): Attribute name to value. Example: {'warranty_start': '2025-04-01'}.
    """

    flags: FlagValues
    attributes: AttributeValues

    def to_dict(self) -> dict[str, Any]:
        flags = self.flags.to_dict()

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

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
            raise TypeError("SetSerialStateRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_flags = d.pop("flags", UNSET)
        if not (isinstance(_raw_flags, Mapping)):
            raise TypeError(
                "SetSerialStateRequest.flags: "
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
                "SetSerialStateRequest.attributes: "
                + (
                    "required field missing"
                    if _raw_attributes is UNSET
                    else "expected object, got " + type(_raw_attributes).__name__
                )
            )
        attributes = AttributeValues.from_dict(_raw_attributes)

        set_serial_state_request = cls(
            flags=flags,
            attributes=attributes,
        )

        return set_serial_state_request
