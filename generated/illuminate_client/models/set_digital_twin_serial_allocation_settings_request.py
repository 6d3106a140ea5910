from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.serial_strategy import SerialStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetDigitalTwinSerialAllocationSettingsRequest")


@_attrs_define
class SetDigitalTwinSerialAllocationSettingsRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        length (int): Number of characters of every serial.
        strategy (SerialStrategy): How serials are drawn.
        symbols (str | Unset): The `symbols` field as sent and echoed (see SerialSymbols for its rules).
            Numeric strategies do not use symbols: with them any string is
            accepted and ignored, and the rules below apply only to
            RANDOM_ALPHANUMERIC.
    """

    account_id: str
    digital_twin_id: str
    length: int
    strategy: SerialStrategy
    symbols: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        digital_twin_id = self.digital_twin_id

        length = self.length

        strategy = self.strategy.value

        symbols = self.symbols

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "digitalTwinId": digital_twin_id,
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
        account_id = d.pop("accountId")

        digital_twin_id = d.pop("digitalTwinId")

        length = d.pop("length")

        strategy = SerialStrategy(d.pop("strategy"))

        symbols = d.pop("symbols", UNSET)

        set_digital_twin_serial_allocation_settings_request = cls(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            length=length,
            strategy=strategy,
            symbols=symbols,
        )

        return set_digital_twin_serial_allocation_settings_request
