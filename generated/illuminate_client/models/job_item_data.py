from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobItemData")


@_attrs_define
class JobItemData:
    """Batch details; which fields appear depends on the batch type.

    Attributes:
        count (int | None | Unset):
        digital_twin_id (None | str | Unset):
        next_job_item_id (None | str | Unset):
        allocated_range (list[int] | None | Unset):
        range_ (list[int] | None | Unset):
        allocation_space (None | str | Unset):
        seed (None | str | Unset):
    """

    count: int | None | Unset = UNSET
    digital_twin_id: None | str | Unset = UNSET
    next_job_item_id: None | str | Unset = UNSET
    allocated_range: list[int] | None | Unset = UNSET
    range_: list[int] | None | Unset = UNSET
    allocation_space: None | str | Unset = UNSET
    seed: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        digital_twin_id: None | str | Unset
        if isinstance(self.digital_twin_id, Unset):
            digital_twin_id = UNSET
        else:
            digital_twin_id = self.digital_twin_id

        next_job_item_id: None | str | Unset
        if isinstance(self.next_job_item_id, Unset):
            next_job_item_id = UNSET
        else:
            next_job_item_id = self.next_job_item_id

        allocated_range: list[int] | None | Unset
        if isinstance(self.allocated_range, Unset):
            allocated_range = UNSET
        elif isinstance(self.allocated_range, list):
            allocated_range = self.allocated_range

        else:
            allocated_range = self.allocated_range

        range_: list[int] | None | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        elif isinstance(self.range_, list):
            range_ = self.range_

        else:
            range_ = self.range_

        allocation_space: None | str | Unset
        if isinstance(self.allocation_space, Unset):
            allocation_space = UNSET
        else:
            allocation_space = self.allocation_space

        seed: None | str | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if digital_twin_id is not UNSET:
            field_dict["digitalTwinId"] = digital_twin_id
        if next_job_item_id is not UNSET:
            field_dict["nextJobItemId"] = next_job_item_id
        if allocated_range is not UNSET:
            field_dict["allocatedRange"] = allocated_range
        if range_ is not UNSET:
            field_dict["range"] = range_
        if allocation_space is not UNSET:
            field_dict["allocationSpace"] = allocation_space
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("JobItemData: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_count = d.pop("count", UNSET)
        if _raw_count is not UNSET and not (
            (isinstance(_raw_count, int) and not isinstance(_raw_count, bool)) or _raw_count is None
        ):
            raise TypeError("JobItemData.count: expected integer or null, got " + type(_raw_count).__name__)

        def _parse_count(data: object) -> int | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if (isinstance(data, int) and not isinstance(data, bool)) or data is None:
                return cast(int | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        count = _parse_count(_raw_count)

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if _raw_digital_twin_id is not UNSET and not (
            isinstance(_raw_digital_twin_id, str) or _raw_digital_twin_id is None
        ):
            raise TypeError(
                "JobItemData.digitalTwinId: expected string or null, got " + type(_raw_digital_twin_id).__name__
            )

        def _parse_digital_twin_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        digital_twin_id = _parse_digital_twin_id(_raw_digital_twin_id)

        _raw_next_job_item_id = d.pop("nextJobItemId", UNSET)
        if _raw_next_job_item_id is not UNSET and not (
            isinstance(_raw_next_job_item_id, str) or _raw_next_job_item_id is None
        ):
            raise TypeError(
                "JobItemData.nextJobItemId: expected string or null, got " + type(_raw_next_job_item_id).__name__
            )

        def _parse_next_job_item_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        next_job_item_id = _parse_next_job_item_id(_raw_next_job_item_id)

        _raw_allocated_range = d.pop("allocatedRange", UNSET)
        if _raw_allocated_range is not UNSET and not (
            (
                isinstance(_raw_allocated_range, list)
                and all((isinstance(_item, int) and not isinstance(_item, bool)) for _item in _raw_allocated_range)
            )
            or _raw_allocated_range is None
        ):
            raise TypeError(
                "JobItemData.allocatedRange: expected array or null, got " + type(_raw_allocated_range).__name__
            )

        def _parse_allocated_range(data: object) -> list[int] | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allocated_range_type_0 = cast(list[int], data)

                return allocated_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(list[int] | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        allocated_range = _parse_allocated_range(_raw_allocated_range)

        _raw_range_ = d.pop("range", UNSET)
        if _raw_range_ is not UNSET and not (
            (
                isinstance(_raw_range_, list)
                and all((isinstance(_item, int) and not isinstance(_item, bool)) for _item in _raw_range_)
            )
            or _raw_range_ is None
        ):
            raise TypeError("JobItemData.range: expected array or null, got " + type(_raw_range_).__name__)

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

        _raw_allocation_space = d.pop("allocationSpace", UNSET)
        if _raw_allocation_space is not UNSET and not (
            isinstance(_raw_allocation_space, str) or _raw_allocation_space is None
        ):
            raise TypeError(
                "JobItemData.allocationSpace: expected string or null, got " + type(_raw_allocation_space).__name__
            )

        def _parse_allocation_space(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        allocation_space = _parse_allocation_space(_raw_allocation_space)

        _raw_seed = d.pop("seed", UNSET)
        if _raw_seed is not UNSET and not (isinstance(_raw_seed, str) or _raw_seed is None):
            raise TypeError("JobItemData.seed: expected string or null, got " + type(_raw_seed).__name__)

        def _parse_seed(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        seed = _parse_seed(_raw_seed)

        job_item_data = cls(
            count=count,
            digital_twin_id=digital_twin_id,
            next_job_item_id=next_job_item_id,
            allocated_range=allocated_range,
            range_=range_,
            allocation_space=allocation_space,
            seed=seed,
        )

        job_item_data.additional_properties = d
        return job_item_data

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
