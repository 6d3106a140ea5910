from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="FunctionalName")


@_attrs_define
class FunctionalName:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        name (str): A display name.
    """

    account_id: str
    created: datetime.datetime
    created_by_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "created": created,
                "createdById": created_by_id,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("FunctionalName: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "FunctionalName.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_created = d.pop("created", UNSET)
        if not (isinstance(_raw_created, str)):
            raise TypeError(
                "FunctionalName.created: "
                + (
                    "required field missing"
                    if _raw_created is UNSET
                    else "expected date-time string, got " + type(_raw_created).__name__
                )
            )
        try:
            created = datetime.datetime.fromisoformat(_raw_created)

        except ValueError:
            raise TypeError("FunctionalName.created: not a valid date-time string") from None

        _raw_created_by_id = d.pop("createdById", UNSET)
        if not (isinstance(_raw_created_by_id, str)):
            raise TypeError(
                "FunctionalName.createdById: "
                + (
                    "required field missing"
                    if _raw_created_by_id is UNSET
                    else "expected string, got " + type(_raw_created_by_id).__name__
                )
            )
        created_by_id = _raw_created_by_id

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "FunctionalName.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_modified = d.pop("modified", UNSET)
        if not (isinstance(_raw_modified, str)):
            raise TypeError(
                "FunctionalName.modified: "
                + (
                    "required field missing"
                    if _raw_modified is UNSET
                    else "expected date-time string, got " + type(_raw_modified).__name__
                )
            )
        try:
            modified = datetime.datetime.fromisoformat(_raw_modified)

        except ValueError:
            raise TypeError("FunctionalName.modified: not a valid date-time string") from None

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if not (isinstance(_raw_modified_by_id, str)):
            raise TypeError(
                "FunctionalName.modifiedById: "
                + (
                    "required field missing"
                    if _raw_modified_by_id is UNSET
                    else "expected string, got " + type(_raw_modified_by_id).__name__
                )
            )
        modified_by_id = _raw_modified_by_id

        _raw_name = d.pop("name", UNSET)
        if not (isinstance(_raw_name, str)):
            raise TypeError(
                "FunctionalName.name: "
                + (
                    "required field missing"
                    if _raw_name is UNSET
                    else "expected string, got " + type(_raw_name).__name__
                )
            )
        name = _raw_name

        functional_name = cls(
            account_id=account_id,
            created=created,
            created_by_id=created_by_id,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            name=name,
        )

        functional_name.additional_properties = d
        return functional_name

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
