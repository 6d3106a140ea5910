from enum import StrEnum


class JobStatusDataAllocationLevelType0(StrEnum):
    ACCOUNT = "ACCOUNT"
    DIGITAL_TWIN = "DIGITAL_TWIN"

    def __str__(self) -> str:
        return str(self.value)
