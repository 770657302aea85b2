from enum import StrEnum

class LineStatus(StrEnum):
    DROPPED = "dropped"
    INCLUDED = "included"
    PAID = "paid"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
