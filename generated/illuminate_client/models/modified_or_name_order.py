from enum import StrEnum


class ModifiedOrNameOrder(StrEnum):
    MODIFIED_ASC = "MODIFIED_ASC"
    MODIFIED_DESC = "MODIFIED_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"

    def __str__(self) -> str:
        return str(self.value)
