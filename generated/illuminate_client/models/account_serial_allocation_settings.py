from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.serial_allocation_settings import SerialAllocationSettings


T = TypeVar("T", bound="AccountSerialAllocationSettings")


@_attrs_define
class AccountSerialAllocationSettings:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_allocation_settings (SerialAllocationSettings):
    """

    account_id: str
    serial_allocation_settings: SerialAllocationSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        serial_allocation_settings = self.serial_allocation_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "serialAllocationSettings": serial_allocation_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.serial_allocation_settings import SerialAllocationSettings

        if not isinstance(src_dict, Mapping):
            raise TypeError("AccountSerialAllocationSettings: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "AccountSerialAllocationSettings.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_serial_allocation_settings = d.pop("serialAllocationSettings", UNSET)
        if not (isinstance(_raw_serial_allocation_settings, Mapping)):
            raise TypeError(
                "AccountSerialAllocationSettings.serialAllocationSettings: "
                + (
                    "required field missing"
                    if _raw_serial_allocation_settings is UNSET
                    else "expected object, got " + type(_raw_serial_allocation_settings).__name__
                )
            )
        serial_allocation_settings = SerialAllocationSettings.from_dict(_raw_serial_allocation_settings)

        account_serial_allocation_settings = cls(
            account_id=account_id,
            serial_allocation_settings=serial_allocation_settings,
        )

        account_serial_allocation_settings.additional_properties = d
        return account_serial_allocation_settings

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
