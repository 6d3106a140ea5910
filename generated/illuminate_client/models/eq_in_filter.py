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
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)

        in_ = cast(list[str], d.pop("in", UNSET))

        eq_in_filter = cls(
            eq=eq,
            in_=in_,
        )

        return eq_in_filter
