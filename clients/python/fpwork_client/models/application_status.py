from enum import StrEnum

class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    ENROLLED = "enrolled"
    IN_NOTICE = "in_notice"
    REJECTED = "rejected"
    RETURNED = "returned"
    STREET_APPROVED = "street_approved"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
