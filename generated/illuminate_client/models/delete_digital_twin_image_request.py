from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        account_id = d.pop("accountId")

        digital_twin_image_id = d.pop("digitalTwinImageId")

        delete_digital_twin_image_request = cls(
            account_id=account_id,
            digital_twin_image_id=digital_twin_image_id,
        )

        return delete_digital_twin_image_request
