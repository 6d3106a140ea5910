from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionalAssetLink")


@_attrs_define
class PromotionalAssetLink:
    """A link between a promotional asset and one product or one product variant.

    Attributes:
        account_id (None | str | Unset):
        created (datetime.datetime | None | Unset):
        created_by_id (None | str | Unset):
        id (None | str | Unset):
        product_id (None | str | Unset):
        product_variant_id (None | str | Unset):
        promotional_asset_id (None | str | Unset):
    """

    account_id: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    product_variant_id: None | str | Unset = UNSET
    promotional_asset_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_variant_id: None | str | Unset
        if isinstance(self.product_variant_id, Unset):
            product_variant_id = UNSET
        else:
            product_variant_id = self.product_variant_id

        promotional_asset_id: None | str | Unset
        if isinstance(self.promotional_asset_id, Unset):
            promotional_asset_id = UNSET
        else:
            promotional_asset_id = self.promotional_asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if created is not UNSET:
            field_dict["created"] = created
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if id is not UNSET:
            field_dict["id"] = id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if product_variant_id is not UNSET:
            field_dict["productVariantId"] = product_variant_id
        if promotional_asset_id is not UNSET:
            field_dict["promotionalAssetId"] = promotional_asset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PromotionalAssetLink: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_account_id = d.pop("accountId", UNSET)
        if _raw_account_id is not UNSET and not (isinstance(_raw_account_id, str) or _raw_account_id is None):
            raise TypeError(
                "PromotionalAssetLink.accountId: expected string or null, got " + type(_raw_account_id).__name__
            )

        def _parse_account_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        account_id = _parse_account_id(_raw_account_id)

        _raw_created = d.pop("created", UNSET)
        if _raw_created is not UNSET and not (isinstance(_raw_created, str) or _raw_created is None):
            raise TypeError(
                "PromotionalAssetLink.created: expected date-time string or null, got " + type(_raw_created).__name__
            )

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(datetime.datetime | None | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created = _parse_created(_raw_created)

        _raw_created_by_id = d.pop("createdById", UNSET)
        if _raw_created_by_id is not UNSET and not (isinstance(_raw_created_by_id, str) or _raw_created_by_id is None):
            raise TypeError(
                "PromotionalAssetLink.createdById: expected string or null, got " + type(_raw_created_by_id).__name__
            )

        def _parse_created_by_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        created_by_id = _parse_created_by_id(_raw_created_by_id)

        _raw_id = d.pop("id", UNSET)
        if _raw_id is not UNSET and not (isinstance(_raw_id, str) or _raw_id is None):
            raise TypeError("PromotionalAssetLink.id: expected string or null, got " + type(_raw_id).__name__)

        def _parse_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        id = _parse_id(_raw_id)

        _raw_product_id = d.pop("productId", UNSET)
        if _raw_product_id is not UNSET and not (isinstance(_raw_product_id, str) or _raw_product_id is None):
            raise TypeError(
                "PromotionalAssetLink.productId: expected string or null, got " + type(_raw_product_id).__name__
            )

        def _parse_product_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product_id = _parse_product_id(_raw_product_id)

        _raw_product_variant_id = d.pop("productVariantId", UNSET)
        if _raw_product_variant_id is not UNSET and not (
            isinstance(_raw_product_variant_id, str) or _raw_product_variant_id is None
        ):
            raise TypeError(
                "PromotionalAssetLink.productVariantId: expected string or null, got "
                + type(_raw_product_variant_id).__name__
            )

        def _parse_product_variant_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product_variant_id = _parse_product_variant_id(_raw_product_variant_id)

        _raw_promotional_asset_id = d.pop("promotionalAssetId", UNSET)
        if _raw_promotional_asset_id is not UNSET and not (
            isinstance(_raw_promotional_asset_id, str) or _raw_promotional_asset_id is None
        ):
            raise TypeError(
                "PromotionalAssetLink.promotionalAssetId: expected string or null, got "
                + type(_raw_promotional_asset_id).__name__
            )

        def _parse_promotional_asset_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        promotional_asset_id = _parse_promotional_asset_id(_raw_promotional_asset_id)

        promotional_asset_link = cls(
            account_id=account_id,
            created=created,
            created_by_id=created_by_id,
            id=id,
            product_id=product_id,
            product_variant_id=product_variant_id,
            promotional_asset_id=promotional_asset_id,
        )

        promotional_asset_link.additional_properties = d
        return promotional_asset_link

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
