from enum import StrEnum

class TargetPopulationRegistrationType0(StrEnum):
    LOCAL = "local"
    MIGRANT = "migrant"

    def __str__(self) -> str:
        return str(self.value)
