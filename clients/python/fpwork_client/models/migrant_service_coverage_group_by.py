from enum import StrEnum

class MigrantServiceCoverageGroupBy(StrEnum):
    COMMUNITY = "community"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
