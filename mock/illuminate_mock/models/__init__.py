"""The mock's state as typed objects, and the rules that belong to the objects themselves.

No HTTP and no JSON here: ``render.py`` turns these into the API's bodies and
``services/`` holds the rules that span several objects. One module per part
of the API: ``accounts`` (keys, roles, subscriptions), ``catalog`` (brands,
functional names, asset types, products, variants), ``promotions``
(promotional assets and links), ``twins`` (digital twins and data carriers),
``images`` and ``serialization`` (settings, jobs, serial carriers).
"""

from .accounts import Account, ApiKey, RoleRule
from .base import Record, Stamp, new_id
from .catalog import AssetType, Brand, FunctionalName, Named, Product, ProductVariant
from .images import Image, Upload
from .promotions import PromotionalAsset, PromotionalAssetLink
from .serialization import AttributeDefinition, Job, SerialDataCarrier, SerialMark, SerialState
from .twins import DataCarrier, DigitalTwin, Resource

__all__ = [
    "Account",
    "ApiKey",
    "AssetType",
    "AttributeDefinition",
    "Brand",
    "DataCarrier",
    "DigitalTwin",
    "FunctionalName",
    "Image",
    "Job",
    "Named",
    "Product",
    "ProductVariant",
    "PromotionalAsset",
    "PromotionalAssetLink",
    "Record",
    "Resource",
    "RoleRule",
    "SerialDataCarrier",
    "SerialMark",
    "SerialState",
    "Stamp",
    "Upload",
    "new_id",
]
