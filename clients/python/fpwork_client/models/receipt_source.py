from enum import StrEnum

class ReceiptSource(StrEnum):
    DISTRICT_ALLOCATION = "district_allocation"
    RETURNED = "returned"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
