from enum import StrEnum


class JobItemGroupTypeType0(StrEnum):
    SERIAL_ALLOCATION_BATCH = "SERIAL_ALLOCATION_BATCH"
    SERIAL_DATA_CARRIER_BATCH = "SERIAL_DATA_CARRIER_BATCH"
    SERIAL_HASHING_BATCH = "SERIAL_HASHING_BATCH"

    def __str__(self) -> str:
        return str(self.value)
