from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

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

        if not isinstance(src_dict, Mapping):
            raise TypeError("UpdateProductVariantRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "UpdateProductVariantRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "UpdateProductVariantRequest.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_patch = d.pop("patch", UNSET)
        if not (isinstance(_raw_patch, Mapping)):
            raise TypeError(
                "UpdateProductVariantRequest.patch: "
                + (
                    "required field missing"
                    if _raw_patch is UNSET
                    else "expected object, got " + type(_raw_patch).__name__
                )
            )
        patch = UpdateProductVariantPatch.from_dict(_raw_patch)

        update_product_variant_request = cls(
            account_id=account_id,
            id=id,
            patch=patch,
        )

        return update_product_variant_request
