from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.flag_values import FlagValues


T = TypeVar("T", bound="SetSerialFlagsRequest")


@_attrs_define
class SetSerialFlagsRequest:
    """
    Attributes:
        flags (FlagValues): Flag name to value. Example: {'flag1': False, 'flag2': True}.
    """

    flags: FlagValues

    def to_dict(self) -> dict[str, Any]:
        flags = self.flags.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "flags": flags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flag_values import FlagValues

        if not isinstance(src_dict, Mapping):
            raise TypeError("SetSerialFlagsRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_flags = d.pop("flags", UNSET)
        if not (isinstance(_raw_flags, Mapping)):
            raise TypeError(
                "SetSerialFlagsRequest.flags: "
                + (
                    "required field missing"
                    if _raw_flags is UNSET
                    else "expected object, got " + type(_raw_flags).__name__
                )
            )
        flags = FlagValues.from_dict(_raw_flags)

        set_serial_flags_request = cls(
            flags=flags,
        )

        return set_serial_flags_request
