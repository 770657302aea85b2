from enum import StrEnum

class ServiceRequestState(StrEnum):
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    FORWARDED = "forwarded"
    REJECTED = "rejected"
    RETURNED = "returned"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
