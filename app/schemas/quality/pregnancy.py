"""Pregnancy follow-ups (孕情随访)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.models.core.resident import Sex
from app.models.quality.pregnancy import PregnancyOutcome, PregnancyState
from app.schemas.common import IsoDate, ORMModel
from app.schemas.quality.common import MAX_ID, QualityBody


class PregnancyCreate(QualityBody):
    resident_id: int = Field(ge=1, le=MAX_ID, description="The pregnant woman, a resident of the area")
    registered_on: IsoDate
    expected_on: IsoDate = Field(description="Expected date of delivery (预产期)")
    visit_interval_days: int = Field(default=30, ge=7, le=92, description="Visits every N days")
    note: str | None = Field(default=None, max_length=500)


class VisitCreate(QualityBody):
    visited_on: IsoDate
    note: str | None = Field(default=None, max_length=500)


class BirthCreate(QualityBody):
    """The outcome of a live birth: the child joins the family record and the birth registration starts."""

    born_on: IsoDate
    child_name: str = Field(min_length=1, max_length=64)
    child_sex: Sex
    outcome: PregnancyOutcome = PregnancyOutcome.live_birth


class EndCreate(QualityBody):
    ended_on: IsoDate
    outcome: PregnancyOutcome
    note: str | None = Field(default=None, max_length=500)


class CancelCreate(QualityBody):
    reason: str = Field(min_length=1, max_length=500)


class VisitRead(ORMModel):
    id: int
    visited_on: date
    note: str | None


class PregnancyRead(ORMModel):
    id: int
    resident_id: int
    resident_name: str | None = None
    family_id: int | None
    org_id: int
    state: PregnancyState
    registered_on: date
    expected_on: date
    visit_interval_days: int
    next_visit_due_on: date | None
    overdue: bool = False
    outcome: PregnancyOutcome | None
    outcome_on: date | None
    child_id: int | None
    note: str | None
    visits: list[VisitRead] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)
    version: int
    created_at: datetime
    updated_at: datetime
