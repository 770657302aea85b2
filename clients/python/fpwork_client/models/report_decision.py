from enum import StrEnum

class ReportDecision(StrEnum):
    ACCEPTED = "accepted"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
