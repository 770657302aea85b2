from enum import StrEnum

class OperationInKind(StrEnum):
    BIRTH_REPORT = "birth_report"
    CARE_VISIT = "care_visit"
    CONTRACEPTIVE_HANDOUT = "contraceptive_handout"
    LIFE_EVENT = "life_event"
    PHONE_CORRECTION = "phone_correction"
    PREGNANCY_FOLLOW_UP = "pregnancy_follow_up"
    SCREENING_RESULT = "screening_result"

    def __str__(self) -> str:
        return str(self.value)
