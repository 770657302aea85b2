from enum import StrEnum

class ReportSignatoryRole(StrEnum):
    LEADER = "leader"
    PREPARER = "preparer"
    REVIEWER = "reviewer"

    def __str__(self) -> str:
        return str(self.value)
