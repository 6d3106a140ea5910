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
        d = dict(src_dict)
        in_ = cast(list[str], d.pop("in", UNSET))

        not_in = cast(list[str], d.pop("notIn", UNSET))

        digital_twin_filter_digital_twin_ids = cls(
            in_=in_,
            not_in=not_in,
        )

        return digital_twin_filter_digital_twin_ids
