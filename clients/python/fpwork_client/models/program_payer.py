from enum import StrEnum

class ProgramPayer(StrEnum):
    DISTRICT = "district"
    STREET = "street"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
