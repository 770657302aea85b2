from enum import StrEnum

class ScreeningKind(StrEnum):
    MIGRANT_YOUTH_HEALTH = "migrant_youth_health"
    PRE_PREGNANCY_CHECK = "pre_pregnancy_check"
    REPRODUCTIVE_HEALTH_CENSUS = "reproductive_health_census"

    def __str__(self) -> str:
        return str(self.value)
