from enum import StrEnum

class CoverageRowTargetSource(StrEnum):
    DERIVED = "derived"
    TYPED = "typed"

    def __str__(self) -> str:
        return str(self.value)
