from enum import StrEnum

class FeedbackStatus(StrEnum):
    ANSWERED = "answered"
    CLOSED = "closed"
    ESCALATED = "escalated"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
