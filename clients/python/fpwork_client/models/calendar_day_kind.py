from enum import StrEnum

class CalendarDayKind(StrEnum):
    HOLIDAY = "holiday"
    WORKDAY = "workday"

    def __str__(self) -> str:
        return str(self.value)
