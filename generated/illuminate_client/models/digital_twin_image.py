from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.digital_twin_image_status import DigitalTwinImageStatus
from ..models.image_content_type import ImageContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalTwinImage")


@_attrs_define
class DigitalTwinImage:
    """An image of a digital twin.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        content_type (ImageContentType): Image file type.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        file_name (str):
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        is_default (bool):
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        status (DigitalTwinImageStatus): UPLOAD_PENDING until an upload is finalized, then READY.
        source_url (str | Unset):
        url (str | Unset): Where the image can be fetched once READY.
    """

    account_id: str
    content_type: ImageContentType
    created: datetime.datetime
    created_by_id: str
    digital_twin_id: str
    file_name: str
    id: str
    is_default: bool
    modified: datetime.datetime
    modified_by_id: str
    status: DigitalTwinImageStatus
    source_url: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        content_type = self.content_type.value

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        digital_twin_id = self.digital_twin_id

        file_name = self.file_name

        id = self.id

        is_default = self.is_default

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        status = self.status.value

        source_url = self.source_url

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "contentType": content_type,
                "created": created,
                "createdById": created_by_id,
                "digitalTwinId": digital_twin_id,
                "fileName": file_name,
                "id": id,
                "isDefault": is_default,
                "modified": modified,
                "modifiedById": modified_by_id,
                "status": status,
            }
        )
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        content_type = ImageContentType(d.pop("contentType"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        digital_twin_id = d.pop("digitalTwinId")

        file_name = d.pop("fileName")

        id = d.pop("id")

        is_default = d.pop("isDefault")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        modified_by_id = d.pop("modifiedById")

        status = DigitalTwinImageStatus(d.pop("status"))

        source_url = d.pop("sourceUrl", UNSET)

        url = d.pop("url", UNSET)

        digital_twin_image = cls(
            account_id=account_id,
            content_type=content_type,
            created=created,
            created_by_id=created_by_id,
            digital_twin_id=digital_twin_id,
            file_name=file_name,
            id=id,
            is_default=is_default,
            modified=modified,
            modified_by_id=modified_by_id,
            status=status,
            source_url=source_url,
            url=url,
        )

        digital_twin_image.additional_properties = d
        return digital_twin_image

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
