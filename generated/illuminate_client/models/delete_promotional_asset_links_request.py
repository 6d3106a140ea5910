from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeletePromotionalAssetLinksRequest")


@_attrs_define
class DeletePromotionalAssetLinksRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        ids (list[str]):
    """

    account_id: str
    ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        ids = cast(list[str], d.pop("ids"))

        delete_promotional_asset_links_request = cls(
            account_id=account_id,
            ids=ids,
        )

        return delete_promotional_asset_links_request
