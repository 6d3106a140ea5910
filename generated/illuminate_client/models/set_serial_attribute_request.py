from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="SetSerialAttributeRequest")


@_attrs_define
class SetSerialAttributeRequest:
    """
    Attributes:
        value (str): The attribute's new value.
    """

    value: str

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("SetSerialAttributeRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_value = d.pop("value", UNSET)
        if not (isinstance(_raw_value, str)):
            raise TypeError(
                "SetSerialAttributeRequest.value: "
                + (
                    "required field missing"
                    if _raw_value is UNSET
                    else "expected string, got " + type(_raw_value).__name__
                )
            )
        value = _raw_value

        set_serial_attribute_request = cls(
            value=value,
        )

        return set_serial_attribute_request
