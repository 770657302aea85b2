from enum import StrEnum

class AssistanceKind(StrEnum):
    GOODS = "goods"
    MONEY = "money"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
