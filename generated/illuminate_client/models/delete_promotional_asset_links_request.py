from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET

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
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "DeletePromotionalAssetLinksRequest: expected a JSON object, got " + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "DeletePromotionalAssetLinksRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_ids = d.pop("ids", UNSET)
        if not (isinstance(_raw_ids, list) and all(isinstance(_item, str) for _item in _raw_ids)):
            raise TypeError(
                "DeletePromotionalAssetLinksRequest.ids: "
                + ("required field missing" if _raw_ids is UNSET else "expected array, got " + type(_raw_ids).__name__)
            )
        ids = cast(list[str], _raw_ids)

        delete_promotional_asset_links_request = cls(
            account_id=account_id,
            ids=ids,
        )

        return delete_promotional_asset_links_request
