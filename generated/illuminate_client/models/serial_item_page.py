from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.serial_item import SerialItem


T = TypeVar("T", bound="SerialItemPage")


@_attrs_define
class SerialItemPage:
    """One page of a twin's serial items.

    Attributes:
        serials (list[SerialItem]):
        page_info (PageInfo): Where the next page starts.
    """

    serials: list[SerialItem]
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serials = []
        for serials_item_data in self.serials:
            serials_item = serials_item_data.to_dict()
            serials.append(serials_item)

        page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serials": serials,
                "pageInfo": page_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.serial_item import SerialItem

        if not isinstance(src_dict, Mapping):
            raise TypeError("SerialItemPage: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_serials = d.pop("serials", UNSET)
        if not (isinstance(_raw_serials, list)):
            raise TypeError(
                "SerialItemPage.serials: "
                + (
                    "required field missing"
                    if _raw_serials is UNSET
                    else "expected array, got " + type(_raw_serials).__name__
                )
            )
        serials = []
        _serials = _raw_serials
        for serials_item_data in _serials:
            serials_item = SerialItem.from_dict(serials_item_data)

            serials.append(serials_item)

        _raw_page_info = d.pop("pageInfo", UNSET)
        if not (isinstance(_raw_page_info, Mapping)):
            raise TypeError(
                "SerialItemPage.pageInfo: "
                + (
                    "required field missing"
                    if _raw_page_info is UNSET
                    else "expected object, got " + type(_raw_page_info).__name__
                )
            )
        page_info = PageInfo.from_dict(_raw_page_info)

        serial_item_page = cls(
            serials=serials,
            page_info=page_info,
        )

        serial_item_page.additional_properties = d
        return serial_item_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
