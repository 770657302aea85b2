from enum import StrEnum

class ServiceSource(StrEnum):
    DISPENSATION = "dispensation"
    MANUAL = "manual"
    SCREENING = "screening"

    def __str__(self) -> str:
        return str(self.value)
