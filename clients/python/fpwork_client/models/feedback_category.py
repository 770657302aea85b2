from enum import StrEnum

class FeedbackCategory(StrEnum):
    COMPLAINT = "complaint"
    INQUIRY = "inquiry"
    PRAISE = "praise"
    SUGGESTION = "suggestion"

    def __str__(self) -> str:
        return str(self.value)
