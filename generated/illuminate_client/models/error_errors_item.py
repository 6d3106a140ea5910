from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ErrorErrorsItem")


@_attrs_define
class ErrorErrorsItem:
    """
    Attributes:
        field (str): Where the bad value is, e.g. body.length or query.first.
        message (str):
    """

    field: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("ErrorErrorsItem: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_field = d.pop("field", UNSET)
        if not (isinstance(_raw_field, str)):
            raise TypeError(
                "ErrorErrorsItem.field: "
                + (
                    "required field missing"
                    if _raw_field is UNSET
                    else "expected string, got " + type(_raw_field).__name__
                )
            )
        field = _raw_field

        _raw_message = d.pop("message", UNSET)
        if not (isinstance(_raw_message, str)):
            raise TypeError(
                "ErrorErrorsItem.message: "
                + (
                    "required field missing"
                    if _raw_message is UNSET
                    else "expected string, got " + type(_raw_message).__name__
                )
            )
        message = _raw_message

        error_errors_item = cls(
            field=field,
            message=message,
        )

        error_errors_item.additional_properties = d
        return error_errors_item

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
