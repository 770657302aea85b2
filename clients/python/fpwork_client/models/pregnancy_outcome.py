from enum import StrEnum

class PregnancyOutcome(StrEnum):
    INDUCED_ABORTION = "induced_abortion"
    LIVE_BIRTH = "live_birth"
    MISCARRIAGE = "miscarriage"
    STILLBIRTH = "stillbirth"

    def __str__(self) -> str:
        return str(self.value)
