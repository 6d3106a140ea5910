from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="JobStatusJobItemCounts")


@_attrs_define
class JobStatusJobItemCounts:
    """
    Attributes:
        total (int):
    """

    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("JobStatusJobItemCounts: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_total = d.pop("total", UNSET)
        if not (isinstance(_raw_total, int) and not isinstance(_raw_total, bool)):
            raise TypeError(
                "JobStatusJobItemCounts.total: "
                + (
                    "required field missing"
                    if _raw_total is UNSET
                    else "expected integer, got " + type(_raw_total).__name__
                )
            )
        total = _raw_total

        job_status_job_item_counts = cls(
            total=total,
        )

        job_status_job_item_counts.additional_properties = d
        return job_status_job_item_counts

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
