from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_item_group_type_type_0 import JobItemGroupTypeType0
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.job_item import JobItem


T = TypeVar("T", bound="JobItemGroup")


@_attrs_define
class JobItemGroup:
    """
    Attributes:
        count (int):
        items (list[JobItem]):
        type_ (JobItemGroupTypeType0 | str):
    """

    count: int
    items: list[JobItem]
    type_: JobItemGroupTypeType0 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        type_: str
        if isinstance(self.type_, JobItemGroupTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "items": items,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_item import JobItem

        if not isinstance(src_dict, Mapping):
            raise TypeError("JobItemGroup: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_count = d.pop("count", UNSET)
        if not (isinstance(_raw_count, int) and not isinstance(_raw_count, bool)):
            raise TypeError(
                "JobItemGroup.count: "
                + (
                    "required field missing"
                    if _raw_count is UNSET
                    else "expected integer, got " + type(_raw_count).__name__
                )
            )
        count = _raw_count

        _raw_items = d.pop("items", UNSET)
        if not (isinstance(_raw_items, list)):
            raise TypeError(
                "JobItemGroup.items: "
                + (
                    "required field missing"
                    if _raw_items is UNSET
                    else "expected array, got " + type(_raw_items).__name__
                )
            )
        items = []
        _items = _raw_items
        for items_item_data in _items:
            items_item = JobItem.from_dict(items_item_data)

            items.append(items_item)

        _raw_type_ = d.pop("type", UNSET)
        if not (isinstance(_raw_type_, str) or isinstance(_raw_type_, str)):
            raise TypeError(
                "JobItemGroup.type: "
                + (
                    "required field missing"
                    if _raw_type_ is UNSET
                    else "expected one of the listed values or string, got " + type(_raw_type_).__name__
                )
            )

        def _parse_type_(data: object) -> JobItemGroupTypeType0 | str:
            _tried: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = JobItemGroupTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str):
                return cast(JobItemGroupTypeType0 | str, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        type_ = _parse_type_(_raw_type_)

        job_item_group = cls(
            count=count,
            items=items,
            type_=type_,
        )

        job_item_group.additional_properties = d
        return job_item_group

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
