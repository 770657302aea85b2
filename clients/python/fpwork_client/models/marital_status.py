from enum import StrEnum

class MaritalStatus(StrEnum):
    DIVORCED = "divorced"
    MARRIED = "married"
    UNMARRIED = "unmarried"
    WIDOWED = "widowed"

    def __str__(self) -> str:
        return str(self.value)
