from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalTwinImageUpload")


@_attrs_define
class DigitalTwinImageUpload:
    """The answer to step 1 of an upload.

    Attributes:
        digital_twin_image_id (None | str | Unset):
        upload_url (None | str | Unset): Send the file's bytes here with PUT.
    """

    digital_twin_image_id: None | str | Unset = UNSET
    upload_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digital_twin_image_id: None | str | Unset
        if isinstance(self.digital_twin_image_id, Unset):
            digital_twin_image_id = UNSET
        else:
            digital_twin_image_id = self.digital_twin_image_id

        upload_url: None | str | Unset
        if isinstance(self.upload_url, Unset):
            upload_url = UNSET
        else:
            upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if digital_twin_image_id is not UNSET:
            field_dict["digitalTwinImageId"] = digital_twin_image_id
        if upload_url is not UNSET:
            field_dict["uploadUrl"] = upload_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwinImageUpload: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_digital_twin_image_id = d.pop("digitalTwinImageId", UNSET)
        if _raw_digital_twin_image_id is not UNSET and not (
            isinstance(_raw_digital_twin_image_id, str) or _raw_digital_twin_image_id is None
        ):
            raise TypeError(
                "DigitalTwinImageUpload.digitalTwinImageId: expected string or null, got "
                + type(_raw_digital_twin_image_id).__name__
            )

        def _parse_digital_twin_image_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        digital_twin_image_id = _parse_digital_twin_image_id(_raw_digital_twin_image_id)

        _raw_upload_url = d.pop("uploadUrl", UNSET)
        if _raw_upload_url is not UNSET and not (isinstance(_raw_upload_url, str) or _raw_upload_url is None):
            raise TypeError(
                "DigitalTwinImageUpload.uploadUrl: expected string or null, got " + type(_raw_upload_url).__name__
            )

        def _parse_upload_url(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        upload_url = _parse_upload_url(_raw_upload_url)

        digital_twin_image_upload = cls(
            digital_twin_image_id=digital_twin_image_id,
            upload_url=upload_url,
        )

        digital_twin_image_upload.additional_properties = d
        return digital_twin_image_upload

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
