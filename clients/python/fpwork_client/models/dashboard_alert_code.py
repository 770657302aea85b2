from enum import StrEnum

class DashboardAlertCode(StrEnum):
    CALENDAR_NEXT_YEAR_MISSING = "calendar_next_year_missing"

    def __str__(self) -> str:
        return str(self.value)
