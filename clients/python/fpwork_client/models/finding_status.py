from enum import StrEnum

class FindingStatus(StrEnum):
    OPEN = "open"
    RECTIFIED = "rectified"

    def __str__(self) -> str:
        return str(self.value)
