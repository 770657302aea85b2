from enum import StrEnum

class ReportVersionKind(StrEnum):
    AMENDMENT = "amendment"
    PREPARED = "prepared"
    REVISION = "revision"

    def __str__(self) -> str:
        return str(self.value)
