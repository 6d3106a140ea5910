from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.image_content_type import ImageContentType

T = TypeVar("T", bound="StartDigitalTwinImageUploadRequest")


@_attrs_define
class StartDigitalTwinImageUploadRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        content_type (ImageContentType): Image file type.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        file_name (str):
        is_default (bool):
    """

    account_id: str
    content_type: ImageContentType
    digital_twin_id: str
    file_name: str
    is_default: bool

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        content_type = self.content_type.value

        digital_twin_id = self.digital_twin_id

        file_name = self.file_name

        is_default = self.is_default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "contentType": content_type,
                "digitalTwinId": digital_twin_id,
                "fileName": file_name,
                "isDefault": is_default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        content_type = ImageContentType(d.pop("contentType"))

        digital_twin_id = d.pop("digitalTwinId")

        file_name = d.pop("fileName")

        is_default = d.pop("isDefault")

        start_digital_twin_image_upload_request = cls(
            account_id=account_id,
            content_type=content_type,
            digital_twin_id=digital_twin_id,
            file_name=file_name,
            is_default=is_default,
        )

        return start_digital_twin_image_upload_request
