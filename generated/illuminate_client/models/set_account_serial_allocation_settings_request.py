from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.serial_strategy import SerialStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_definition import AttributeDefinition


T = TypeVar("T", bound="SetAccountSerialAllocationSettingsRequest")


@_attrs_define
class SetAccountSerialAllocationSettingsRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        length (int): Number of characters of every serial.
        strategy (SerialStrategy): How serials are drawn.
        symbols (str | Unset): The `symbols` field as sent and echoed (see SerialSymbols for its rules).
            Numeric strategies do not use symbols: with them any string is
            accepted and ignored, and the rules below apply only to
            RANDOM_ALPHANUMERIC.
        attributes (list[AttributeDefinition] | Unset): The account's serial attributes (at most 20, each name once);
            the list replaces the ones before.
    """

    account_id: str
    length: int
    strategy: SerialStrategy
    symbols: str | Unset = UNSET
    attributes: list[AttributeDefinition] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        length = self.length

        strategy = self.strategy.value

        symbols = self.symbols

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "length": length,
                "strategy": strategy,
            }
        )
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_definition import AttributeDefinition

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "SetAccountSerialAllocationSettingsRequest: expected a JSON object, got " + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "SetAccountSerialAllocationSettingsRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_length = d.pop("length", UNSET)
        if not (isinstance(_raw_length, int) and not isinstance(_raw_length, bool)):
            raise TypeError(
                "SetAccountSerialAllocationSettingsRequest.length: "
                + (
                    "required field missing"
                    if _raw_length is UNSET
                    else "expected integer, got " + type(_raw_length).__name__
                )
            )
        length = _raw_length

        _raw_strategy = d.pop("strategy", UNSET)
        if not (isinstance(_raw_strategy, str)):
            raise TypeError(
                "SetAccountSerialAllocationSettingsRequest.strategy: "
                + (
                    "required field missing"
                    if _raw_strategy is UNSET
                    else "expected one of the listed values, got " + type(_raw_strategy).__name__
                )
            )
        try:
            strategy = SerialStrategy(_raw_strategy)

        except ValueError:
            raise TypeError(
                "SetAccountSerialAllocationSettingsRequest.strategy: not a valid one of the listed values"
            ) from None

        _raw_symbols = d.pop("symbols", UNSET)
        if _raw_symbols is not UNSET and not (isinstance(_raw_symbols, str)):
            raise TypeError(
                "SetAccountSerialAllocationSettingsRequest.symbols: expected string, got " + type(_raw_symbols).__name__
            )
        symbols = _raw_symbols

        _raw_attributes = d.pop("attributes", UNSET)
        if _raw_attributes is not UNSET and not (isinstance(_raw_attributes, list)):
            raise TypeError(
                "SetAccountSerialAllocationSettingsRequest.attributes: expected array, got "
                + type(_raw_attributes).__name__
            )
        _attributes = _raw_attributes
        attributes: list[AttributeDefinition] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeDefinition.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        set_account_serial_allocation_settings_request = cls(
            account_id=account_id,
            length=length,
            strategy=strategy,
            symbols=symbols,
            attributes=attributes,
        )

        return set_account_serial_allocation_settings_request
