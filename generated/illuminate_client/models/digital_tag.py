from enum import StrEnum


class DigitalTag(StrEnum):
    DIGITAL_WATERMARK = "DIGITAL_WATERMARK"
    DIGITAL_WATERMARK_AND_QR_CODE = "DIGITAL_WATERMARK_AND_QR_CODE"
    QR_CODE = "QR_CODE"

    def __str__(self) -> str:
        return str(self.value)
