from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="CreateNamedResourceRequest")


@_attrs_define
class CreateNamedResourceRequest:
    """Body of the create call of brands, functional names and asset types.

    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        name (str): A display name.
    """

    account_id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CreateNamedResourceRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "CreateNamedResourceRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_name = d.pop("name", UNSET)
        if not (isinstance(_raw_name, str)):
            raise TypeError(
                "CreateNamedResourceRequest.name: "
                + (
                    "required field missing"
                    if _raw_name is UNSET
                    else "expected string, got " + type(_raw_name).__name__
                )
            )
        name = _raw_name

        create_named_resource_request = cls(
            account_id=account_id,
            name=name,
        )

        return create_named_resource_request
