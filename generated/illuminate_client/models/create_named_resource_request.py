from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        account_id = d.pop("accountId")

        name = d.pop("name")

        create_named_resource_request = cls(
            account_id=account_id,
            name=name,
        )

        return create_named_resource_request
