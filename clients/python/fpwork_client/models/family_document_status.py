from enum import StrEnum

class FamilyDocumentStatus(StrEnum):
    REVOKED = "revoked"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
