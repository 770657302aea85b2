from enum import StrEnum

class ChildStatus(StrEnum):
    DECEASED = "deceased"
    DISABLED = "disabled"
    LIVING = "living"

    def __str__(self) -> str:
        return str(self.value)
