from enum import StrEnum

class MovementKind(StrEnum):
    ADJUSTMENT = "adjustment"
    DISPENSE = "dispense"
    EXPIRY_WRITE_OFF = "expiry_write_off"
    RECEIPT = "receipt"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"

    def __str__(self) -> str:
        return str(self.value)
