from enum import StrEnum

class IssuedDocument(StrEnum):
    BIRTH_REGISTRATION_NO = "birth_registration_no"
    CERTIFICATE_NO = "certificate_no"
    HONOUR_CERTIFICATE_NO = "honour_certificate_no"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
