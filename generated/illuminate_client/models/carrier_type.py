from enum import StrEnum


class CarrierType(StrEnum):
    DIGITAL_WATERMARK = "DIGITAL_WATERMARK"
    QR_CODE = "QR_CODE"

    def __str__(self) -> str:
        return str(self.value)
