from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..models.job_type import JobType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_breakdown import JobStatusBreakdown
    from ..models.job_status_data import JobStatusData
    from ..models.job_status_job_item_counts import JobStatusJobItemCounts


T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """A job's status and progress.

    Attributes:
        breakdown (JobStatusBreakdown):
        data (JobStatusData): The settings and choices the job applied.
        job_item_counts (JobStatusJobItemCounts):
        status (JobState):
        type_ (JobType):
        account_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
    """

    breakdown: JobStatusBreakdown
    data: JobStatusData
    job_item_counts: JobStatusJobItemCounts
    status: JobState
    type_: JobType
    account_id: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakdown = self.breakdown.to_dict()

        data = self.data.to_dict()

        job_item_counts = self.job_item_counts.to_dict()

        status = self.status.value

        type_ = self.type_.value

        account_id = self.account_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breakdown": breakdown,
                "data": data,
                "jobItemCounts": job_item_counts,
                "status": status,
                "type": type_,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_status_breakdown import JobStatusBreakdown
        from ..models.job_status_data import JobStatusData
        from ..models.job_status_job_item_counts import JobStatusJobItemCounts

        d = dict(src_dict)
        breakdown = JobStatusBreakdown.from_dict(d.pop("breakdown"))

        data = JobStatusData.from_dict(d.pop("data"))

        job_item_counts = JobStatusJobItemCounts.from_dict(d.pop("jobItemCounts"))

        status = JobState(d.pop("status"))

        type_ = JobType(d.pop("type"))

        account_id = d.pop("accountId", UNSET)

        id = d.pop("id", UNSET)

        job_status = cls(
            breakdown=breakdown,
            data=data,
            job_item_counts=job_item_counts,
            status=status,
            type_=type_,
            account_id=account_id,
            id=id,
        )

        job_status.additional_properties = d
        return job_status

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
