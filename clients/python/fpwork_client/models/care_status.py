from enum import StrEnum

class CareStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    PAIRED = "paired"

    def __str__(self) -> str:
        return str(self.value)
