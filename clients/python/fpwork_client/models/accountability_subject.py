from enum import StrEnum

class AccountabilitySubject(StrEnum):
    DEPARTMENT = "department"
    PERSON = "person"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
