from enum import StrEnum

class SettlementKind(StrEnum):
    REFUND = "refund"
    WRITE_OFF = "write_off"

    def __str__(self) -> str:
        return str(self.value)
