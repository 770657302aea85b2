from enum import StrEnum

class PublicServiceKind(StrEnum):
    CHILD_VACCINATION = "child_vaccination"
    CONTRACEPTIVES = "contraceptives"
    FAMILY_PLANNING = "family_planning"
    HEALTH_EDUCATION = "health_education"
    HEALTH_RECORD = "health_record"
    MATERNAL_CHILD_HEALTH = "maternal_child_health"

    def __str__(self) -> str:
        return str(self.value)
