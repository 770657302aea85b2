from enum import StrEnum

class FulfilmentOutcome(StrEnum):
    BROKEN = "broken"
    KEPT = "kept"

    def __str__(self) -> str:
        return str(self.value)
