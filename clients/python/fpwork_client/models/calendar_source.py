from enum import StrEnum

class CalendarSource(StrEnum):
    DISTRICT = "district"
    PACKAGE = "package"

    def __str__(self) -> str:
        return str(self.value)
