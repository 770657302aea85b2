from enum import StrEnum

class PeriodReportStatus(StrEnum):
    ACCEPTED = "accepted"
    PREPARED = "prepared"
    RETURNED = "returned"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
