from enum import StrEnum

class RuleBook(StrEnum):
    RESIDENTS_CONVENTION = "residents_convention"
    VILLAGE_RULES = "village_rules"

    def __str__(self) -> str:
        return str(self.value)
