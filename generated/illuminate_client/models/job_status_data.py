from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status_data_allocation_level_type_0 import JobStatusDataAllocationLevelType0
from ..models.serial_strategy import SerialStrategy
from ..models.url_format import UrlFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusData")


@_attrs_define
class JobStatusData:
    """The settings and choices the job applied.

    Attributes:
        length (int): Number of characters of every serial.
        strategy (SerialStrategy | str):
        range_ (list[int] | None | Unset):
        symbols (None | str | Unset):
        qr_code_step (bool | None | Unset): Whether QR codes are created.
        watermark_step (bool | None | Unset): Whether digital watermarks are created.
        default_domain (None | str | Unset):
        allocation_level (JobStatusDataAllocationLevelType0 | None | str | Unset): Whose settings applied.
        default_data_carrier (None | str | Unset | UrlFormat):
    """

    length: int
    strategy: SerialStrategy | str
    range_: list[int] | None | Unset = UNSET
    symbols: None | str | Unset = UNSET
    qr_code_step: bool | None | Unset = UNSET
    watermark_step: bool | None | Unset = UNSET
    default_domain: None | str | Unset = UNSET
    allocation_level: JobStatusDataAllocationLevelType0 | None | str | Unset = UNSET
    default_data_carrier: None | str | Unset | UrlFormat = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        strategy: str
        if isinstance(self.strategy, SerialStrategy):
            strategy = self.strategy.value
        else:
            strategy = self.strategy

        range_: list[int] | None | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        elif isinstance(self.range_, list):
            range_ = self.range_

        else:
            range_ = self.range_

        symbols: None | str | Unset
        if isinstance(self.symbols, Unset):
            symbols = UNSET
        else:
            symbols = self.symbols

        qr_code_step: bool | None | Unset
        if isinstance(self.qr_code_step, Unset):
            qr_code_step = UNSET
        else:
            qr_code_step = self.qr_code_step

        watermark_step: bool | None | Unset
        if isinstance(self.watermark_step, Unset):
            watermark_step = UNSET
        else:
            watermark_step = self.watermark_step

        default_domain: None | str | Unset
        if isinstance(self.default_domain, Unset):
            default_domain = UNSET
        else:
            default_domain = self.default_domain

        allocation_level: None | str | Unset
        if isinstance(self.allocation_level, Unset):
            allocation_level = UNSET
        elif isinstance(self.allocation_level, JobStatusDataAllocationLevelType0):
            allocation_level = self.allocation_level.value
        else:
            allocation_level = self.allocation_level

        default_data_carrier: None | str | Unset
        if isinstance(self.default_data_carrier, Unset):
            default_data_carrier = UNSET
        elif isinstance(self.default_data_carrier, UrlFormat):
            default_data_carrier = self.default_data_carrier.value
        else:
            default_data_carrier = self.default_data_carrier

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
        if not isinstance(src_dict, Mapping):
            raise TypeError("JobStatusData: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_length = d.pop("length", UNSET)
        if not (isinstance(_raw_length, int) and not isinstance(_raw_length, bool)):
            raise TypeError(
                "JobStatusData.length: "
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
                "JobStatusData.strategy: "
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

        _raw_range_ = d.pop("range", UNSET)
        if _raw_range_ is not UNSET and not (
            (
                isinstance(_raw_range_, list)
                and all((isinstance(_item, int) and not isinstance(_item, bool)) for _item in _raw_range_)
            )
            or _raw_range_ is None
        ):
            raise TypeError("JobStatusData.range: expected array or null, got " + type(_raw_range_).__name__)

        def _parse_range_(data: object) -> list[int] | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                range_type_0 = cast(list[int], data)

                return range_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(list[int] | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        range_ = _parse_range_(_raw_range_)

        _raw_symbols = d.pop("symbols", UNSET)
        if _raw_symbols is not UNSET and not (isinstance(_raw_symbols, str) or _raw_symbols is None):
            raise TypeError("JobStatusData.symbols: expected string or null, got " + type(_raw_symbols).__name__)

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

        _raw_qr_code_step = d.pop("qrCodeStep", UNSET)
        if _raw_qr_code_step is not UNSET and not (isinstance(_raw_qr_code_step, bool) or _raw_qr_code_step is None):
            raise TypeError(
                "JobStatusData.qrCodeStep: expected boolean or null, got " + type(_raw_qr_code_step).__name__
            )

        def _parse_qr_code_step(data: object) -> bool | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool) or data is None:
                return cast(bool | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        qr_code_step = _parse_qr_code_step(_raw_qr_code_step)

        _raw_watermark_step = d.pop("watermarkStep", UNSET)
        if _raw_watermark_step is not UNSET and not (
            isinstance(_raw_watermark_step, bool) or _raw_watermark_step is None
        ):
            raise TypeError(
                "JobStatusData.watermarkStep: expected boolean or null, got " + type(_raw_watermark_step).__name__
            )

        def _parse_watermark_step(data: object) -> bool | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool) or data is None:
                return cast(bool | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        watermark_step = _parse_watermark_step(_raw_watermark_step)

        _raw_default_domain = d.pop("defaultDomain", UNSET)
        if _raw_default_domain is not UNSET and not (
            isinstance(_raw_default_domain, str) or _raw_default_domain is None
        ):
            raise TypeError(
                "JobStatusData.defaultDomain: expected string or null, got " + type(_raw_default_domain).__name__
            )

        def _parse_default_domain(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        default_domain = _parse_default_domain(_raw_default_domain)

        _raw_allocation_level = d.pop("allocationLevel", UNSET)
        if _raw_allocation_level is not UNSET and not (
            isinstance(_raw_allocation_level, str)
            or isinstance(_raw_allocation_level, str)
            or _raw_allocation_level is None
        ):
            raise TypeError(
                "JobStatusData.allocationLevel: expected one of the listed values or string or null, got "
                + type(_raw_allocation_level).__name__
            )

        def _parse_allocation_level(data: object) -> JobStatusDataAllocationLevelType0 | None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allocation_level_type_0 = JobStatusDataAllocationLevelType0(data)

                return allocation_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str) or data is None:
                return cast(JobStatusDataAllocationLevelType0 | None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        allocation_level = _parse_allocation_level(_raw_allocation_level)

        _raw_default_data_carrier = d.pop("defaultDataCarrier", UNSET)
        if _raw_default_data_carrier is not UNSET and not (
            isinstance(_raw_default_data_carrier, str)
            or isinstance(_raw_default_data_carrier, str)
            or _raw_default_data_carrier is None
        ):
            raise TypeError(
                "JobStatusData.defaultDataCarrier: expected one of the listed values or string or null, got "
                + type(_raw_default_data_carrier).__name__
            )

        def _parse_default_data_carrier(data: object) -> None | str | Unset | UrlFormat:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_data_carrier_type_0 = UrlFormat(data)

                return default_data_carrier_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset | UrlFormat, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        default_data_carrier = _parse_default_data_carrier(_raw_default_data_carrier)

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
