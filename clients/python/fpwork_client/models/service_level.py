from enum import StrEnum

class ServiceLevel(StrEnum):
    COMMUNITY = "community"
    STREET = "street"

    def __str__(self) -> str:
        return str(self.value)
