from enum import StrEnum

class InstitutionCategory(StrEnum):
    BODY = "body"
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
