from enum import StrEnum

class SurveyStage(StrEnum):
    POST = "post"
    PRE = "pre"

    def __str__(self) -> str:
        return str(self.value)
