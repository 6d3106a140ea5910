from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.image_content_type import ImageContentType
from ..types import UNSET

T = TypeVar("T", bound="CreateDigitalTwinImageFromUrlRequest")


@_attrs_define
class CreateDigitalTwinImageFromUrlRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        content_type (ImageContentType): Image file type.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        file_name (str):
        is_default (bool):
        source_url (str):
    """

    account_id: str
    content_type: ImageContentType
    digital_twin_id: str
    file_name: str
    is_default: bool
    source_url: str

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        content_type = self.content_type.value

        digital_twin_id = self.digital_twin_id

        file_name = self.file_name

        is_default = self.is_default

        source_url = self.source_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "contentType": content_type,
                "digitalTwinId": digital_twin_id,
                "fileName": file_name,
                "isDefault": is_default,
                "sourceUrl": source_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "CreateDigitalTwinImageFromUrlRequest: expected a JSON object, got " + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "CreateDigitalTwinImageFromUrlRequest.accountId: "
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
                "CreateDigitalTwinImageFromUrlRequest.contentType: "
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
                "CreateDigitalTwinImageFromUrlRequest.contentType: not a valid one of the listed values"
            ) from None

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if not (isinstance(_raw_digital_twin_id, str)):
            raise TypeError(
                "CreateDigitalTwinImageFromUrlRequest.digitalTwinId: "
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
                "CreateDigitalTwinImageFromUrlRequest.fileName: "
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
                "CreateDigitalTwinImageFromUrlRequest.isDefault: "
                + (
                    "required field missing"
                    if _raw_is_default is UNSET
                    else "expected boolean, got " + type(_raw_is_default).__name__
                )
            )
        is_default = _raw_is_default

        _raw_source_url = d.pop("sourceUrl", UNSET)
        if not (isinstance(_raw_source_url, str)):
            raise TypeError(
                "CreateDigitalTwinImageFromUrlRequest.sourceUrl: "
                + (
                    "required field missing"
                    if _raw_source_url is UNSET
                    else "expected string, got " + type(_raw_source_url).__name__
                )
            )
        source_url = _raw_source_url

        create_digital_twin_image_from_url_request = cls(
            account_id=account_id,
            content_type=content_type,
            digital_twin_id=digital_twin_id,
            file_name=file_name,
            is_default=is_default,
            source_url=source_url,
        )

        return create_digital_twin_image_from_url_request
