from enum import StrEnum

class CheckBodyOutcome(StrEnum):
    CONFIRM = "confirm"
    FAIL = "fail"

    def __str__(self) -> str:
        return str(self.value)
