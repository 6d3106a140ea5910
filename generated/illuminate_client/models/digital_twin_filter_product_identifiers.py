from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalTwinFilterProductIdentifiers")


@_attrs_define
class DigitalTwinFilterProductIdentifiers:
    """
    Attributes:
        eq (str | Unset): Identifier equal to this.
        in_ (str | Unset): Identifier containing this text.
        starts (str | Unset): Identifier starting with this text.
        ends (str | Unset): Identifier ending with this text.
    """

    eq: str | Unset = UNSET
    in_: str | Unset = UNSET
    starts: str | Unset = UNSET
    ends: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        in_ = self.in_

        starts = self.starts

        ends = self.ends

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if in_ is not UNSET:
            field_dict["in"] = in_
        if starts is not UNSET:
            field_dict["starts"] = starts
        if ends is not UNSET:
            field_dict["ends"] = ends

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "DigitalTwinFilterProductIdentifiers: expected a JSON object, got " + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_eq = d.pop("eq", UNSET)
        if _raw_eq is not UNSET and not (isinstance(_raw_eq, str)):
            raise TypeError("DigitalTwinFilterProductIdentifiers.eq: expected string, got " + type(_raw_eq).__name__)
        eq = _raw_eq

        _raw_in_ = d.pop("in", UNSET)
        if _raw_in_ is not UNSET and not (isinstance(_raw_in_, str)):
            raise TypeError("DigitalTwinFilterProductIdentifiers.in: expected string, got " + type(_raw_in_).__name__)
        in_ = _raw_in_

        _raw_starts = d.pop("starts", UNSET)
        if _raw_starts is not UNSET and not (isinstance(_raw_starts, str)):
            raise TypeError(
                "DigitalTwinFilterProductIdentifiers.starts: expected string, got " + type(_raw_starts).__name__
            )
        starts = _raw_starts

        _raw_ends = d.pop("ends", UNSET)
        if _raw_ends is not UNSET and not (isinstance(_raw_ends, str)):
            raise TypeError(
                "DigitalTwinFilterProductIdentifiers.ends: expected string, got " + type(_raw_ends).__name__
            )
        ends = _raw_ends

        digital_twin_filter_product_identifiers = cls(
            eq=eq,
            in_=in_,
            starts=starts,
            ends=ends,
        )

        return digital_twin_filter_product_identifiers
