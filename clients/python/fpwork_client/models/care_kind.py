from enum import StrEnum

class CareKind(StrEnum):
    BEREAVED = "bereaved"
    CHILDBEARING_AGE = "childbearing_age"
    DISABLED_CHILD = "disabled_child"
    OTHER_NEED = "other_need"
    WORKER = "worker"

    def __str__(self) -> str:
        return str(self.value)
