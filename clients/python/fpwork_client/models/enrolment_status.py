from enum import StrEnum

class EnrolmentStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
