from enum import StrEnum

class BatchStatus(StrEnum):
    APPROVED = "approved"
    GENERATED = "generated"
    PAID = "paid"
    STREET_APPROVED = "street_approved"

    def __str__(self) -> str:
        return str(self.value)
