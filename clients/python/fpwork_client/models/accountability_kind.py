from enum import StrEnum

class AccountabilityKind(StrEnum):
    AWARD_DISQUALIFICATION = "award_disqualification"
    CRITICISM = "criticism"
    REMINDER_TALK = "reminder_talk"

    def __str__(self) -> str:
        return str(self.value)
