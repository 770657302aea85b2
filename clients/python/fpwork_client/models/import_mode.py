from enum import StrEnum

class ImportMode(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    PER_ROW = "per_row"

    def __str__(self) -> str:
        return str(self.value)
