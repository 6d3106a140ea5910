from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

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
        if not isinstance(src_dict, Mapping):
            raise TypeError("StartSerialGenerationJobRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "StartSerialGenerationJobRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if not (isinstance(_raw_digital_twin_id, str)):
            raise TypeError(
                "StartSerialGenerationJobRequest.digitalTwinId: "
                + (
                    "required field missing"
                    if _raw_digital_twin_id is UNSET
                    else "expected string, got " + type(_raw_digital_twin_id).__name__
                )
            )
        digital_twin_id = _raw_digital_twin_id

        _raw_serial_count = d.pop("serialCount", UNSET)
        if not (isinstance(_raw_serial_count, int) and not isinstance(_raw_serial_count, bool)):
            raise TypeError(
                "StartSerialGenerationJobRequest.serialCount: "
                + (
                    "required field missing"
                    if _raw_serial_count is UNSET
                    else "expected integer, got " + type(_raw_serial_count).__name__
                )
            )
        serial_count = _raw_serial_count

        start_serial_generation_job_request = cls(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            serial_count=serial_count,
        )

        return start_serial_generation_job_request
