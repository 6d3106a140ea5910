from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="UpdateDigitalTwinImagePatch")


@_attrs_define
class UpdateDigitalTwinImagePatch:
    """
    Attributes:
        is_default (bool): Must be true; the twin's previous default image loses the flag.
    """

    is_default: bool

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "isDefault": is_default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("UpdateDigitalTwinImagePatch: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_is_default = d.pop("isDefault", UNSET)
        if not (isinstance(_raw_is_default, bool)):
            raise TypeError(
                "UpdateDigitalTwinImagePatch.isDefault: "
                + (
                    "required field missing"
                    if _raw_is_default is UNSET
                    else "expected boolean, got " + type(_raw_is_default).__name__
                )
            )
        is_default = _raw_is_default

        update_digital_twin_image_patch = cls(
            is_default=is_default,
        )

        return update_digital_twin_image_patch
