from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="AttributeDefinition")


@_attrs_define
class AttributeDefinition:
    """A serial attribute of the account.

    Attributes:
        name (str): The name of a serial attribute, 1 to 20 lower-case letters, digits and underscores. Example:
            warranty_start.
        mandatory (bool): A value is required when a serial item is created.
    """

    name: str
    mandatory: bool

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mandatory = self.mandatory

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "mandatory": mandatory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("AttributeDefinition: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        if not (isinstance(_raw_name, str)):
            raise TypeError(
                "AttributeDefinition.name: "
                + (
                    "required field missing"
                    if _raw_name is UNSET
                    else "expected string, got " + type(_raw_name).__name__
                )
            )
        name = _raw_name

        _raw_mandatory = d.pop("mandatory", UNSET)
        if not (isinstance(_raw_mandatory, bool)):
            raise TypeError(
                "AttributeDefinition.mandatory: "
                + (
                    "required field missing"
                    if _raw_mandatory is UNSET
                    else "expected boolean, got " + type(_raw_mandatory).__name__
                )
            )
        mandatory = _raw_mandatory

        attribute_definition = cls(
            name=name,
            mandatory=mandatory,
        )

        return attribute_definition
