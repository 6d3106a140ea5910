from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SetAccountSerialAllocationSettingsResponse2XXType2")


@_attrs_define
class SetAccountSerialAllocationSettingsResponse2XXType2:
    """
    Attributes:
        message (str):
    """

    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "SetAccountSerialAllocationSettingsResponse2XXType2: expected a JSON object, got "
                + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_message = d.pop("message", UNSET)
        if not (isinstance(_raw_message, str)):
            raise TypeError(
                "SetAccountSerialAllocationSettingsResponse2XXType2.message: "
                + (
                    "required field missing"
                    if _raw_message is UNSET
                    else "expected string, got " + type(_raw_message).__name__
                )
            )
        message = _raw_message

        set_account_serial_allocation_settings_response_2xx_type_2 = cls(
            message=message,
        )

        set_account_serial_allocation_settings_response_2xx_type_2.additional_properties = d
        return set_account_serial_allocation_settings_response_2xx_type_2

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
