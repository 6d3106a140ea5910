from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digital_twin_filter_product_identifiers import DigitalTwinFilterProductIdentifiers
    from ..models.eq_in_filter import EqInFilter


T = TypeVar("T", bound="DigitalTwinFilterProduct")


@_attrs_define
class DigitalTwinFilterProduct:
    """
    Attributes:
        ids (list[str] | Unset):
        brand_id (EqInFilter | Unset): Matches one value (`eq`) or any of several (`in`).
        gpc_category_code (EqInFilter | Unset): Matches one value (`eq`) or any of several (`in`).
        identifiers (DigitalTwinFilterProductIdentifiers | Unset):
    """

    ids: list[str] | Unset = UNSET
    brand_id: EqInFilter | Unset = UNSET
    gpc_category_code: EqInFilter | Unset = UNSET
    identifiers: DigitalTwinFilterProductIdentifiers | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        brand_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand_id, Unset):
            brand_id = self.brand_id.to_dict()

        gpc_category_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpc_category_code, Unset):
            gpc_category_code = self.gpc_category_code.to_dict()

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if brand_id is not UNSET:
            field_dict["brandId"] = brand_id
        if gpc_category_code is not UNSET:
            field_dict["gpcCategoryCode"] = gpc_category_code
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.digital_twin_filter_product_identifiers import DigitalTwinFilterProductIdentifiers
        from ..models.eq_in_filter import EqInFilter

        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwinFilterProduct: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_ids = d.pop("ids", UNSET)
        if _raw_ids is not UNSET and not (
            isinstance(_raw_ids, list) and all(isinstance(_item, str) for _item in _raw_ids)
        ):
            raise TypeError("DigitalTwinFilterProduct.ids: expected array, got " + type(_raw_ids).__name__)
        ids = cast(list[str], _raw_ids)

        _raw_brand_id = d.pop("brandId", UNSET)
        if _raw_brand_id is not UNSET and not (isinstance(_raw_brand_id, Mapping)):
            raise TypeError("DigitalTwinFilterProduct.brandId: expected object, got " + type(_raw_brand_id).__name__)
        _brand_id = _raw_brand_id
        brand_id: EqInFilter | Unset
        if isinstance(_brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = EqInFilter.from_dict(_brand_id)

        _raw_gpc_category_code = d.pop("gpcCategoryCode", UNSET)
        if _raw_gpc_category_code is not UNSET and not (isinstance(_raw_gpc_category_code, Mapping)):
            raise TypeError(
                "DigitalTwinFilterProduct.gpcCategoryCode: expected object, got "
                + type(_raw_gpc_category_code).__name__
            )
        _gpc_category_code = _raw_gpc_category_code
        gpc_category_code: EqInFilter | Unset
        if isinstance(_gpc_category_code, Unset):
            gpc_category_code = UNSET
        else:
            gpc_category_code = EqInFilter.from_dict(_gpc_category_code)

        _raw_identifiers = d.pop("identifiers", UNSET)
        if _raw_identifiers is not UNSET and not (isinstance(_raw_identifiers, Mapping)):
            raise TypeError(
                "DigitalTwinFilterProduct.identifiers: expected object, got " + type(_raw_identifiers).__name__
            )
        _identifiers = _raw_identifiers
        identifiers: DigitalTwinFilterProductIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = DigitalTwinFilterProductIdentifiers.from_dict(_identifiers)

        digital_twin_filter_product = cls(
            ids=ids,
            brand_id=brand_id,
            gpc_category_code=gpc_category_code,
            identifiers=identifiers,
        )

        return digital_twin_filter_product
