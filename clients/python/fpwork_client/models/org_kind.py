from enum import StrEnum

class OrgKind(StrEnum):
    COMMUNITY = "community"
    DISTRICT = "district"
    STREET = "street"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
