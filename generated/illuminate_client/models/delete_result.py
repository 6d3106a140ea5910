from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteResult")


@_attrs_define
class DeleteResult:
    """
    Attributes:
        deleted_ids (list[str] | None | Unset):
    """

    deleted_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_ids: list[str] | None | Unset
        if isinstance(self.deleted_ids, Unset):
            deleted_ids = UNSET
        elif isinstance(self.deleted_ids, list):
            deleted_ids = self.deleted_ids

        else:
            deleted_ids = self.deleted_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted_ids is not UNSET:
            field_dict["deletedIds"] = deleted_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DeleteResult: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_deleted_ids = d.pop("deletedIds", UNSET)
        if _raw_deleted_ids is not UNSET and not (
            (isinstance(_raw_deleted_ids, list) and all(isinstance(_item, str) for _item in _raw_deleted_ids))
            or _raw_deleted_ids is None
        ):
            raise TypeError("DeleteResult.deletedIds: expected array or null, got " + type(_raw_deleted_ids).__name__)

        def _parse_deleted_ids(data: object) -> list[str] | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deleted_ids_type_0 = cast(list[str], data)

                return deleted_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(list[str] | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        deleted_ids = _parse_deleted_ids(_raw_deleted_ids)

        delete_result = cls(
            deleted_ids=deleted_ids,
        )

        delete_result.additional_properties = d
        return delete_result

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
