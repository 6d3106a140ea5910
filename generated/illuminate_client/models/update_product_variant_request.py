from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.update_product_variant_patch import UpdateProductVariantPatch


T = TypeVar("T", bound="UpdateProductVariantRequest")


@_attrs_define
class UpdateProductVariantRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        patch (UpdateProductVariantPatch): Fields to change; absent fields keep their values.
    """

    account_id: str
    id: str
    patch: UpdateProductVariantPatch

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        id = self.id

        patch = self.patch.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "id": id,
                "patch": patch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_product_variant_patch import UpdateProductVariantPatch

        d = dict(src_dict)
        account_id = d.pop("accountId")

        id = d.pop("id")

        patch = UpdateProductVariantPatch.from_dict(d.pop("patch"))

        update_product_variant_request = cls(
            account_id=account_id,
            id=id,
            patch=patch,
        )

        return update_product_variant_request
