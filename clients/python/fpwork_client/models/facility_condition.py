from enum import StrEnum

class FacilityCondition(StrEnum):
    GOOD = "good"
    NEEDS_REPAIR = "needs_repair"
    OUT_OF_USE = "out_of_use"

    def __str__(self) -> str:
        return str(self.value)
