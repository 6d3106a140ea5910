from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.serial_allocation_settings import SerialAllocationSettings


T = TypeVar("T", bound="DigitalTwinSerialAllocationSettings")


@_attrs_define
class DigitalTwinSerialAllocationSettings:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_allocation_settings (SerialAllocationSettings):
    """

    account_id: str
    digital_twin_id: str
    serial_allocation_settings: SerialAllocationSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        digital_twin_id = self.digital_twin_id

        serial_allocation_settings = self.serial_allocation_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "digitalTwinId": digital_twin_id,
                "serialAllocationSettings": serial_allocation_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.serial_allocation_settings import SerialAllocationSettings

        d = dict(src_dict)
        account_id = d.pop("accountId")

        digital_twin_id = d.pop("digitalTwinId")

        serial_allocation_settings = SerialAllocationSettings.from_dict(d.pop("serialAllocationSettings"))

        digital_twin_serial_allocation_settings = cls(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            serial_allocation_settings=serial_allocation_settings,
        )

        digital_twin_serial_allocation_settings.additional_properties = d
        return digital_twin_serial_allocation_settings

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
