from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="FlagChange")


@_attrs_define
class FlagChange:
    """A flag that was set, its new and previous value.

    Attributes:
        name (str): The name of a flag, as the account administrator created it in the Illuminate UI. Example: flag1.
        value (bool):
        previous_value (bool):
    """

    name: str
    value: bool
    previous_value: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        previous_value = self.previous_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
                "previous_value": previous_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("FlagChange: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        if not (isinstance(_raw_name, str)):
            raise TypeError(
                "FlagChange.name: "
                + (
                    "required field missing"
                    if _raw_name is UNSET
                    else "expected string, got " + type(_raw_name).__name__
                )
            )
        name = _raw_name

        _raw_value = d.pop("value", UNSET)
        if not (isinstance(_raw_value, bool)):
            raise TypeError(
                "FlagChange.value: "
                + (
                    "required field missing"
                    if _raw_value is UNSET
                    else "expected boolean, got " + type(_raw_value).__name__
                )
            )
        value = _raw_value

        _raw_previous_value = d.pop("previous_value", UNSET)
        if not (isinstance(_raw_previous_value, bool)):
            raise TypeError(
                "FlagChange.previous_value: "
                + (
                    "required field missing"
                    if _raw_previous_value is UNSET
                    else "expected boolean, got " + type(_raw_previous_value).__name__
                )
            )
        previous_value = _raw_previous_value

        flag_change = cls(
            name=name,
            value=value,
            previous_value=previous_value,
        )

        flag_change.additional_properties = d
        return flag_change

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
