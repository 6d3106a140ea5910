from enum import StrEnum


class DigitalTwinOrder(StrEnum):
    CREATED_ASC = "CREATED_ASC"
    CREATED_DESC = "CREATED_DESC"
    MODIFIED_ASC = "MODIFIED_ASC"
    MODIFIED_DESC = "MODIFIED_DESC"
    TYPE_ASC = "TYPE_ASC"
    TYPE_DESC = "TYPE_DESC"

    def __str__(self) -> str:
        return str(self.value)
