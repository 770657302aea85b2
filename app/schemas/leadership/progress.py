"""A book's progress at a date, its year-end evaluation, and accountability actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from app.models.leadership.book import BookStatus
from app.models.leadership.evaluation import AccountabilityKind, EvaluationResult, EvaluationStatus
from app.models.leadership.indicator import IndicatorDirection, IndicatorSource, IndicatorUnit
from app.reasons import ReasonCode
from app.schemas.common import IsoDate, ORMModel, StorableBody
from app.schemas.leadership.book import Id, Text


class IndicatorProgress(BaseModel):
    book_indicator_id: int
    indicator_code: str
    name_zh: str
    name_en: str
    source: IndicatorSource
    figure_code: str | None
    unit: IndicatorUnit
    direction: IndicatorDirection
    weight: float
    target: float
    veto: bool
    actual: float | None = Field(description="The value as of the date; null when not computable")
    numerator: int | None
    denominator: int | None
    not_computable_reason: str | None = Field(
        default=None, description="Why there is no value, in the caller's language (Accept-Language)"
    )
    not_computable_reason_code: ReasonCode | None = Field(
        default=None, description="Its code (labels: GET /meta/enums, system_reason)"
    )
    not_computable_reason_params: dict[str, Any] | None = Field(
        default=None, description="The parameters of not_computable_reason_code"
    )
    met: bool | None
    score: float


class ChildBookProgress(BaseModel):
    """One book the bound org itself sets (a street's book with a community or unit)."""

    book_id: int
    org_id: int
    org_name: str
    status: BookStatus
    total: float | None = Field(description="The final evaluation's total, else the live progress total")
    result: EvaluationResult | None
    evaluated: bool = Field(description="True when the total is a final evaluation's, not live progress")


class BookRollup(BaseModel):
    """The books the bound org signed beneath it for the same year, rolled up."""

    books: int
    signed: int = Field(description="Books signed or evaluated (not drafts)")
    evaluated: int
    passed: int
    failed: int
    vetoed: int
    average_total: float | None = Field(description="Mean total over the signed and evaluated books")
    children: list[ChildBookProgress]


class BookProgress(BaseModel):
    book_id: int
    org_id: int
    year: int
    period_start: date
    as_of: date
    indicators: list[IndicatorProgress]
    total: float
    pass_mark: float
    veto_missed: list[str] = Field(description="Codes of veto indicators missed (一票否决)")
    result: EvaluationResult
    rollup: BookRollup | None = Field(
        default=None,
        description="For a book whose org sets books of its own (a street's book with the district): "
        "those books' progress and evaluations rolled up; null when it sets none that year",
    )


class EvaluationCreate(StorableBody):
    book_id: Id
    as_of: IsoDate


class ScoreAdjust(StorableBody):
    book_indicator_id: Id
    adjusted_score: float = Field(ge=0, le=100)
    reason: Text


class AccountabilityCreate(StorableBody):
    kind: AccountabilityKind
    person_name: str = Field(min_length=1, max_length=100)
    user_id: Id | None = None
    reason: Text
    decided_on: IsoDate


class AccountabilityRead(ORMModel):
    id: int
    evaluation_id: int
    kind: AccountabilityKind
    person_name: str
    user_id: int | None
    reason: str
    decided_on: date


class EvaluationScoreRead(ORMModel):
    book_indicator_id: int
    indicator_code: str
    weight: float
    target: float
    veto: bool
    actual: float | None
    numerator: int | None
    denominator: int | None
    met: bool | None
    computed_score: float
    adjusted_score: float | None
    adjustment_reason: str | None


class EvaluationRead(ORMModel):
    id: int
    book_id: int
    org_id: int
    as_of: date
    status: EvaluationStatus
    computed_total: float
    total: float
    vetoed: bool
    result: EvaluationResult
    version: int
    scores: list[EvaluationScoreRead]
    accountability: list[AccountabilityRead]
