from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.serial_strategy import SerialStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SerialGenerationJobData")


@_attrs_define
class SerialGenerationJobData:
    """
    Attributes:
        length (int): Number of characters of every serial.
        strategy (SerialStrategy | str):
        symbols (None | str | Unset):
    """

    length: int
    strategy: SerialStrategy | str
    symbols: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        strategy: str
        if isinstance(self.strategy, SerialStrategy):
            strategy = self.strategy.value
        else:
            strategy = self.strategy

        symbols: None | str | Unset
        if isinstance(self.symbols, Unset):
            symbols = UNSET
        else:
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
        if not isinstance(src_dict, Mapping):
            raise TypeError("SerialGenerationJobData: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_length = d.pop("length", UNSET)
        if not (isinstance(_raw_length, int) and not isinstance(_raw_length, bool)):
            raise TypeError(
                "SerialGenerationJobData.length: "
                + (
                    "required field missing"
                    if _raw_length is UNSET
                    else "expected integer, got " + type(_raw_length).__name__
                )
            )
        length = _raw_length

        _raw_strategy = d.pop("strategy", UNSET)
        if not (isinstance(_raw_strategy, str) or isinstance(_raw_strategy, str)):
            raise TypeError(
                "SerialGenerationJobData.strategy: "
                + (
                    "required field missing"
                    if _raw_strategy is UNSET
                    else "expected one of the listed values or string, got " + type(_raw_strategy).__name__
                )
            )

        def _parse_strategy(data: object) -> SerialStrategy | str:
            _tried: list[str] = []
            try:
                if not isinstance(data, str):
                    raise TypeError()
                strategy_type_0 = SerialStrategy(data)

                return strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str):
                return cast(SerialStrategy | str, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        strategy = _parse_strategy(_raw_strategy)

        _raw_symbols = d.pop("symbols", UNSET)
        if _raw_symbols is not UNSET and not (isinstance(_raw_symbols, str) or _raw_symbols is None):
            raise TypeError(
                "SerialGenerationJobData.symbols: expected string or null, got " + type(_raw_symbols).__name__
            )

        def _parse_symbols(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        symbols = _parse_symbols(_raw_symbols)

        serial_generation_job_data = cls(
            length=length,
            strategy=strategy,
            symbols=symbols,
        )

        serial_generation_job_data.additional_properties = d
        return serial_generation_job_data

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
