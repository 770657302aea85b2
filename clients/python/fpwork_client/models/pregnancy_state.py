from enum import StrEnum

class PregnancyState(StrEnum):
    CANCELLED = "cancelled"
    DELIVERED = "delivered"
    ENDED = "ended"
    FOLLOWING = "following"

    def __str__(self) -> str:
        return str(self.value)
