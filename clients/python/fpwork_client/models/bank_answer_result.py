from enum import StrEnum

class BankAnswerResult(StrEnum):
    PAID = "paid"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
