from enum import StrEnum

class PartnerKind(StrEnum):
    CLINIC = "clinic"
    ENTERPRISE = "enterprise"
    HOSPITAL = "hospital"
    MCH_HOSPITAL = "mch_hospital"
    OTHER = "other"
    SCHOOL = "school"

    def __str__(self) -> str:
        return str(self.value)
