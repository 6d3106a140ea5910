from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StartSerialGenerationJobRequest")


@_attrs_define
class StartSerialGenerationJobRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_count (int): How many serials to allocate; no more than the allocation space has left. Example: 10000.
    """

    account_id: str
    digital_twin_id: str
    serial_count: int

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        digital_twin_id = self.digital_twin_id

        serial_count = self.serial_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "digitalTwinId": digital_twin_id,
                "serialCount": serial_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        digital_twin_id = d.pop("digitalTwinId")

        serial_count = d.pop("serialCount")

        start_serial_generation_job_request = cls(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            serial_count=serial_count,
        )

        return start_serial_generation_job_request
