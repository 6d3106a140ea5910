from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_carrier import DataCarrier
    from ..models.product import Product
    from ..models.product_variant import ProductVariant
    from ..models.promotional_asset import PromotionalAsset
    from ..models.serial_allocation_settings import SerialAllocationSettings


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
        data_carriers (list[DataCarrier]): The twin's data carriers; empty when it has none.
        product_id (None | str | Unset):
        resource_id (None | str | Unset):
        resource_type (None | ResourceType | str | Unset):
        serial_allocation_settings (None | SerialAllocationSettings | Unset):
        product (None | Product | Unset):
        product_variant (None | ProductVariant | Unset):
        promotional_asset (None | PromotionalAsset | Unset):
    """

    created: datetime.datetime
    created_by_id: str
    id: str
    modified: datetime.datetime
    modified_by_id: str
    data_carriers: list[DataCarrier]
    product_id: None | str | Unset = UNSET
    resource_id: None | str | Unset = UNSET
    resource_type: None | ResourceType | str | Unset = UNSET
    serial_allocation_settings: None | SerialAllocationSettings | Unset = UNSET
    product: None | Product | Unset = UNSET
    product_variant: None | ProductVariant | Unset = UNSET
    promotional_asset: None | PromotionalAsset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product import Product
        from ..models.product_variant import ProductVariant
        from ..models.promotional_asset import PromotionalAsset
        from ..models.serial_allocation_settings import SerialAllocationSettings

        created = self.created.isoformat()

        created_by_id = self.created_by_id

        id = self.id

        modified = self.modified.isoformat()

        modified_by_id = self.modified_by_id

        data_carriers = []
        for data_carriers_item_data in self.data_carriers:
            data_carriers_item = data_carriers_item_data.to_dict()
            data_carriers.append(data_carriers_item)

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, ResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        serial_allocation_settings: dict[str, Any] | None | Unset
        if isinstance(self.serial_allocation_settings, Unset):
            serial_allocation_settings = UNSET
        elif isinstance(self.serial_allocation_settings, SerialAllocationSettings):
            serial_allocation_settings = self.serial_allocation_settings.to_dict()
        else:
            serial_allocation_settings = self.serial_allocation_settings

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, Product):
            product = self.product.to_dict()
        else:
            product = self.product

        product_variant: dict[str, Any] | None | Unset
        if isinstance(self.product_variant, Unset):
            product_variant = UNSET
        elif isinstance(self.product_variant, ProductVariant):
            product_variant = self.product_variant.to_dict()
        else:
            product_variant = self.product_variant

        promotional_asset: dict[str, Any] | None | Unset
        if isinstance(self.promotional_asset, Unset):
            promotional_asset = UNSET
        elif isinstance(self.promotional_asset, PromotionalAsset):
            promotional_asset = self.promotional_asset.to_dict()
        else:
            promotional_asset = self.promotional_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "createdById": created_by_id,
                "id": id,
                "modified": modified,
                "modifiedById": modified_by_id,
                "dataCarriers": data_carriers,
            }
        )
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if serial_allocation_settings is not UNSET:
            field_dict["serialAllocationSettings"] = serial_allocation_settings
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
        from ..models.serial_allocation_settings import SerialAllocationSettings

        if not isinstance(src_dict, Mapping):
            raise TypeError("DigitalTwin: expected a JSON object, got " + type(src_dict).__name__)
        d = dict(src_dict)
        _raw_created = d.pop("created", UNSET)
        if not (isinstance(_raw_created, str)):
            raise TypeError(
                "DigitalTwin.created: "
                + (
                    "required field missing"
                    if _raw_created is UNSET
                    else "expected date-time string, got " + type(_raw_created).__name__
                )
            )
        try:
            created = datetime.datetime.fromisoformat(_raw_created)

        except ValueError:
            raise TypeError("DigitalTwin.created: not a valid date-time string") from None

        _raw_created_by_id = d.pop("createdById", UNSET)
        if not (isinstance(_raw_created_by_id, str)):
            raise TypeError(
                "DigitalTwin.createdById: "
                + (
                    "required field missing"
                    if _raw_created_by_id is UNSET
                    else "expected string, got " + type(_raw_created_by_id).__name__
                )
            )
        created_by_id = _raw_created_by_id

        _raw_id = d.pop("id", UNSET)
        if not (isinstance(_raw_id, str)):
            raise TypeError(
                "DigitalTwin.id: "
                + ("required field missing" if _raw_id is UNSET else "expected string, got " + type(_raw_id).__name__)
            )
        id = _raw_id

        _raw_modified = d.pop("modified", UNSET)
        if not (isinstance(_raw_modified, str)):
            raise TypeError(
                "DigitalTwin.modified: "
                + (
                    "required field missing"
                    if _raw_modified is UNSET
                    else "expected date-time string, got " + type(_raw_modified).__name__
                )
            )
        try:
            modified = datetime.datetime.fromisoformat(_raw_modified)

        except ValueError:
            raise TypeError("DigitalTwin.modified: not a valid date-time string") from None

        _raw_modified_by_id = d.pop("modifiedById", UNSET)
        if not (isinstance(_raw_modified_by_id, str)):
            raise TypeError(
                "DigitalTwin.modifiedById: "
                + (
                    "required field missing"
                    if _raw_modified_by_id is UNSET
                    else "expected string, got " + type(_raw_modified_by_id).__name__
                )
            )
        modified_by_id = _raw_modified_by_id

        _raw_data_carriers = d.pop("dataCarriers", UNSET)
        if not (isinstance(_raw_data_carriers, list)):
            raise TypeError(
                "DigitalTwin.dataCarriers: "
                + (
                    "required field missing"
                    if _raw_data_carriers is UNSET
                    else "expected array, got " + type(_raw_data_carriers).__name__
                )
            )
        data_carriers = []
        _data_carriers = _raw_data_carriers
        for data_carriers_item_data in _data_carriers:
            data_carriers_item = DataCarrier.from_dict(data_carriers_item_data)

            data_carriers.append(data_carriers_item)

        _raw_product_id = d.pop("productId", UNSET)
        if _raw_product_id is not UNSET and not (isinstance(_raw_product_id, str) or _raw_product_id is None):
            raise TypeError("DigitalTwin.productId: expected string or null, got " + type(_raw_product_id).__name__)

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

        _raw_resource_id = d.pop("resourceId", UNSET)
        if _raw_resource_id is not UNSET and not (isinstance(_raw_resource_id, str) or _raw_resource_id is None):
            raise TypeError("DigitalTwin.resourceId: expected string or null, got " + type(_raw_resource_id).__name__)

        def _parse_resource_id(data: object) -> None | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str) or data is None:
                return cast(None | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        resource_id = _parse_resource_id(_raw_resource_id)

        _raw_resource_type = d.pop("resourceType", UNSET)
        if _raw_resource_type is not UNSET and not (
            isinstance(_raw_resource_type, str) or isinstance(_raw_resource_type, str) or _raw_resource_type is None
        ):
            raise TypeError(
                "DigitalTwin.resourceType: expected one of the listed values or string or null, got "
                + type(_raw_resource_type).__name__
            )

        def _parse_resource_type(data: object) -> None | ResourceType | str | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = ResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str) or data is None:
                return cast(None | ResourceType | str | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        resource_type = _parse_resource_type(_raw_resource_type)

        _raw_serial_allocation_settings = d.pop("serialAllocationSettings", UNSET)
        if _raw_serial_allocation_settings is not UNSET and not (
            isinstance(_raw_serial_allocation_settings, Mapping) or _raw_serial_allocation_settings is None
        ):
            raise TypeError(
                "DigitalTwin.serialAllocationSettings: expected object or null, got "
                + type(_raw_serial_allocation_settings).__name__
            )

        def _parse_serial_allocation_settings(data: object) -> None | SerialAllocationSettings | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serial_allocation_settings_type_0 = SerialAllocationSettings.from_dict(data)

                return serial_allocation_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(None | SerialAllocationSettings | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        serial_allocation_settings = _parse_serial_allocation_settings(_raw_serial_allocation_settings)

        _raw_product = d.pop("product", UNSET)
        if _raw_product is not UNSET and not (isinstance(_raw_product, Mapping) or _raw_product is None):
            raise TypeError("DigitalTwin.product: expected object or null, got " + type(_raw_product).__name__)

        def _parse_product(data: object) -> None | Product | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = Product.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(None | Product | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product = _parse_product(_raw_product)

        _raw_product_variant = d.pop("productVariant", UNSET)
        if _raw_product_variant is not UNSET and not (
            isinstance(_raw_product_variant, Mapping) or _raw_product_variant is None
        ):
            raise TypeError(
                "DigitalTwin.productVariant: expected object or null, got " + type(_raw_product_variant).__name__
            )

        def _parse_product_variant(data: object) -> None | ProductVariant | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_variant_type_0 = ProductVariant.from_dict(data)

                return product_variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(None | ProductVariant | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        product_variant = _parse_product_variant(_raw_product_variant)

        _raw_promotional_asset = d.pop("promotionalAsset", UNSET)
        if _raw_promotional_asset is not UNSET and not (
            isinstance(_raw_promotional_asset, Mapping) or _raw_promotional_asset is None
        ):
            raise TypeError(
                "DigitalTwin.promotionalAsset: expected object or null, got " + type(_raw_promotional_asset).__name__
            )

        def _parse_promotional_asset(data: object) -> None | PromotionalAsset | Unset:
            _tried: list[str] = []
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promotional_asset_type_0 = PromotionalAsset.from_dict(data)

                return promotional_asset_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if data is None:
                return cast(None | PromotionalAsset | Unset, data)
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        promotional_asset = _parse_promotional_asset(_raw_promotional_asset)

        digital_twin = cls(
            created=created,
            created_by_id=created_by_id,
            id=id,
            modified=modified,
            modified_by_id=modified_by_id,
            data_carriers=data_carriers,
            product_id=product_id,
            resource_id=resource_id,
            resource_type=resource_type,
            serial_allocation_settings=serial_allocation_settings,
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
