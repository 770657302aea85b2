from enum import StrEnum

class ActivityStatus(StrEnum):
    PLANNED = "planned"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
