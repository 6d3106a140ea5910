from enum import StrEnum


class DigitalTwinImageStatus(StrEnum):
    READY = "READY"
    UPLOAD_PENDING = "UPLOAD_PENDING"

    def __str__(self) -> str:
        return str(self.value)
