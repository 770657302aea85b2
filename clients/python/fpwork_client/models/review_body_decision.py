from enum import StrEnum

class ReviewBodyDecision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    RETURN = "return"

    def __str__(self) -> str:
        return str(self.value)
