from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..models.job_type import JobType
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.serial_generation_job_data import SerialGenerationJobData


T = TypeVar("T", bound="SerialGenerationJob")


@_attrs_define
class SerialGenerationJob:
    """A serial generation job as it was started.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        data (SerialGenerationJobData):
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        status (JobState | str):
        type_ (JobType | str):
    """

    account_id: str
    data: SerialGenerationJobData
    id: str
    status: JobState | str
    type_: JobType | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        data = self.data.to_dict()

        id = self.id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "data": data,
                "id": id,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.serial_generation_job_data import SerialGenerationJobData

        if not isinstance(src_dict, Mapping):
            raise TypeError("SerialGenerationJob: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "SerialGenerationJob.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_data = d.pop("data", UNSET)
        if not (isinstance(_raw_data, Mapping)):
            raise TypeError(
                "SerialGenerationJob.data: "
                + (
                    "required field missing"
                    if _raw_data is UNSET
                    else "expected object, got " + type(_raw_data).__name__
                )
            )
        data = SerialGenerationJobData.from_dict(_raw_data)

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "SerialGenerationJob.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_status = d.pop("status", UNSET)
        if not (isinstance(_raw_status, str) or isinstance(_raw_status, str)):
            raise TypeError(
                "SerialGenerationJob.status: "
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
                "SerialGenerationJob.type: "
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

        serial_generation_job = cls(
            account_id=account_id,
            data=data,
            id=id,
            status=status,
            type_=type_,
        )

        serial_generation_job.additional_properties = d
        return serial_generation_job

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
