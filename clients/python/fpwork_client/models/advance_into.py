from enum import StrEnum

class AdvanceInto(StrEnum):
    COMMUNITY = "community"
    ENTERPRISE = "enterprise"
    SCHOOL = "school"

    def __str__(self) -> str:
        return str(self.value)
