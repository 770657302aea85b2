from enum import StrEnum

class PairingGroup(StrEnum):
    CHILDBEARING_WOMEN = "childbearing_women"
    MIGRANTS = "migrants"
    ONLY_CHILD_FAMILIES = "only_child_families"
    OTHER = "other"
    PREGNANT_WOMEN = "pregnant_women"
    SPECIAL_FAMILIES = "special_families"

    def __str__(self) -> str:
        return str(self.value)
