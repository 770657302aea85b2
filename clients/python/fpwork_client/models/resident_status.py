from enum import StrEnum

class ResidentStatus(StrEnum):
    ACTIVE = "active"
    DECEASED = "deceased"
    MOVED_OUT = "moved_out"

    def __str__(self) -> str:
        return str(self.value)
