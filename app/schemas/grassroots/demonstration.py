"""The two highlights: demonstration communities, their weighted checklist and assessments."""

from __future__ import annotations

from pydantic import AnyHttpUrl, Field, model_validator

from app.models.grassroots.demonstration import DemonstrationStatus, DemonstrationTheme
from app.schemas.common import DbId, ORMModel, StorableBody


class CriterionIn(StorableBody):
    title: str = Field(min_length=1, max_length=200, examples=["宣传阵地（宣传栏、人口学校）齐全"])
    weight: int = Field(ge=1, le=100, examples=[100])


class DemonstrationCreate(StorableBody):
    """The street names a community a candidate for a theme and year; the weights sum to 100."""

    org_id: DbId = Field(description="The community")
    theme: DemonstrationTheme
    year: int = Field(ge=2000, le=2100)
    pass_score: int = Field(default=85, ge=1, le=100)
    criteria: list[CriterionIn] = Field(
        min_length=1, max_length=50, description="Their weights sum to 100 (422 otherwise)"
    )

    @model_validator(mode="after")
    def _weights_sum_to_100(self) -> DemonstrationCreate:
        if sum(c.weight for c in self.criteria) != 100:
            raise ValueError("the criteria's weights must sum to 100")
        return self


class ScoreIn(StorableBody):
    criterion_id: DbId
    score: int = Field(ge=0, le=100, description="At most the criterion's weight")
    evidence_links: list[AnyHttpUrl] = Field(default_factory=list, max_length=20)


class Assessment(StorableBody):
    """Scores for every criterion of the checklist."""

    scores: list[ScoreIn] = Field(min_length=1, max_length=50)


class StatusChange(StorableBody):
    reason: str | None = Field(default=None, max_length=500)


class DemonstrationCriterionRead(ORMModel):
    id: int
    position: int
    title: str
    weight: int
    self_score: int | None
    street_score: int | None
    evidence_links: list[str]


class DemonstrationRead(ORMModel):
    id: int
    org_id: int
    theme: DemonstrationTheme
    year: int
    status: DemonstrationStatus
    pass_score: int
    self_total: int | None
    street_total: int | None
    status_reason: str | None
    criteria: list[DemonstrationCriterionRead]
    version: int
