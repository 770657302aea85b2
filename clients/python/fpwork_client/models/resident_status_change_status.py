from enum import StrEnum

class ResidentStatusChangeStatus(StrEnum):
    DECEASED = "deceased"
    MOVED_OUT = "moved_out"

    def __str__(self) -> str:
        return str(self.value)
