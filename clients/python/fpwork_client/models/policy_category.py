from enum import StrEnum

class PolicyCategory(StrEnum):
    BIRTH = "birth"
    FLOATING_POPULATION = "floating_population"
    OTHER = "other"
    PREFERENTIAL = "preferential"
    PROCEDURE = "procedure"

    def __str__(self) -> str:
        return str(self.value)
