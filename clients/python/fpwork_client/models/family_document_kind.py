from enum import StrEnum

class FamilyDocumentKind(StrEnum):
    BIRTH_REGISTRATION = "birth_registration"
    HONOUR_CERTIFICATE = "honour_certificate"

    def __str__(self) -> str:
        return str(self.value)
