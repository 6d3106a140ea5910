from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.serial_strategy import SerialStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SerialAllocationSettings")


@_attrs_define
class SerialAllocationSettings:
    """
    Attributes:
        length (int): Number of characters of every serial.
        strategy (SerialStrategy): How serials are drawn.
        symbols (str | Unset): The `symbols` field as sent and echoed (see SerialSymbols for its rules).
            Numeric strategies do not use symbols: with them any string is
            accepted and ignored, and the rules below apply only to
            RANDOM_ALPHANUMERIC.
    """

    length: int
    strategy: SerialStrategy
    symbols: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        strategy = self.strategy.value

        symbols = self.symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "length": length,
                "strategy": strategy,
            }
        )
        if symbols is not UNSET:
            field_dict["symbols"] = symbols

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        length = d.pop("length")

        strategy = SerialStrategy(d.pop("strategy"))

        symbols = d.pop("symbols", UNSET)

        serial_allocation_settings = cls(
            length=length,
            strategy=strategy,
            symbols=symbols,
        )

        serial_allocation_settings.additional_properties = d
        return serial_allocation_settings

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
