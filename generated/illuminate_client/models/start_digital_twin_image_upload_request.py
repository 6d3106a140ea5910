from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.image_content_type import ImageContentType
from ..types import UNSET

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
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "StartDigitalTwinImageUploadRequest: expected a JSON object, got " + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "StartDigitalTwinImageUploadRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_content_type = d.pop("contentType", UNSET)
        if not (isinstance(_raw_content_type, str)):
            raise TypeError(
                "StartDigitalTwinImageUploadRequest.contentType: "
                + (
                    "required field missing"
                    if _raw_content_type is UNSET
                    else "expected one of the listed values, got " + type(_raw_content_type).__name__
                )
            )
        try:
            content_type = ImageContentType(_raw_content_type)

        except ValueError:
            raise TypeError(
                "StartDigitalTwinImageUploadRequest.contentType: not a valid one of the listed values"
            ) from None

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if not (isinstance(_raw_digital_twin_id, str)):
            raise TypeError(
                "StartDigitalTwinImageUploadRequest.digitalTwinId: "
                + (
                    "required field missing"
                    if _raw_digital_twin_id is UNSET
                    else "expected string, got " + type(_raw_digital_twin_id).__name__
                )
            )
        digital_twin_id = _raw_digital_twin_id

        _raw_file_name = d.pop("fileName", UNSET)
        if not (isinstance(_raw_file_name, str)):
            raise TypeError(
                "StartDigitalTwinImageUploadRequest.fileName: "
                + (
                    "required field missing"
                    if _raw_file_name is UNSET
                    else "expected string, got " + type(_raw_file_name).__name__
                )
            )
        file_name = _raw_file_name

        _raw_is_default = d.pop("isDefault", UNSET)
        if not (isinstance(_raw_is_default, bool)):
            raise TypeError(
                "StartDigitalTwinImageUploadRequest.isDefault: "
                + (
                    "required field missing"
                    if _raw_is_default is UNSET
                    else "expected boolean, got " + type(_raw_is_default).__name__
                )
            )
        is_default = _raw_is_default

        start_digital_twin_image_upload_request = cls(
            account_id=account_id,
            content_type=content_type,
            digital_twin_id=digital_twin_id,
            file_name=file_name,
            is_default=is_default,
        )

        return start_digital_twin_image_upload_request
