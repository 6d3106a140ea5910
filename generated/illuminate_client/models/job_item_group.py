from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_item_group_type import JobItemGroupType

if TYPE_CHECKING:
    from ..models.job_item import JobItem


T = TypeVar("T", bound="JobItemGroup")


@_attrs_define
class JobItemGroup:
    """
    Attributes:
        count (int):
        items (list[JobItem]):
        type_ (JobItemGroupType):
    """

    count: int
    items: list[JobItem]
    type_: JobItemGroupType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        type_ = self.type_.value

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

        d = dict(src_dict)
        count = d.pop("count")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = JobItem.from_dict(items_item_data)

            items.append(items_item)

        type_ = JobItemGroupType(d.pop("type"))

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
