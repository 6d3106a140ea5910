from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.job_item_data import JobItemData


T = TypeVar("T", bound="JobItem")


@_attrs_define
class JobItem:
    """
    Attributes:
        data (JobItemData): Batch details; which fields appear depends on the batch type.
        status (JobState | str):
    """

    data: JobItemData
    status: JobState | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        status: str
        if isinstance(self.status, JobState):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_item_data import JobItemData

        if not isinstance(src_dict, Mapping):
            raise TypeError("JobItem: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        if not (isinstance(_raw_data, Mapping)):
            raise TypeError(
                "JobItem.data: "
                + (
                    "required field missing"
                    if _raw_data is UNSET
                    else "expected object, got " + type(_raw_data).__name__
                )
            )
        data = JobItemData.from_dict(_raw_data)

        _raw_status = d.pop("status", UNSET)
        if not (isinstance(_raw_status, str) or isinstance(_raw_status, str)):
            raise TypeError(
                "JobItem.status: "
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

        job_item = cls(
            data=data,
            status=status,
        )

        job_item.additional_properties = d
        return job_item

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
