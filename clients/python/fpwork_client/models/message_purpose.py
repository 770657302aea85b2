from enum import StrEnum

class MessagePurpose(StrEnum):
    APPLICATION_OUTCOME = "application_outcome"
    COMPLAINT_REPLY = "complaint_reply"
    FOLLOW_UP_DUE = "follow_up_due"
    REQUEST_OUTCOME = "request_outcome"
    REQUEST_RETURNED = "request_returned"
    REVERIFICATION_DUE = "reverification_due"
    SCREENING_APPOINTMENT = "screening_appointment"

    def __str__(self) -> str:
        return str(self.value)
