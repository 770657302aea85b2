from enum import StrEnum

class PermitStatus(StrEnum):
    APPLIED = "applied"
    ISSUED = "issued"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
