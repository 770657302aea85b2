from enum import StrEnum

class KeyDay(StrEnum):
    MEMBERS_DAY = "members_day"
    OTHER = "other"
    WORLD_POPULATION_DAY = "world_population_day"

    def __str__(self) -> str:
        return str(self.value)
