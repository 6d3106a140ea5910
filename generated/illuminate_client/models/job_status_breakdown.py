from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.job_item_group import JobItemGroup


T = TypeVar("T", bound="JobStatusBreakdown")


@_attrs_define
class JobStatusBreakdown:
    """
    Attributes:
        job_items (list[JobItemGroup]):
        progress (float): Share of the job done, from 0 to 1.
    """

    job_items: list[JobItemGroup]
    progress: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_items = []
        for job_items_item_data in self.job_items:
            job_items_item = job_items_item_data.to_dict()
            job_items.append(job_items_item)

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobItems": job_items,
                "progress": progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_item_group import JobItemGroup

        if not isinstance(src_dict, Mapping):
            raise TypeError("JobStatusBreakdown: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_job_items = d.pop("jobItems", UNSET)
        if not (isinstance(_raw_job_items, list)):
            raise TypeError(
                "JobStatusBreakdown.jobItems: "
                + (
                    "required field missing"
                    if _raw_job_items is UNSET
                    else "expected array, got " + type(_raw_job_items).__name__
                )
            )
        job_items = []
        _job_items = _raw_job_items
        for job_items_item_data in _job_items:
            job_items_item = JobItemGroup.from_dict(job_items_item_data)

            job_items.append(job_items_item)

        _raw_progress = d.pop("progress", UNSET)
        if not (isinstance(_raw_progress, (int, float)) and not isinstance(_raw_progress, bool)):
            raise TypeError(
                "JobStatusBreakdown.progress: "
                + (
                    "required field missing"
                    if _raw_progress is UNSET
                    else "expected number, got " + type(_raw_progress).__name__
                )
            )
        progress = _raw_progress

        job_status_breakdown = cls(
            job_items=job_items,
            progress=progress,
        )

        job_status_breakdown.additional_properties = d
        return job_status_breakdown

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
