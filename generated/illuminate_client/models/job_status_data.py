from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status_data_allocation_level import JobStatusDataAllocationLevel
from ..models.serial_strategy import SerialStrategy
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusData")


@_attrs_define
class JobStatusData:
    """The settings and choices the job applied.

    Attributes:
        length (int): Number of characters of every serial.
        strategy (SerialStrategy): How serials are drawn.
        range_ (list[int] | Unset): An inclusive range of allocation indexes, [first, last].
        symbols (str | Unset): The `symbols` field as sent and echoed (see SerialSymbols for its rules).
            Numeric strategies do not use symbols: with them any string is
            accepted and ignored, and the rules below apply only to
            RANDOM_ALPHANUMERIC.
        qr_code_step (bool | Unset): Whether QR codes are created.
        watermark_step (bool | Unset): Whether digital watermarks are created.
        default_domain (str | Unset):
        allocation_level (JobStatusDataAllocationLevel | Unset): Whose settings applied.
        default_data_carrier (UrlFormat | Unset): How a QR code's URL is built.
    """

    length: int
    strategy: SerialStrategy
    range_: list[int] | Unset = UNSET
    symbols: str | Unset = UNSET
    qr_code_step: bool | Unset = UNSET
    watermark_step: bool | Unset = UNSET
    default_domain: str | Unset = UNSET
    allocation_level: JobStatusDataAllocationLevel | Unset = UNSET
    default_data_carrier: UrlFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        strategy = self.strategy.value

        range_: list[int] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_

        symbols = self.symbols

        qr_code_step = self.qr_code_step

        watermark_step = self.watermark_step

        default_domain = self.default_domain

        allocation_level: str | Unset = UNSET
        if not isinstance(self.allocation_level, Unset):
            allocation_level = self.allocation_level.value

        default_data_carrier: str | Unset = UNSET
        if not isinstance(self.default_data_carrier, Unset):
            default_data_carrier = self.default_data_carrier.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "length": length,
                "strategy": strategy,
            }
        )
        if range_ is not UNSET:
            field_dict["range"] = range_
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if qr_code_step is not UNSET:
            field_dict["qrCodeStep"] = qr_code_step
        if watermark_step is not UNSET:
            field_dict["watermarkStep"] = watermark_step
        if default_domain is not UNSET:
            field_dict["defaultDomain"] = default_domain
        if allocation_level is not UNSET:
            field_dict["allocationLevel"] = allocation_level
        if default_data_carrier is not UNSET:
            field_dict["defaultDataCarrier"] = default_data_carrier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        length = d.pop("length")

        strategy = SerialStrategy(d.pop("strategy"))

        range_ = cast(list[int], d.pop("range", UNSET))

        symbols = d.pop("symbols", UNSET)

        qr_code_step = d.pop("qrCodeStep", UNSET)

        watermark_step = d.pop("watermarkStep", UNSET)

        default_domain = d.pop("defaultDomain", UNSET)

        _allocation_level = d.pop("allocationLevel", UNSET)
        allocation_level: JobStatusDataAllocationLevel | Unset
        if isinstance(_allocation_level, Unset):
            allocation_level = UNSET
        else:
            allocation_level = JobStatusDataAllocationLevel(_allocation_level)

        _default_data_carrier = d.pop("defaultDataCarrier", UNSET)
        default_data_carrier: UrlFormat | Unset
        if isinstance(_default_data_carrier, Unset):
            default_data_carrier = UNSET
        else:
            default_data_carrier = UrlFormat(_default_data_carrier)

        job_status_data = cls(
            length=length,
            strategy=strategy,
            range_=range_,
            symbols=symbols,
            qr_code_step=qr_code_step,
            watermark_step=watermark_step,
            default_domain=default_domain,
            allocation_level=allocation_level,
            default_data_carrier=default_data_carrier,
        )

        job_status_data.additional_properties = d
        return job_status_data

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
