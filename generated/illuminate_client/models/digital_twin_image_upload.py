from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DigitalTwinImageUpload")


@_attrs_define
class DigitalTwinImageUpload:
    """The answer to step 1 of an upload.

    Attributes:
        digital_twin_image_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        upload_url (str): Send the file's bytes here with PUT.
    """

    digital_twin_image_id: str
    upload_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digital_twin_image_id = self.digital_twin_image_id

        upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digitalTwinImageId": digital_twin_image_id,
                "uploadUrl": upload_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        digital_twin_image_id = d.pop("digitalTwinImageId")

        upload_url = d.pop("uploadUrl")

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
