from enum import StrEnum

class DemonstrationStatus(StrEnum):
    ASSESSED = "assessed"
    CANDIDATE = "candidate"
    NAMED = "named"
    REVOKED = "revoked"
    SELF_ASSESSED = "self_assessed"

    def __str__(self) -> str:
        return str(self.value)
