"""The effectiveness of publicity (实效性): reach by channel and knowledge surveys before and after."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, model_validator

from app.models.grassroots.publicity_effect import ReachChannel, SurveyStage
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody


class ReachCreate(StorableBody):
    org_id: DbId = Field(
        description="The org that reached the people: the campaign's street or an org under it"
    )
    channel: ReachChannel
    people_reached: int = Field(ge=0, le=10_000_000)
    recorded_on: IsoDate = Field(description="Not after today")
    notes: str | None = Field(default=None, max_length=500)


class ReachRead(ORMModel):
    id: int
    campaign_id: int
    org_id: int
    org_name: str
    channel: ReachChannel
    people_reached: int
    recorded_on: date
    notes: str | None
    created_at: datetime


class SurveyCreate(StorableBody):
    """A knowledge survey (知晓率调查) before or after a campaign, or one of its activities."""

    org_id: DbId = Field(description="The org that surveyed: the campaign's street or an org under it")
    campaign_id: DbId
    activity_id: DbId | None = Field(
        default=None, description="An activity of the campaign, if surveyed at it"
    )
    stage: SurveyStage
    conducted_on: IsoDate = Field(
        description="Not after today; a pre survey not after the campaign's day, a post survey not before it"
    )
    questions: int = Field(ge=1, le=1000, description="Questions each respondent answered")
    respondents: int = Field(ge=1, le=1_000_000)
    correct_answers: int = Field(
        ge=0, le=1_000_000_000, description="Correct answers in all: at most questions × respondents"
    )
    notes: str | None = Field(default=None, max_length=2000)

    @model_validator(mode="after")
    def _check(self) -> SurveyCreate:
        if self.correct_answers > self.questions * self.respondents:
            raise ValueError("correct_answers must not exceed questions times respondents")
        return self


class SurveyRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    campaign_id: int
    activity_id: int | None
    stage: SurveyStage
    conducted_on: date
    questions: int
    respondents: int
    correct_answers: int
    correct_rate: float = Field(description="correct_answers / (questions × respondents), in percent")
    notes: str | None
    created_at: datetime


class ReachLine(ORMModel):
    channel: ReachChannel
    people_reached: int


class KnowledgeStage(ORMModel):
    surveys: int
    respondents: int
    correct_rate: float | None = Field(description="In percent; null without a survey")


class KnowledgeChange(ORMModel):
    pre: KnowledgeStage
    post: KnowledgeStage
    change_points: float | None = Field(
        description="post minus pre, in percentage points; null unless both were surveyed"
    )
