from enum import StrEnum


class ResourceType(StrEnum):
    PRODUCT = "PRODUCT"
    PRODUCT_VARIANT = "PRODUCT_VARIANT"
    PROMOTIONAL_ASSET = "PROMOTIONAL_ASSET"

    def __str__(self) -> str:
        return str(self.value)
