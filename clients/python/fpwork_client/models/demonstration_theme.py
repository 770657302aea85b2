from enum import StrEnum

class DemonstrationTheme(StrEnum):
    FLOATING_POPULATION = "floating_population"
    PUBLICITY = "publicity"

    def __str__(self) -> str:
        return str(self.value)
