from enum import StrEnum

class EvaluationResult(StrEnum):
    FAILED = "failed"
    PASSED = "passed"
    VETOED = "vetoed"

    def __str__(self) -> str:
        return str(self.value)
