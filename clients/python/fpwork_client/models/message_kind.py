from enum import StrEnum

class MessageKind(StrEnum):
    ANSWER = "answer"
    ARRIVAL_NOTICE = "arrival_notice"
    DEPARTURE_NOTICE = "departure_notice"
    VERIFICATION_ANSWER = "verification_answer"
    VERIFICATION_REQUEST = "verification_request"
    VERIFICATION_RESULT = "verification_result"

    def __str__(self) -> str:
        return str(self.value)
