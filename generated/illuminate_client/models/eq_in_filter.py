from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EqInFilter")


@_attrs_define
class EqInFilter:
    """Matches one value (`eq`) or any of several (`in`).

    Attributes:
        eq (str | Unset):
        in_ (list[str] | Unset):
    """

    eq: str | Unset = UNSET
    in_: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        in_: list[str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if in_ is not UNSET:
            field_dict["in"] = in_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("EqInFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_eq = d.pop("eq", UNSET)
        if _raw_eq is not UNSET and not (isinstance(_raw_eq, str)):
            raise TypeError("EqInFilter.eq: expected string, got " + type(_raw_eq).__name__)
        eq = _raw_eq

        _raw_in_ = d.pop("in", UNSET)
        if _raw_in_ is not UNSET and not (
            isinstance(_raw_in_, list) and all(isinstance(_item, str) for _item in _raw_in_)
        ):
            raise TypeError("EqInFilter.in: expected array, got " + type(_raw_in_).__name__)
        in_ = cast(list[str], _raw_in_)

        eq_in_filter = cls(
            eq=eq,
            in_=in_,
        )

        return eq_in_filter
