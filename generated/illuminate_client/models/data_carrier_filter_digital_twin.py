from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="DataCarrierFilterDigitalTwin")


@_attrs_define
class DataCarrierFilterDigitalTwin:
    """
    Attributes:
        ids (list[str]):
    """

    ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DataCarrierFilterDigitalTwin: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_ids = d.pop("ids", UNSET)
        if not (isinstance(_raw_ids, list) and all(isinstance(_item, str) for _item in _raw_ids)):
            raise TypeError(
                "DataCarrierFilterDigitalTwin.ids: "
                + ("required field missing" if _raw_ids is UNSET else "expected array, got " + type(_raw_ids).__name__)
            )
        ids = cast(list[str], _raw_ids)

        data_carrier_filter_digital_twin = cls(
            ids=ids,
        )

        return data_carrier_filter_digital_twin
