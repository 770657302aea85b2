from enum import StrEnum

class StepMigrantPermitAction(StrEnum):
    APPLY = "apply"
    ENDORSE = "endorse"
    ISSUE = "issue"

    def __str__(self) -> str:
        return str(self.value)
