from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SerializationJob")


@_attrs_define
class SerializationJob:
    """A serialization job and its state.

    Attributes:
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        identifier (str): The name of a serialization job, unique in its account (e.g. `job_1`). Example: job_1.
        status (JobState | str):
        digital_twin_id (None | str | Unset):
        count (int | None | Unset): How many serials the job makes.
        created (datetime.datetime | None | Unset):
    """

    id: str
    identifier: str
    status: JobState | str
    digital_twin_id: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        identifier = self.identifier

        status: str
        if isinstance(self.status, JobState):
            status = self.status.value
        else:
            status = self.status

        digital_twin_id: None | str | Unset
        if isinstance(self.digital_twin_id, Unset):
            digital_twin_id = UNSET
        else:
            digital_twin_id = self.digital_twin_id

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "identifier": identifier,
                "status": status,
            }
        )
        if digital_twin_id is not UNSET:
            field_dict["digitalTwinId"] = digital_twin_id
        if count is not UNSET:
            field_dict["count"] = count
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("SerializationJob: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "SerializationJob.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_identifier = d.pop("identifier", UNSET)
        if not (isinstance(_raw_identifier, str)):
            raise TypeError(
                "SerializationJob.identifier: "
                + (
                    "required field missing"
                    if _raw_identifier is UNSET
                    else "expected string, got " + type(_raw_identifier).__name__
                )
            )
        identifier = _raw_identifier

        _raw_status = d.pop("status", UNSET)
        if not (isinstance(_raw_status, str) or isinstance(_raw_status, str)):
            raise TypeError(
                "SerializationJob.status: "
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

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if _raw_digital_twin_id is not UNSET and not (
            isinstance(_raw_digital_twin_id, str) or _raw_digital_twin_id is None
        ):
            raise TypeError(
                "SerializationJob.digitalTwinId: expected string or null, got " + type(_raw_digital_twin_id).__name__
            )

        def _parse_digital_twin_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        digital_twin_id = _parse_digital_twin_id(_raw_digital_twin_id)

        _raw_count = d.pop("count", UNSET)
        if _raw_count is not UNSET and not (
            (isinstance(_raw_count, int) and not isinstance(_raw_count, bool)) or _raw_count is None
        ):
            raise TypeError("SerializationJob.count: expected integer or null, got " + type(_raw_count).__name__)

        def _parse_count(data: object) -> int | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if (isinstance(data, int) and not isinstance(data, bool)) or data is None:
                return cast(int | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        count = _parse_count(_raw_count)

        _raw_created = d.pop("created", UNSET)
        if _raw_created is not UNSET and not (isinstance(_raw_created, str) or _raw_created is None):
            raise TypeError(
                "SerializationJob.created: expected date-time string or null, got " + type(_raw_created).__name__
            )

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created = _parse_created(_raw_created)

        serialization_job = cls(
            id=id,
            identifier=identifier,
            status=status,
            digital_twin_id=digital_twin_id,
            count=count,
            created=created,
        )

        serialization_job.additional_properties = d
        return serialization_job

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
