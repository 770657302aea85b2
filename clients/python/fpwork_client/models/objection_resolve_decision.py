from enum import StrEnum

class ObjectionResolveDecision(StrEnum):
    DISMISS = "dismiss"
    UPHOLD = "uphold"

    def __str__(self) -> str:
        return str(self.value)
