"""The dashboard and the annual report."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from app.models.leadership.evaluation import EvaluationResult
from app.models.leadership.indicator import DashboardAlertCode
from app.reasons import ReasonCode


class FigureValue(BaseModel):
    code: str
    name_zh: str
    unit: str
    value: float | None
    numerator: int | None = None
    denominator: int | None = None
    last_year: float | None = None
    not_computable_reason: str | None = Field(
        default=None, description="Why there is no value, in the caller's language (Accept-Language)"
    )
    not_computable_reason_code: ReasonCode | None = Field(
        default=None, description="Its code (labels: GET /meta/enums, system_reason)"
    )
    not_computable_reason_params: dict[str, Any] | None = Field(
        default=None, description="The parameters of not_computable_reason_code"
    )


class MonthlySeries(BaseModel):
    code: str
    name_zh: str
    months: list[float | None]
    months_last_year: list[float | None]
    total: float | None
    total_last_year: float | None


class ReportSection(BaseModel):
    code: str
    title_zh: str
    figures: list[FigureValue]


class OrgCoverage(BaseModel):
    org_id: int
    org_name: str
    screened: int
    target: int
    coverage: float | None = Field(
        description="Percent: 100 × screened / target, 2 decimals (the unit of coverage_rate); "
        "null when the target is 0"
    )


class EvaluationSummary(BaseModel):
    book_id: int
    org_id: int
    org_name: str
    total: float | None
    result: EvaluationResult | None
    vetoed: bool | None
    scores: dict[str, float]
    indicator_names: dict[str, str] = Field(
        default_factory=dict, description="The zh-CN name of each indicator of scores, by its code"
    )


class DashboardAlert(BaseModel):
    """Something the office must act on, with what to do, in zh-CN and en."""

    code: DashboardAlertCode
    year: int | None = None
    message_zh: str
    message_en: str


class Dashboard(BaseModel):
    alerts: list[DashboardAlert] = Field(
        default_factory=list, description="What needs action, e.g. next year's holiday calendar missing"
    )
    org_id: int
    org_name: str
    year: int
    period_start: date
    period_end: date
    indicators: list[FigureValue]
    sections: list[ReportSection]
    tasks: list[MonthlySeries]
    books: list[EvaluationSummary]


class AnnualReport(BaseModel):
    org_id: int
    org_name: str
    year: int
    title: str
    period_start: date
    period_end: date
    sections: list[ReportSection]
    monthly: list[MonthlySeries]
    coverage: list[OrgCoverage]
    evaluations: list[EvaluationSummary]
