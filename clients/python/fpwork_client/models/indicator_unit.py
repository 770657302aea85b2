from enum import StrEnum

class IndicatorUnit(StrEnum):
    CASES = "cases"
    DAYS = "days"
    PERCENT = "percent"
    RATIO = "ratio"

    def __str__(self) -> str:
        return str(self.value)
