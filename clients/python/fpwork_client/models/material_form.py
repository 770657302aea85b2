from enum import StrEnum

class MaterialForm(StrEnum):
    ALTERNATIVE = "alternative"
    COMMITMENT = "commitment"
    ORIGINAL = "original"

    def __str__(self) -> str:
        return str(self.value)
