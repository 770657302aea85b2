from enum import StrEnum

class DispenseChannel(StrEnum):
    MACHINE = "machine"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
