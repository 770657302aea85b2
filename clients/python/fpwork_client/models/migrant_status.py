from enum import StrEnum

class MigrantStatus(StrEnum):
    DEPARTED = "departed"
    PRESENT = "present"

    def __str__(self) -> str:
        return str(self.value)
