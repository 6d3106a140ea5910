from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalTwinFilterDigitalTwinIds")


@_attrs_define
class DigitalTwinFilterDigitalTwinIds:
    """
    Attributes:
        in_ (list[str] | Unset):
        not_in (list[str] | Unset):
    """

    in_: list[str] | Unset = UNSET
    not_in: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        in_: list[str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_

        not_in: list[str] | Unset = UNSET
        if not isinstance(self.not_in, Unset):
            not_in = self.not_in

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if in_ is not UNSET:
            field_dict["in"] = in_
        if not_in is not UNSET:
            field_dict["notIn"] = not_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwinFilterDigitalTwinIds: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_in_ = d.pop("in", UNSET)
        if _raw_in_ is not UNSET and not (
            isinstance(_raw_in_, list) and all(isinstance(_item, str) for _item in _raw_in_)
        ):
            raise TypeError("DigitalTwinFilterDigitalTwinIds.in: expected array, got " + type(_raw_in_).__name__)
        in_ = cast(list[str], _raw_in_)

        _raw_not_in = d.pop("notIn", UNSET)
        if _raw_not_in is not UNSET and not (
            isinstance(_raw_not_in, list) and all(isinstance(_item, str) for _item in _raw_not_in)
        ):
            raise TypeError("DigitalTwinFilterDigitalTwinIds.notIn: expected array, got " + type(_raw_not_in).__name__)
        not_in = cast(list[str], _raw_not_in)

        digital_twin_filter_digital_twin_ids = cls(
            in_=in_,
            not_in=not_in,
        )

        return digital_twin_filter_digital_twin_ids
