from enum import StrEnum

class MessageStatus(StrEnum):
    ANSWERED = "answered"
    AWAITING_COLLECTION = "awaiting_collection"
    RECEIVED = "received"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
