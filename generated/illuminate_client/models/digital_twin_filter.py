from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.resource_type import ResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digital_twin_filter_digital_twin_ids import DigitalTwinFilterDigitalTwinIds
    from ..models.digital_twin_filter_modified import DigitalTwinFilterModified
    from ..models.digital_twin_filter_product import DigitalTwinFilterProduct
    from ..models.digital_twin_filter_product_variant import DigitalTwinFilterProductVariant
    from ..models.digital_twin_filter_promotional_asset import DigitalTwinFilterPromotionalAsset


T = TypeVar("T", bound="DigitalTwinFilter")


@_attrs_define
class DigitalTwinFilter:
    """
    Attributes:
        query (str | Unset): Text searched for in the twins' fields (descriptions and the like).
        resource_types (list[ResourceType] | Unset):
        digital_twin_ids (DigitalTwinFilterDigitalTwinIds | Unset):
        modified (DigitalTwinFilterModified | Unset):
        product (DigitalTwinFilterProduct | Unset):
        promotional_asset (DigitalTwinFilterPromotionalAsset | Unset):
        product_variant (DigitalTwinFilterProductVariant | Unset):
    """

    query: str | Unset = UNSET
    resource_types: list[ResourceType] | Unset = UNSET
    digital_twin_ids: DigitalTwinFilterDigitalTwinIds | Unset = UNSET
    modified: DigitalTwinFilterModified | Unset = UNSET
    product: DigitalTwinFilterProduct | Unset = UNSET
    promotional_asset: DigitalTwinFilterPromotionalAsset | Unset = UNSET
    product_variant: DigitalTwinFilterProductVariant | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        resource_types: list[str] | Unset = UNSET
        if not isinstance(self.resource_types, Unset):
            resource_types = []
            for resource_types_item_data in self.resource_types:
                resource_types_item = resource_types_item_data.value
                resource_types.append(resource_types_item)

        digital_twin_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digital_twin_ids, Unset):
            digital_twin_ids = self.digital_twin_ids.to_dict()

        modified: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        promotional_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotional_asset, Unset):
            promotional_asset = self.promotional_asset.to_dict()

        product_variant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_variant, Unset):
            product_variant = self.product_variant.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if resource_types is not UNSET:
            field_dict["resourceTypes"] = resource_types
        if digital_twin_ids is not UNSET:
            field_dict["digitalTwinIds"] = digital_twin_ids
        if modified is not UNSET:
            field_dict["modified"] = modified
        if product is not UNSET:
            field_dict["product"] = product
        if promotional_asset is not UNSET:
            field_dict["promotionalAsset"] = promotional_asset
        if product_variant is not UNSET:
            field_dict["productVariant"] = product_variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.digital_twin_filter_digital_twin_ids import DigitalTwinFilterDigitalTwinIds
        from ..models.digital_twin_filter_modified import DigitalTwinFilterModified
        from ..models.digital_twin_filter_product import DigitalTwinFilterProduct
        from ..models.digital_twin_filter_product_variant import DigitalTwinFilterProductVariant
        from ..models.digital_twin_filter_promotional_asset import DigitalTwinFilterPromotionalAsset

        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwinFilter: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_query = d.pop("query", UNSET)
        if _raw_query is not UNSET and not (isinstance(_raw_query, str)):
            raise TypeError("DigitalTwinFilter.query: expected string, got " + type(_raw_query).__name__)
        query = _raw_query

        _raw_resource_types = d.pop("resourceTypes", UNSET)
        if _raw_resource_types is not UNSET and not (
            isinstance(_raw_resource_types, list) and all(isinstance(_item, str) for _item in _raw_resource_types)
        ):
            raise TypeError(
                "DigitalTwinFilter.resourceTypes: expected array, got " + type(_raw_resource_types).__name__
            )
        _resource_types = _raw_resource_types
        resource_types: list[ResourceType] | Unset = UNSET
        if _resource_types is not UNSET:
            resource_types = []
            for resource_types_item_data in _resource_types:
                resource_types_item = ResourceType(resource_types_item_data)

                resource_types.append(resource_types_item)

        _raw_digital_twin_ids = d.pop("digitalTwinIds", UNSET)
        if _raw_digital_twin_ids is not UNSET and not (isinstance(_raw_digital_twin_ids, Mapping)):
            raise TypeError(
                "DigitalTwinFilter.digitalTwinIds: expected object, got " + type(_raw_digital_twin_ids).__name__
            )
        _digital_twin_ids = _raw_digital_twin_ids
        digital_twin_ids: DigitalTwinFilterDigitalTwinIds | Unset
        if isinstance(_digital_twin_ids, Unset):
            digital_twin_ids = UNSET
        else:
            digital_twin_ids = DigitalTwinFilterDigitalTwinIds.from_dict(_digital_twin_ids)

        _raw_modified = d.pop("modified", UNSET)
        if _raw_modified is not UNSET and not (isinstance(_raw_modified, Mapping)):
            raise TypeError("DigitalTwinFilter.modified: expected object, got " + type(_raw_modified).__name__)
        _modified = _raw_modified
        modified: DigitalTwinFilterModified | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = DigitalTwinFilterModified.from_dict(_modified)

        _raw_product = d.pop("product", UNSET)
        if _raw_product is not UNSET and not (isinstance(_raw_product, Mapping)):
            raise TypeError("DigitalTwinFilter.product: expected object, got " + type(_raw_product).__name__)
        _product = _raw_product
        product: DigitalTwinFilterProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = DigitalTwinFilterProduct.from_dict(_product)

        _raw_promotional_asset = d.pop("promotionalAsset", UNSET)
        if _raw_promotional_asset is not UNSET and not (isinstance(_raw_promotional_asset, Mapping)):
            raise TypeError(
                "DigitalTwinFilter.promotionalAsset: expected object, got " + type(_raw_promotional_asset).__name__
            )
        _promotional_asset = _raw_promotional_asset
        promotional_asset: DigitalTwinFilterPromotionalAsset | Unset
        if isinstance(_promotional_asset, Unset):
            promotional_asset = UNSET
        else:
            promotional_asset = DigitalTwinFilterPromotionalAsset.from_dict(_promotional_asset)

        _raw_product_variant = d.pop("productVariant", UNSET)
        if _raw_product_variant is not UNSET and not (isinstance(_raw_product_variant, Mapping)):
            raise TypeError(
                "DigitalTwinFilter.productVariant: expected object, got " + type(_raw_product_variant).__name__
            )
        _product_variant = _raw_product_variant
        product_variant: DigitalTwinFilterProductVariant | Unset
        if isinstance(_product_variant, Unset):
            product_variant = UNSET
        else:
            product_variant = DigitalTwinFilterProductVariant.from_dict(_product_variant)

        digital_twin_filter = cls(
            query=query,
            resource_types=resource_types,
            digital_twin_ids=digital_twin_ids,
            modified=modified,
            product=product,
            promotional_asset=promotional_asset,
            product_variant=product_variant,
        )

        return digital_twin_filter
