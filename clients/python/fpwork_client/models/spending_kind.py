from enum import StrEnum

class SpendingKind(StrEnum):
    ADJUSTMENT = "adjustment"
    REVERSAL = "reversal"
    SPENDING = "spending"

    def __str__(self) -> str:
        return str(self.value)
