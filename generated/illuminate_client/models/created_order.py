from enum import StrEnum


class CreatedOrder(StrEnum):
    CREATED_ASC = "CREATED_ASC"
    CREATED_DESC = "CREATED_DESC"

    def __str__(self) -> str:
        return str(self.value)
