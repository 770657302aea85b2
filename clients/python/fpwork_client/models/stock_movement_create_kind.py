from enum import StrEnum

class StockMovementCreateKind(StrEnum):
    ADJUSTMENT = "adjustment"
    EXPIRY_WRITE_OFF = "expiry_write_off"
    RECEIPT = "receipt"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
