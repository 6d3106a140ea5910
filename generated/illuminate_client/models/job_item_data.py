from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobItemData")


@_attrs_define
class JobItemData:
    """Batch details; which fields appear depends on the batch type.

    Attributes:
        count (int | Unset):
        digital_twin_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        next_job_item_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        allocated_range (list[int] | Unset): An inclusive range of allocation indexes, [first, last].
        range_ (list[int] | Unset): An inclusive range of allocation indexes, [first, last].
        allocation_space (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        seed (str | Unset):
    """

    count: int | Unset = UNSET
    digital_twin_id: str | Unset = UNSET
    next_job_item_id: str | Unset = UNSET
    allocated_range: list[int] | Unset = UNSET
    range_: list[int] | Unset = UNSET
    allocation_space: str | Unset = UNSET
    seed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        digital_twin_id = self.digital_twin_id

        next_job_item_id = self.next_job_item_id

        allocated_range: list[int] | Unset = UNSET
        if not isinstance(self.allocated_range, Unset):
            allocated_range = self.allocated_range

        range_: list[int] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_

        allocation_space = self.allocation_space

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if digital_twin_id is not UNSET:
            field_dict["digitalTwinId"] = digital_twin_id
        if next_job_item_id is not UNSET:
            field_dict["nextJobItemId"] = next_job_item_id
        if allocated_range is not UNSET:
            field_dict["allocatedRange"] = allocated_range
        if range_ is not UNSET:
            field_dict["range"] = range_
        if allocation_space is not UNSET:
            field_dict["allocationSpace"] = allocation_space
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        digital_twin_id = d.pop("digitalTwinId", UNSET)

        next_job_item_id = d.pop("nextJobItemId", UNSET)

        allocated_range = cast(list[int], d.pop("allocatedRange", UNSET))

        range_ = cast(list[int], d.pop("range", UNSET))

        allocation_space = d.pop("allocationSpace", UNSET)

        seed = d.pop("seed", UNSET)

        job_item_data = cls(
            count=count,
            digital_twin_id=digital_twin_id,
            next_job_item_id=next_job_item_id,
            allocated_range=allocated_range,
            range_=range_,
            allocation_space=allocation_space,
            seed=seed,
        )

        job_item_data.additional_properties = d
        return job_item_data

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
