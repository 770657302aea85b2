from enum import StrEnum

class ReviewLevel(StrEnum):
    COMMUNITY = "community"
    DISTRICT = "district"
    STREET = "street"

    def __str__(self) -> str:
        return str(self.value)
