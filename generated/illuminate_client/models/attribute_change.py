from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="AttributeChange")


@_attrs_define
class AttributeChange:
    """An attribute that was set and its new value.

    Attributes:
        name (str): The name of a serial attribute, 1 to 20 lower-case letters, digits and underscores. Example:
            warranty_start.
        value (str):
    """

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("AttributeChange: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        if not (isinstance(_raw_name, str)):
            raise TypeError(
                "AttributeChange.name: "
                + (
                    "required field missing"
                    if _raw_name is UNSET
                    else "expected string, got " + type(_raw_name).__name__
                )
            )
        name = _raw_name

        _raw_value = d.pop("value", UNSET)
        if not (isinstance(_raw_value, str)):
            raise TypeError(
                "AttributeChange.value: "
                + (
                    "required field missing"
                    if _raw_value is UNSET
                    else "expected string, got " + type(_raw_value).__name__
                )
            )
        value = _raw_value

        attribute_change = cls(
            name=name,
            value=value,
        )

        attribute_change.additional_properties = d
        return attribute_change

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
