from enum import StrEnum

class CertificateStatus(StrEnum):
    MISSING = "missing"
    SUBMITTED = "submitted"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
