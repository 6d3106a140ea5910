"""Contains all the data models used in inputs/outputs"""

from .account_serial_allocation_settings import AccountSerialAllocationSettings
from .asset_type import AssetType
from .asset_type_filter import AssetTypeFilter
from .attribute_change import AttributeChange
from .attribute_definition import AttributeDefinition
from .attribute_values import AttributeValues
from .brand import Brand
from .brand_filter import BrandFilter
from .carrier_type import CarrierType
from .create_data_carrier_request import CreateDataCarrierRequest
from .create_digital_twin_image_from_url_request import CreateDigitalTwinImageFromUrlRequest
from .create_named_resource_request import CreateNamedResourceRequest
from .create_product_request import CreateProductRequest
from .create_product_variant_request import CreateProductVariantRequest
from .create_promotional_asset_links_request import CreatePromotionalAssetLinksRequest
from .create_promotional_asset_request import CreatePromotionalAssetRequest
from .create_serial_data_carrier_request import CreateSerialDataCarrierRequest
from .created_order import CreatedOrder
from .custom_attributes import CustomAttributes
from .data_carrier import DataCarrier
from .data_carrier_filter import DataCarrierFilter
from .data_carrier_filter_digital_twin import DataCarrierFilterDigitalTwin
from .delete_digital_twin_image_request import DeleteDigitalTwinImageRequest
from .delete_promotional_asset_links_request import DeletePromotionalAssetLinksRequest
from .delete_result import DeleteResult
from .digital_tag import DigitalTag
from .digital_twin import DigitalTwin
from .digital_twin_filter import DigitalTwinFilter
from .digital_twin_filter_digital_twin_ids import DigitalTwinFilterDigitalTwinIds
from .digital_twin_filter_modified import DigitalTwinFilterModified
from .digital_twin_filter_product import DigitalTwinFilterProduct
from .digital_twin_filter_product_identifiers import DigitalTwinFilterProductIdentifiers
from .digital_twin_filter_product_variant import DigitalTwinFilterProductVariant
from .digital_twin_filter_promotional_asset import DigitalTwinFilterPromotionalAsset
from .digital_twin_image import DigitalTwinImage
from .digital_twin_image_status_type_0 import DigitalTwinImageStatusType0
from .digital_twin_image_upload import DigitalTwinImageUpload
from .digital_twin_order import DigitalTwinOrder
from .digital_twin_serial_allocation_settings import DigitalTwinSerialAllocationSettings
from .eq_in_filter import EqInFilter
from .error import Error
from .error_errors_item import ErrorErrorsItem
from .finalize_digital_twin_image_upload_request import FinalizeDigitalTwinImageUploadRequest
from .flag_change import FlagChange
from .flag_values import FlagValues
from .functional_name import FunctionalName
from .functional_name_filter import FunctionalNameFilter
from .ids_filter import IdsFilter
from .image_content_type import ImageContentType
from .job_item import JobItem
from .job_item_data import JobItemData
from .job_item_group import JobItemGroup
from .job_item_group_type_type_0 import JobItemGroupTypeType0
from .job_state import JobState
from .job_status import JobStatus
from .job_status_breakdown import JobStatusBreakdown
from .job_status_data import JobStatusData
from .job_status_data_allocation_level_type_0 import JobStatusDataAllocationLevelType0
from .job_status_job_item_counts import JobStatusJobItemCounts
from .job_type import JobType
from .modified_or_name_order import ModifiedOrNameOrder
from .page_info import PageInfo
from .product import Product
from .product_filter import ProductFilter
from .product_filter_product import ProductFilterProduct
from .product_variant import ProductVariant
from .product_variant_filter import ProductVariantFilter
from .product_variant_filter_product_variant import ProductVariantFilterProductVariant
from .promotional_asset import PromotionalAsset
from .promotional_asset_filter import PromotionalAssetFilter
from .promotional_asset_link import PromotionalAssetLink
from .promotional_asset_link_filter import PromotionalAssetLinkFilter
from .promotional_asset_link_input import PromotionalAssetLinkInput
from .resource_type import ResourceType
from .serial import Serial
from .serial_allocation_settings import SerialAllocationSettings
from .serial_data_carrier import SerialDataCarrier
from .serial_generation_job import SerialGenerationJob
from .serial_generation_job_data import SerialGenerationJobData
from .serial_item import SerialItem
from .serial_item_page import SerialItemPage
from .serial_order import SerialOrder
from .serial_state import SerialState
from .serial_state_changes import SerialStateChanges
from .serial_strategy import SerialStrategy
from .serialization_job import SerializationJob
from .serialization_job_page import SerializationJobPage
from .set_account_serial_allocation_settings_request import SetAccountSerialAllocationSettingsRequest
from .set_account_serial_allocation_settings_response_2xx_type_2 import (
    SetAccountSerialAllocationSettingsResponse2XXType2,
)
from .set_digital_twin_serial_allocation_settings_request import SetDigitalTwinSerialAllocationSettingsRequest
from .set_digital_twin_serial_allocation_settings_response_2xx_type_2 import (
    SetDigitalTwinSerialAllocationSettingsResponse2XXType2,
)
from .set_serial_attribute_request import SetSerialAttributeRequest
from .set_serial_flags_request import SetSerialFlagsRequest
from .set_serial_state_request import SetSerialStateRequest
from .start_digital_twin_image_upload_request import StartDigitalTwinImageUploadRequest
from .start_serial_generation_job_request import StartSerialGenerationJobRequest
from .start_serialization_job_request import StartSerializationJobRequest
from .update_digital_twin_image_patch import UpdateDigitalTwinImagePatch
from .update_digital_twin_image_request import UpdateDigitalTwinImageRequest
from .update_product_patch import UpdateProductPatch
from .update_product_request import UpdateProductRequest
from .update_product_variant_patch import UpdateProductVariantPatch
from .update_product_variant_request import UpdateProductVariantRequest
from .update_promotional_asset_patch import UpdatePromotionalAssetPatch
from .update_promotional_asset_request import UpdatePromotionalAssetRequest
from .url_format import UrlFormat

__all__ = (
    "AccountSerialAllocationSettings",
    "AssetType",
    "AssetTypeFilter",
    "AttributeChange",
    "AttributeDefinition",
    "AttributeValues",
    "Brand",
    "BrandFilter",
    "CarrierType",
    "CreateDataCarrierRequest",
    "CreateDigitalTwinImageFromUrlRequest",
    "CreateNamedResourceRequest",
    "CreateProductRequest",
    "CreateProductVariantRequest",
    "CreatePromotionalAssetLinksRequest",
    "CreatePromotionalAssetRequest",
    "CreateSerialDataCarrierRequest",
    "CreatedOrder",
    "CustomAttributes",
    "DataCarrier",
    "DataCarrierFilter",
    "DataCarrierFilterDigitalTwin",
    "DeleteDigitalTwinImageRequest",
    "DeletePromotionalAssetLinksRequest",
    "DeleteResult",
    "DigitalTag",
    "DigitalTwin",
    "DigitalTwinFilter",
    "DigitalTwinFilterDigitalTwinIds",
    "DigitalTwinFilterModified",
    "DigitalTwinFilterProduct",
    "DigitalTwinFilterProductIdentifiers",
    "DigitalTwinFilterProductVariant",
    "DigitalTwinFilterPromotionalAsset",
    "DigitalTwinImage",
    "DigitalTwinImageStatusType0",
    "DigitalTwinImageUpload",
    "DigitalTwinOrder",
    "DigitalTwinSerialAllocationSettings",
    "EqInFilter",
    "Error",
    "ErrorErrorsItem",
    "FinalizeDigitalTwinImageUploadRequest",
    "FlagChange",
    "FlagValues",
    "FunctionalName",
    "FunctionalNameFilter",
    "IdsFilter",
    "ImageContentType",
    "JobItem",
    "JobItemData",
    "JobItemGroup",
    "JobItemGroupTypeType0",
    "JobState",
    "JobStatus",
    "JobStatusBreakdown",
    "JobStatusData",
    "JobStatusDataAllocationLevelType0",
    "JobStatusJobItemCounts",
    "JobType",
    "ModifiedOrNameOrder",
    "PageInfo",
    "Product",
    "ProductFilter",
    "ProductFilterProduct",
    "ProductVariant",
    "ProductVariantFilter",
    "ProductVariantFilterProductVariant",
    "PromotionalAsset",
    "PromotionalAssetFilter",
    "PromotionalAssetLink",
    "PromotionalAssetLinkFilter",
    "PromotionalAssetLinkInput",
    "ResourceType",
    "Serial",
    "SerialAllocationSettings",
    "SerialDataCarrier",
    "SerialGenerationJob",
    "SerialGenerationJobData",
    "SerialItem",
    "SerialItemPage",
    "SerialOrder",
    "SerialState",
    "SerialStateChanges",
    "SerialStrategy",
    "SerializationJob",
    "SerializationJobPage",
    "SetAccountSerialAllocationSettingsRequest",
    "SetAccountSerialAllocationSettingsResponse2XXType2",
    "SetDigitalTwinSerialAllocationSettingsRequest",
    "SetDigitalTwinSerialAllocationSettingsResponse2XXType2",
    "SetSerialAttributeRequest",
    "SetSerialFlagsRequest",
    "SetSerialStateRequest",
    "StartDigitalTwinImageUploadRequest",
    "StartSerialGenerationJobRequest",
    "StartSerializationJobRequest",
    "UpdateDigitalTwinImagePatch",
    "UpdateDigitalTwinImageRequest",
    "UpdateProductPatch",
    "UpdateProductRequest",
    "UpdateProductVariantPatch",
    "UpdateProductVariantRequest",
    "UpdatePromotionalAssetPatch",
    "UpdatePromotionalAssetRequest",
    "UrlFormat",
)
