from enum import StrEnum

class IndicatorSource(StrEnum):
    COMPUTED = "computed"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
