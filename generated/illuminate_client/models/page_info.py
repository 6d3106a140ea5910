from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Where the next page starts.

    Attributes:
        has_next_page (bool):
        next_cursor (None | str | Unset): Pass as `cursor` for the next page; present when `hasNextPage` is true.
    """

    has_next_page: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_next_page = self.has_next_page

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasNextPage": has_next_page,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PageInfo: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_has_next_page = d.pop("hasNextPage", UNSET)
        if not (isinstance(_raw_has_next_page, bool)):
            raise TypeError(
                "PageInfo.hasNextPage: "
                + (
                    "required field missing"
                    if _raw_has_next_page is UNSET
                    else "expected boolean, got " + type(_raw_has_next_page).__name__
                )
            )
        has_next_page = _raw_has_next_page

        _raw_next_cursor = d.pop("nextCursor", UNSET)
        if _raw_next_cursor is not UNSET and not (isinstance(_raw_next_cursor, str) or _raw_next_cursor is None):
            raise TypeError("PageInfo.nextCursor: expected string or null, got " + type(_raw_next_cursor).__name__)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        next_cursor = _parse_next_cursor(_raw_next_cursor)

        page_info = cls(
            has_next_page=has_next_page,
            next_cursor=next_cursor,
        )

        page_info.additional_properties = d
        return page_info

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
