from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.digital_twin_image_status_type_0 import DigitalTwinImageStatusType0
from ..models.image_content_type import ImageContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalTwinImage")


@_attrs_define
class DigitalTwinImage:
    """An image of a digital twin.

    Attributes:
        account_id (None | str | Unset):
        content_type (ImageContentType | None | str | Unset):
        created (datetime.datetime | None | Unset):
        created_by_id (None | str | Unset):
        digital_twin_id (None | str | Unset):
        file_name (None | str | Unset):
        id (None | str | Unset):
        is_default (bool | None | Unset):
        modified (datetime.datetime | None | Unset):
        modified_by_id (None | str | Unset):
        source_url (None | str | Unset):
        status (DigitalTwinImageStatusType0 | None | str | Unset): UPLOAD_PENDING until an upload is finalized, then
            READY.
        url (None | str | Unset): Where the image can be fetched once READY.
    """

    account_id: None | str | Unset = UNSET
    content_type: ImageContentType | None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    digital_twin_id: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    modified: datetime.datetime | None | Unset = UNSET
    modified_by_id: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    status: DigitalTwinImageStatusType0 | None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        elif isinstance(self.content_type, ImageContentType):
            content_type = self.content_type.value
        else:
            content_type = self.content_type

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        digital_twin_id: None | str | Unset
        if isinstance(self.digital_twin_id, Unset):
            digital_twin_id = UNSET
        else:
            digital_twin_id = self.digital_twin_id

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        elif isinstance(self.modified, datetime.datetime):
            modified = self.modified.isoformat()
        else:
            modified = self.modified

        modified_by_id: None | str | Unset
        if isinstance(self.modified_by_id, Unset):
            modified_by_id = UNSET
        else:
            modified_by_id = self.modified_by_id

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DigitalTwinImageStatusType0):
            status = self.status.value
        else:
            status = self.status

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if created is not UNSET:
            field_dict["created"] = created
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if digital_twin_id is not UNSET:
            field_dict["digitalTwinId"] = digital_twin_id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if modified is not UNSET:
            field_dict["modified"] = modified
        if modified_by_id is not UNSET:
            field_dict["modifiedById"] = modified_by_id
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwinImage: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if _raw_account_id is not UNSET and not (isinstance(_raw_account_id, str) or _raw_account_id is None):
            raise TypeError(
                "DigitalTwinImage.accountId: expected string or null, got " + type(_raw_account_id).__name__
            )

        def _parse_account_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        account_id = _parse_account_id(_raw_account_id)

        _raw_content_type = d.pop("contentType", UNSET)
        if _raw_content_type is not UNSET and not (
            isinstance(_raw_content_type, str) or isinstance(_raw_content_type, str) or _raw_content_type is None
        ):
            raise TypeError(
                "DigitalTwinImage.contentType: expected one of the listed values or string or null, got "
                + type(_raw_content_type).__name__
            )

        def _parse_content_type(data: object) -> ImageContentType | None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_type_type_0 = ImageContentType(data)

                return content_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str) or data is None:
                return cast(ImageContentType | None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        content_type = _parse_content_type(_raw_content_type)

        _raw_created = d.pop("created", UNSET)
        if _raw_created is not UNSET and not (isinstance(_raw_created, str) or _raw_created is None):
            raise TypeError(
                "DigitalTwinImage.created: expected date-time string or null, got " + type(_raw_created).__name__
            )

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created = _parse_created(_raw_created)

        _raw_created_by_id = d.pop("createdById", UNSET)
        if _raw_created_by_id is not UNSET and not (isinstance(_raw_created_by_id, str) or _raw_created_by_id is None):
            raise TypeError(
                "DigitalTwinImage.createdById: expected string or null, got " + type(_raw_created_by_id).__name__
            )

        def _parse_created_by_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created_by_id = _parse_created_by_id(_raw_created_by_id)

        _raw_digital_twin_id = d.pop("digitalTwinId", UNSET)
        if _raw_digital_twin_id is not UNSET and not (
            isinstance(_raw_digital_twin_id, str) or _raw_digital_twin_id is None
        ):
            raise TypeError(
                "DigitalTwinImage.digitalTwinId: expected string or null, got " + type(_raw_digital_twin_id).__name__
            )

        def _parse_digital_twin_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        digital_twin_id = _parse_digital_twin_id(_raw_digital_twin_id)

        _raw_file_name = d.pop("fileName", UNSET)
        if _raw_file_name is not UNSET and not (isinstance(_raw_file_name, str) or _raw_file_name is None):
            raise TypeError("DigitalTwinImage.fileName: expected string or null, got " + type(_raw_file_name).__name__)

        def _parse_file_name(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        file_name = _parse_file_name(_raw_file_name)

        _raw_id = d.pop("id", UNSET)
        if _raw_id is not UNSET and not (isinstance(_raw_id, str) or _raw_id is None):
            raise TypeError("DigitalTwinImage.id: expected string or null, got " + type(_raw_id).__name__)

        def _parse_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        id = _parse_id(_raw_id)

        _raw_is_default = d.pop("isDefault", UNSET)
        if _raw_is_default is not UNSET and not (isinstance(_raw_is_default, bool) or _raw_is_default is None):
            raise TypeError(
                "DigitalTwinImage.isDefault: expected boolean or null, got " + type(_raw_is_default).__name__
            )

        def _parse_is_default(data: object) -> bool | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool) or data is None:
                return cast(bool | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        is_default = _parse_is_default(_raw_is_default)

        _raw_modified = d.pop("modified", UNSET)
        if _raw_modified is not UNSET and not (isinstance(_raw_modified, str) or _raw_modified is None):
            raise TypeError(
                "DigitalTwinImage.modified: expected date-time string or null, got " + type(_raw_modified).__name__
            )

        def _parse_modified(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_type_0 = datetime.datetime.fromisoformat(data)

                return modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        modified = _parse_modified(_raw_modified)

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if _raw_modified_by_id is not UNSET and not (
            isinstance(_raw_modified_by_id, str) or _raw_modified_by_id is None
        ):
            raise TypeError(
                "DigitalTwinImage.modifiedById: expected string or null, got " + type(_raw_modified_by_id).__name__
            )

        def _parse_modified_by_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        modified_by_id = _parse_modified_by_id(_raw_modified_by_id)

        _raw_source_url = d.pop("sourceUrl", UNSET)
        if _raw_source_url is not UNSET and not (isinstance(_raw_source_url, str) or _raw_source_url is None):
            raise TypeError(
                "DigitalTwinImage.sourceUrl: expected string or null, got " + type(_raw_source_url).__name__
            )

        def _parse_source_url(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        source_url = _parse_source_url(_raw_source_url)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is not UNSET and not (
            isinstance(_raw_status, str) or isinstance(_raw_status, str) or _raw_status is None
        ):
            raise TypeError(
                "DigitalTwinImage.status: expected one of the listed values or string or null, got "
                + type(_raw_status).__name__
            )

        def _parse_status(data: object) -> DigitalTwinImageStatusType0 | None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DigitalTwinImageStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str) or data is None:
                return cast(DigitalTwinImageStatusType0 | None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        status = _parse_status(_raw_status)

        _raw_url = d.pop("url", UNSET)
        if _raw_url is not UNSET and not (isinstance(_raw_url, str) or _raw_url is None):
            raise TypeError("DigitalTwinImage.url: expected string or null, got " + type(_raw_url).__name__)

        def _parse_url(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        url = _parse_url(_raw_url)

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
            source_url=source_url,
            status=status,
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
