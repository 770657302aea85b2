from enum import StrEnum

class ProgramPeriod(StrEnum):
    ANNUAL = "annual"
    MONTHLY = "monthly"
    ONE_OFF = "one_off"

    def __str__(self) -> str:
        return str(self.value)
