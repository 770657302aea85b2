from enum import StrEnum

class BeyondRegistration(StrEnum):
    NOT_AVAILABLE = "not_available"
    REAPPROVAL = "reapproval"

    def __str__(self) -> str:
        return str(self.value)
