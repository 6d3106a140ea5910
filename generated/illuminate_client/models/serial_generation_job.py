from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..models.job_type import JobType

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
        status (JobState):
        type_ (JobType):
    """

    account_id: str
    data: SerialGenerationJobData
    id: str
    status: JobState
    type_: JobType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        data = self.data.to_dict()

        id = self.id

        status = self.status.value

        type_ = self.type_.value

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

        d = dict(src_dict)
        account_id = d.pop("accountId")

        data = SerialGenerationJobData.from_dict(d.pop("data"))

        id = d.pop("id")

        status = JobState(d.pop("status"))

        type_ = JobType(d.pop("type"))

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
