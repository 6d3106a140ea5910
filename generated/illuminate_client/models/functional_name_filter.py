from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ids_filter import IdsFilter


T = TypeVar("T", bound="FunctionalNameFilter")


@_attrs_define
class FunctionalNameFilter:
    """
    Attributes:
        functional_name (IdsFilter | Unset):
    """

    functional_name: IdsFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        functional_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.functional_name, Unset):
            functional_name = self.functional_name.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if functional_name is not UNSET:
            field_dict["functionalName"] = functional_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ids_filter import IdsFilter

        if not isinstance(src_dict, Mapping):
            raise TypeError("FunctionalNameFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_functional_name = d.pop("functionalName", UNSET)
        if _raw_functional_name is not UNSET and not (isinstance(_raw_functional_name, Mapping)):
            raise TypeError(
                "FunctionalNameFilter.functionalName: expected object, got " + type(_raw_functional_name).__name__
            )
        _functional_name = _raw_functional_name
        functional_name: IdsFilter | Unset
        if isinstance(_functional_name, Unset):
            functional_name = UNSET
        else:
            functional_name = IdsFilter.from_dict(_functional_name)

        functional_name_filter = cls(
            functional_name=functional_name,
        )

        return functional_name_filter
