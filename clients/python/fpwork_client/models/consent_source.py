from enum import StrEnum

class ConsentSource(StrEnum):
    APP = "app"
    IN_PERSON = "in_person"
    PAPER_FORM = "paper_form"
    PHONE_CALL = "phone_call"
    PUBLIC_FORM = "public_form"
    SMS_REPLY = "sms_reply"

    def __str__(self) -> str:
        return str(self.value)
