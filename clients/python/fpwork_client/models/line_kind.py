from enum import StrEnum

class LineKind(StrEnum):
    DIFFERENCE = "difference"
    REGULAR = "regular"

    def __str__(self) -> str:
        return str(self.value)
