from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.update_digital_twin_image_patch import UpdateDigitalTwinImagePatch


T = TypeVar("T", bound="UpdateDigitalTwinImageRequest")


@_attrs_define
class UpdateDigitalTwinImageRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_image_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        patch (UpdateDigitalTwinImagePatch):
    """

    account_id: str
    digital_twin_image_id: str
    patch: UpdateDigitalTwinImagePatch

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        digital_twin_image_id = self.digital_twin_image_id

        patch = self.patch.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "digitalTwinImageId": digital_twin_image_id,
                "patch": patch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_digital_twin_image_patch import UpdateDigitalTwinImagePatch

        if not isinstance(src_dict, Mapping):
            raise TypeError("UpdateDigitalTwinImageRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "UpdateDigitalTwinImageRequest.accountId: "
                + (
                    "required field missing"
                    if _raw_account_id is UNSET
                    else "expected string, got " + type(_raw_account_id).__name__
                )
            )
        account_id = _raw_account_id

        _raw_digital_twin_image_id = d.pop("digitalTwinImageId", UNSET)
        if not (isinstance(_raw_digital_twin_image_id, str)):
            raise TypeError(
                "UpdateDigitalTwinImageRequest.digitalTwinImageId: "
                + (
                    "required field missing"
                    if _raw_digital_twin_image_id is UNSET
                    else "expected string, got " + type(_raw_digital_twin_image_id).__name__
                )
            )
        digital_twin_image_id = _raw_digital_twin_image_id

        _raw_patch = d.pop("patch", UNSET)
        if not (isinstance(_raw_patch, Mapping)):
            raise TypeError(
                "UpdateDigitalTwinImageRequest.patch: "
                + (
                    "required field missing"
                    if _raw_patch is UNSET
                    else "expected object, got " + type(_raw_patch).__name__
                )
            )
        patch = UpdateDigitalTwinImagePatch.from_dict(_raw_patch)

        update_digital_twin_image_request = cls(
            account_id=account_id,
            digital_twin_image_id=digital_twin_image_id,
            patch=patch,
        )

        return update_digital_twin_image_request
