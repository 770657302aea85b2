from enum import StrEnum

class ImportKind(StrEnum):
    MIGRANTS = "migrants"
    RESIDENTS = "residents"

    def __str__(self) -> str:
        return str(self.value)
