from enum import StrEnum

class BookStatus(StrEnum):
    DRAFT = "draft"
    EVALUATED = "evaluated"
    SIGNED = "signed"

    def __str__(self) -> str:
        return str(self.value)
