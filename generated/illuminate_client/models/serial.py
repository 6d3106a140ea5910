from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState

T = TypeVar("T", bound="Serial")


@_attrs_define
class Serial:
    """One serialized item of a digital twin.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial (str): The serial value, a GS1 AI (21) string.
        status (JobState):
    """

    account_id: str
    created: datetime.datetime
    created_by_id: str
    digital_twin_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    serial: str
    status: JobState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        digital_twin_id = self.digital_twin_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        serial = self.serial

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "created": created,
                "createdById": created_by_id,
                "digitalTwinId": digital_twin_id,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
                "serial": serial,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        digital_twin_id = d.pop("digitalTwinId")

        id = d.pop("id")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        modified_by_id = d.pop("modifiedById")

        serial = d.pop("serial")

        status = JobState(d.pop("status"))

        serial = cls(
            account_id=account_id,
            created=created,
            created_by_id=created_by_id,
            digital_twin_id=digital_twin_id,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            serial=serial,
            status=status,
        )

        serial.additional_properties = d
        return serial

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
