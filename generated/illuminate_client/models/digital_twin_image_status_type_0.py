from enum import StrEnum


class DigitalTwinImageStatusType0(StrEnum):
    READY = "READY"
    UPLOAD_PENDING = "UPLOAD_PENDING"

    def __str__(self) -> str:
        return str(self.value)
