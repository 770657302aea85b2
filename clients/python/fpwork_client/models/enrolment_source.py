from enum import StrEnum

class EnrolmentSource(StrEnum):
    APPLICATION = "application"
    IMPORTED = "imported"

    def __str__(self) -> str:
        return str(self.value)
