from enum import StrEnum

class CareKind(StrEnum):
    BEREAVED = "bereaved"
    DISABLED_CHILD = "disabled_child"
    OTHER_NEED = "other_need"

    def __str__(self) -> str:
        return str(self.value)
