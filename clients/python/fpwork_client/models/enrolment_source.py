from enum import StrEnum

class EnrolmentSource(StrEnum):
    APPLICATION = "application"
    IMPORTED = "imported"
    JOINED = "joined"

    def __str__(self) -> str:
        return str(self.value)
