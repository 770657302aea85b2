from enum import StrEnum

class ContactKind(StrEnum):
    FESTIVAL_GREETING = "festival_greeting"
    HOME_VISIT = "home_visit"
    MEETING = "meeting"
    PARTNER_VISIT = "partner_visit"
    PHONE_CALL = "phone_call"

    def __str__(self) -> str:
        return str(self.value)
