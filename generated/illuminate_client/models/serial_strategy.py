from enum import StrEnum


class SerialStrategy(StrEnum):
    RANDOM_ALPHANUMERIC = "RANDOM_ALPHANUMERIC"
    RANDOM_NUMERIC = "RANDOM_NUMERIC"
    SEQUENTIAL_NUMERIC = "SEQUENTIAL_NUMERIC"

    def __str__(self) -> str:
        return str(self.value)
