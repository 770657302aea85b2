from enum import StrEnum

class RecoveryStatus(StrEnum):
    OPEN = "open"
    REFUNDED = "refunded"
    WRITTEN_OFF = "written_off"

    def __str__(self) -> str:
        return str(self.value)
