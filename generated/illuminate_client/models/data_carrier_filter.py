from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.carrier_type import CarrierType
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_carrier_filter_digital_twin import DataCarrierFilterDigitalTwin


T = TypeVar("T", bound="DataCarrierFilter")


@_attrs_define
class DataCarrierFilter:
    """
    Attributes:
        digital_twin (DataCarrierFilterDigitalTwin):
        carrier_types (list[CarrierType]):
    """

    digital_twin: DataCarrierFilterDigitalTwin
    carrier_types: list[CarrierType]

    def to_dict(self) -> dict[str, Any]:
        digital_twin = self.digital_twin.to_dict()

        carrier_types = []
        for carrier_types_item_data in self.carrier_types:
            carrier_types_item = carrier_types_item_data.value
            carrier_types.append(carrier_types_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "digitalTwin": digital_twin,
                "carrierTypes": carrier_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_carrier_filter_digital_twin import DataCarrierFilterDigitalTwin

        if not isinstance(src_dict, Mapping):
            raise TypeError("DataCarrierFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_digital_twin = d.pop("digitalTwin", UNSET)
        if not (isinstance(_raw_digital_twin, Mapping)):
            raise TypeError(
                "DataCarrierFilter.digitalTwin: "
                + (
                    "required field missing"
                    if _raw_digital_twin is UNSET
                    else "expected object, got " + type(_raw_digital_twin).__name__
                )
            )
        digital_twin = DataCarrierFilterDigitalTwin.from_dict(_raw_digital_twin)

        _raw_carrier_types = d.pop("carrierTypes", UNSET)
        if not (isinstance(_raw_carrier_types, list) and all(isinstance(_item, str) for _item in _raw_carrier_types)):
            raise TypeError(
                "DataCarrierFilter.carrierTypes: "
                + (
                    "required field missing"
                    if _raw_carrier_types is UNSET
                    else "expected array, got " + type(_raw_carrier_types).__name__
                )
            )
        carrier_types = []
        _carrier_types = _raw_carrier_types
        for carrier_types_item_data in _carrier_types:
            carrier_types_item = CarrierType(carrier_types_item_data)

            carrier_types.append(carrier_types_item)

        data_carrier_filter = cls(
            digital_twin=digital_twin,
            carrier_types=carrier_types,
        )

        return data_carrier_filter
