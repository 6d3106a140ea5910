from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdsFilter")


@_attrs_define
class IdsFilter:
    """
    Attributes:
        ids (list[str] | Unset):
    """

    ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("IdsFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_ids = d.pop("ids", UNSET)
        if _raw_ids is not UNSET and not (
            isinstance(_raw_ids, list) and all(isinstance(_item, str) for _item in _raw_ids)
        ):
            raise TypeError("IdsFilter.ids: expected array, got " + type(_raw_ids).__name__)
        ids = cast(list[str], _raw_ids)

        ids_filter = cls(
            ids=ids,
        )

        return ids_filter
