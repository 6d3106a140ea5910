from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalTwinFilterModified")


@_attrs_define
class DigitalTwinFilterModified:
    """
    Attributes:
        from_ (datetime.date | datetime.datetime | Unset): A date (YYYY-MM-DD) or an ISO 8601 date and time.
        to (datetime.date | datetime.datetime | Unset): A date (YYYY-MM-DD) or an ISO 8601 date and time.
    """

    from_: datetime.date | datetime.datetime | Unset = UNSET
    to: datetime.date | datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_: str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_.isoformat()

        to: str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwinFilterModified: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_from_ = d.pop("from", UNSET)
        if _raw_from_ is not UNSET and not (isinstance(_raw_from_, str) or isinstance(_raw_from_, str)):
            raise TypeError(
                "DigitalTwinFilterModified.from: expected date string or date-time string, got "
                + type(_raw_from_).__name__
            )

        def _parse_from_(data: object) -> datetime.date | datetime.datetime | Unset:
            _tried: list[str] = []
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_or_date_time_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_date_or_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_or_date_time_type_1 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_or_date_time_type_1

        from_ = _parse_from_(_raw_from_)

        _raw_to = d.pop("to", UNSET)
        if _raw_to is not UNSET and not (isinstance(_raw_to, str) or isinstance(_raw_to, str)):
            raise TypeError(
                "DigitalTwinFilterModified.to: expected date string or date-time string, got " + type(_raw_to).__name__
            )

        def _parse_to(data: object) -> datetime.date | datetime.datetime | Unset:
            _tried: list[str] = []
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_or_date_time_type_0 = datetime.date.fromisoformat(data)

                return componentsschemas_date_or_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_or_date_time_type_1 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_or_date_time_type_1

        to = _parse_to(_raw_to)

        digital_twin_filter_modified = cls(
            from_=from_,
            to=to,
        )

        return digital_twin_filter_modified
