from enum import StrEnum

class ProgramBasis(StrEnum):
    PER_FAMILY = "per_family"
    PER_PERSON = "per_person"

    def __str__(self) -> str:
        return str(self.value)
