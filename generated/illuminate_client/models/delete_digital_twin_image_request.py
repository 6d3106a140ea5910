from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="DeleteDigitalTwinImageRequest")


@_attrs_define
class DeleteDigitalTwinImageRequest:
    """
    Attributes:
        account_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_image_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
    """

    account_id: str
    digital_twin_image_id: str

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        digital_twin_image_id = self.digital_twin_image_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "digitalTwinImageId": digital_twin_image_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DeleteDigitalTwinImageRequest: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if not (isinstance(_raw_account_id, str)):
            raise TypeError(
                "DeleteDigitalTwinImageRequest.accountId: "
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
                "DeleteDigitalTwinImageRequest.digitalTwinImageId: "
                + (
                    "required field missing"
                    if _raw_digital_twin_image_id is UNSET
                    else "expected string, got " + type(_raw_digital_twin_image_id).__name__
                )
            )
        digital_twin_image_id = _raw_digital_twin_image_id

        delete_digital_twin_image_request = cls(
            account_id=account_id,
            digital_twin_image_id=digital_twin_image_id,
        )

        return delete_digital_twin_image_request
