from enum import StrEnum

class ReferralStatus(StrEnum):
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    DECLINED = "declined"
    REQUESTED = "requested"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
