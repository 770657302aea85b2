from enum import StrEnum

class CareProjectStatus(StrEnum):
    COMPLETED = "completed"
    UNDER_WAY = "under_way"

    def __str__(self) -> str:
        return str(self.value)
