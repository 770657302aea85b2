from enum import StrEnum

class ServiceSubject(StrEnum):
    FAMILY = "family"
    RESIDENT = "resident"

    def __str__(self) -> str:
        return str(self.value)
