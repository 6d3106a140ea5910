from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_carrier import DataCarrier
    from ..models.product import Product
    from ..models.product_variant import ProductVariant
    from ..models.promotional_asset import PromotionalAsset


T = TypeVar("T", bound="DigitalTwin")


@_attrs_define
class DigitalTwin:
    """A digital twin and, where requested, its joined product, variant or promotional asset and data carriers.

    Attributes:
        created (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        created_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        modified (datetime.datetime): An ISO 8601 date and time with its time part, e.g. 2024-12-31T23:59:59.999Z.
            Example: 2024-12-31T23:59:59.999Z.
        modified_by_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        resource_id (str): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        resource_type (ResourceType): What a digital twin represents.
        product_id (str | Unset): An opaque identifier. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        data_carriers (list[DataCarrier] | Unset): The twin's data carriers; empty when it has none.
        product (Product | Unset):
        product_variant (ProductVariant | Unset):
        promotional_asset (PromotionalAsset | Unset):
    """

    created: datetime.datetime
    created_by_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    resource_id: str
    resource_type: ResourceType
    product_id: str | Unset = UNSET
    data_carriers: list[DataCarrier] | Unset = UNSET
    product: Product | Unset = UNSET
    product_variant: ProductVariant | Unset = UNSET
    promotional_asset: PromotionalAsset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        created_by_id = self.created_by_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        resource_id = self.resource_id

        resource_type = self.resource_type.value

        product_id = self.product_id

        data_carriers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_carriers, Unset):
            data_carriers = []
            for data_carriers_item_data in self.data_carriers:
                data_carriers_item = data_carriers_item_data.to_dict()
                data_carriers.append(data_carriers_item)

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        product_variant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_variant, Unset):
            product_variant = self.product_variant.to_dict()

        promotional_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotional_asset, Unset):
            promotional_asset = self.promotional_asset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "createdById": created_by_id,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
                "resourceId": resource_id,
                "resourceType": resource_type,
            }
        )
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if data_carriers is not UNSET:
            field_dict["dataCarriers"] = data_carriers
        if product is not UNSET:
            field_dict["product"] = product
        if product_variant is not UNSET:
            field_dict["productVariant"] = product_variant
        if promotional_asset is not UNSET:
            field_dict["promotionalAsset"] = promotional_asset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_carrier import DataCarrier
        from ..models.product import Product
        from ..models.product_variant import ProductVariant
        from ..models.promotional_asset import PromotionalAsset

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        created_by_id = d.pop("createdById")

        id = d.pop("id")

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        modified_by_id = d.pop("modifiedById")

        resource_id = d.pop("resourceId")

        resource_type = ResourceType(d.pop("resourceType"))

        product_id = d.pop("productId", UNSET)

        _data_carriers = d.pop("dataCarriers", UNSET)
        data_carriers: list[DataCarrier] | Unset = UNSET
        if _data_carriers is not UNSET:
            data_carriers = []
            for data_carriers_item_data in _data_carriers:
                data_carriers_item = DataCarrier.from_dict(data_carriers_item_data)

                data_carriers.append(data_carriers_item)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        _product_variant = d.pop("productVariant", UNSET)
        product_variant: ProductVariant | Unset
        if isinstance(_product_variant, Unset):
            product_variant = UNSET
        else:
            product_variant = ProductVariant.from_dict(_product_variant)

        _promotional_asset = d.pop("promotionalAsset", UNSET)
        promotional_asset: PromotionalAsset | Unset
        if isinstance(_promotional_asset, Unset):
            promotional_asset = UNSET
        else:
            promotional_asset = PromotionalAsset.from_dict(_promotional_asset)

        digital_twin = cls(
            created=created,
            created_by_id=created_by_id,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            resource_id=resource_id,
            resource_type=resource_type,
            product_id=product_id,
            data_carriers=data_carriers,
            product=product,
            product_variant=product_variant,
            promotional_asset=promotional_asset,
        )

        digital_twin.additional_properties = d
        return digital_twin

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
