from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        status (JobState | str):
        type_ (JobType | str):
        account_id (None | str | Unset):
        id (None | str | Unset):
    """

    breakdown: JobStatusBreakdown
    data: JobStatusData
    job_item_counts: JobStatusJobItemCounts
    status: JobState | str
    type_: JobType | str
    account_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakdown = self.breakdown.to_dict()

        data = self.data.to_dict()

        job_item_counts = self.job_item_counts.to_dict()

        status: str
        if isinstance(self.status, JobState):
            status = self.status.value
        else:
            status = self.status

        type_: str
        if isinstance(self.type_, JobType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
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

        if not isinstance(src_dict, Mapping):
            raise TypeError("JobStatus: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_breakdown = d.pop("breakdown", UNSET)
        if not (isinstance(_raw_breakdown, Mapping)):
            raise TypeError(
                "JobStatus.breakdown: "
                + (
                    "required field missing"
                    if _raw_breakdown is UNSET
                    else "expected object, got " + type(_raw_breakdown).__name__
                )
            )
        breakdown = JobStatusBreakdown.from_dict(_raw_breakdown)

        _raw_data = d.pop("data", UNSET)
        if not (isinstance(_raw_data, Mapping)):
            raise TypeError(
                "JobStatus.data: "
                + (
                    "required field missing"
                    if _raw_data is UNSET
                    else "expected object, got " + type(_raw_data).__name__
                )
            )
        data = JobStatusData.from_dict(_raw_data)

        _raw_job_item_counts = d.pop("jobItemCounts", UNSET)
        if not (isinstance(_raw_job_item_counts, Mapping)):
            raise TypeError(
                "JobStatus.jobItemCounts: "
                + (
                    "required field missing"
                    if _raw_job_item_counts is UNSET
                    else "expected object, got " + type(_raw_job_item_counts).__name__
                )
            )
        job_item_counts = JobStatusJobItemCounts.from_dict(_raw_job_item_counts)

        _raw_status = d.pop("status", UNSET)
        if not (isinstance(_raw_status, str) or isinstance(_raw_status, str)):
            raise TypeError(
                "JobStatus.status: "
                + (
                    "required field missing"
                    if _raw_status is UNSET
                    else "expected one of the listed values or string, got " + type(_raw_status).__name__
                )
            )

        def _parse_status(data: object) -> JobState | str:
            _tried: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobState(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str):
                return cast(JobState | str, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        status = _parse_status(_raw_status)

        _raw_type_ = d.pop("type", UNSET)
        if not (isinstance(_raw_type_, str) or isinstance(_raw_type_, str)):
            raise TypeError(
                "JobStatus.type: "
                + (
                    "required field missing"
                    if _raw_type_ is UNSET
                    else "expected one of the listed values or string, got " + type(_raw_type_).__name__
                )
            )

        def _parse_type_(data: object) -> JobType | str:
            _tried: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = JobType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str):
                return cast(JobType | str, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        type_ = _parse_type_(_raw_type_)

        _raw_account_id = d.pop("accountId", UNSET)
        if _raw_account_id is not UNSET and not (isinstance(_raw_account_id, str) or _raw_account_id is None):
            raise TypeError("JobStatus.accountId: expected string or null, got " + type(_raw_account_id).__name__)

        def _parse_account_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        account_id = _parse_account_id(_raw_account_id)

        _raw_id = d.pop("id", UNSET)
        if _raw_id is not UNSET and not (isinstance(_raw_id, str) or _raw_id is None):
            raise TypeError("JobStatus.id: expected string or null, got " + type(_raw_id).__name__)

        def _parse_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        id = _parse_id(_raw_id)

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
