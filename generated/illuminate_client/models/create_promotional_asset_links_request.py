from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.promotional_asset_link_input import PromotionalAssetLinkInput


T = TypeVar("T", bound="CreatePromotionalAssetLinksRequest")


@_attrs_define
class CreatePromotionalAssetLinksRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        links (list[PromotionalAssetLinkInput]):
    """

    account_id: str
    links: list[PromotionalAssetLinkInput]

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotional_asset_link_input import PromotionalAssetLinkInput

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                "CreatePromotionalAssetLinksRequest: expected a JSON object, got " + type(src_dict).__name__
            )
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "CreatePromotionalAssetLinksRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_links = d.pop("links", UNSET)
        if not (isinstance(_raw_links, list)):
            raise TypeError(
                "CreatePromotionalAssetLinksRequest.links: "
                + (
                    "required field missing"
                    if _raw_links is UNSET
                    else "expected array, got " + type(_raw_links).__name__
                )
            )
        links = []
        _links = _raw_links
        for links_item_data in _links:
            links_item = PromotionalAssetLinkInput.from_dict(links_item_data)

            links.append(links_item)

        create_promotional_asset_links_request = cls(
            account_id=account_id,
            links=links,
        )

        return create_promotional_asset_links_request
