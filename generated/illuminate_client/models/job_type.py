from enum import StrEnum


class JobType(StrEnum):
    SERIAL_GENERATION = "SERIAL_GENERATION"

    def __str__(self) -> str:
        return str(self.value)
