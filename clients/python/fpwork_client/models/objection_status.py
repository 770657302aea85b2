from enum import StrEnum

class ObjectionStatus(StrEnum):
    DISMISSED = "dismissed"
    OPEN = "open"
    UPHELD = "upheld"

    def __str__(self) -> str:
        return str(self.value)
