"""Periodic reports (统计报表): report forms, a street's report and its versions, the district's views."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.models.leadership.period_report import (
    PeriodReportStatus,
    ReportDecision,
    ReportPeriodKind,
    ReportSignatoryRole,
    ReportVersionKind,
)
from app.reasons import ReasonCode
from app.schemas.common import IsoDate, ORMModel, StorableBody
from app.schemas.leadership.book import Id, Text

FIGURE_CODE = r"^[a-z_]+\.[a-z0-9_]+(\.[a-z0-9_]+)?$"
INDICATOR_CODE = r"^[a-z][a-z0-9_]{2,63}$"
BIG = 10**12


class ReportFormItemIn(StorableBody):
    """One figure of a form: an indicator of the catalogue, or an area's figure with its names."""

    indicator_code: str | None = Field(default=None, pattern=INDICATOR_CODE, max_length=64)
    figure_code: str | None = Field(default=None, pattern=FIGURE_CODE, max_length=100)
    name_zh: str | None = Field(default=None, min_length=1, max_length=100)
    name_en: str | None = Field(default=None, min_length=1, max_length=150)

    @model_validator(mode="after")
    def _one_source(self) -> ReportFormItemIn:
        if (self.indicator_code is None) == (self.figure_code is None):
            raise ValueError("give either indicator_code or figure_code")
        if self.figure_code is not None and (self.name_zh is None or self.name_en is None):
            raise ValueError("an area's figure needs name_zh and name_en")
        return self


class ReportFormCreate(StorableBody):
    code: str = Field(pattern=INDICATOR_CODE)
    name_zh: str = Field(min_length=1, max_length=100)
    name_en: str = Field(min_length=1, max_length=150)
    period_kind: ReportPeriodKind
    items: list[ReportFormItemIn] = Field(min_length=1, max_length=60)
    deadline_working_days: int = Field(ge=1, le=60, description="Working days after the period's last day")
    effective_from: IsoDate
    source: Text = Field(description="The document that sets the form and its deadline (文号)")


class ReportFormItem(BaseModel):
    code: str = Field(description="The indicator's code, or the figure's code")
    indicator_code: str | None
    figure_code: str | None
    name_zh: str
    name_en: str
    unit: str | None = Field(description="The indicator's unit; an area's figure brings its own")


class ReportFormRead(ORMModel):
    id: int
    district_id: int
    code: str
    name_zh: str
    name_en: str
    period_kind: ReportPeriodKind
    items: list[ReportFormItem]
    deadline_working_days: int
    effective_from: date
    source: str
    active: bool
    version: int


class PeriodReportCreate(StorableBody):
    form_id: Id
    period_start: IsoDate = Field(description="First day of the period: of a month, a quarter or a year")


class ItemCorrection(StorableBody):
    """A corrected figure: numerator and denominator (a rate: a percentage or ratio is always entered
    so, so that the district can add it up), a numerator alone (a count), or a value alone (any other
    figure, such as hours)."""

    # the rules of _shape, as JSON Schema says them
    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [name], "properties": {name: {"type": kind}}}
                for name, kind in (("value", "number"), ("numerator", "integer"))
            ],
            "if": {"required": ["denominator"], "properties": {"denominator": {"type": "integer"}}},
            "then": {"required": ["numerator"], "properties": {"numerator": {"type": "integer"}}},
        }
    )

    code: str = Field(min_length=1, max_length=100)
    value: float | None = Field(default=None, ge=0, le=BIG)
    numerator: int | None = Field(default=None, ge=0, le=BIG)
    denominator: int | None = Field(default=None, ge=0, le=BIG)

    @model_validator(mode="after")
    def _shape(self) -> ItemCorrection:
        if self.value is None and self.numerator is None:
            raise ValueError("give a numerator (with a denominator for a rate) or a value")
        if self.denominator is not None and self.numerator is None:
            raise ValueError("a denominator needs its numerator")
        return self


class ReportRevise(StorableBody):
    reason: Text
    corrections: list[ItemCorrection] = Field(
        default_factory=list,
        max_length=60,
        description="Empty: read every figure again from the records as of the period's end",
    )


class ReportSignatory(StorableBody):
    role: ReportSignatoryRole
    name: str = Field(min_length=1, max_length=50)
    title: str = Field(default="", max_length=100)


# Roles that sign a report (or its amendment), every one of them.
SIGNING_ROLES = (ReportSignatoryRole.preparer, ReportSignatoryRole.leader)


class ReportSign(StorableBody):
    signed_on: IsoDate
    signatories: list[ReportSignatory] = Field(
        min_length=2,
        max_length=10,
        description="The preparer (填表人) and the street's leader (单位负责人) among them",
        # the rule of _roles, as JSON Schema says it
        json_schema_extra={
            "allOf": [
                {"contains": {"required": ["role"], "properties": {"role": {"const": role.value}}}}
                for role in SIGNING_ROLES
            ]
        },
    )

    @model_validator(mode="after")
    def _roles(self) -> ReportSign:
        roles = {s.role for s in self.signatories}
        if not set(SIGNING_ROLES) <= roles:
            raise ValueError("the preparer (填表人) and the street's leader (单位负责人) sign")
        return self


class ReportReturn(StorableBody):
    reason: Text


class ReportAmend(ReportSign):
    reason: Text
    corrections: list[ItemCorrection] = Field(min_length=1, max_length=60)


class ItemValue(BaseModel):
    code: str
    name_zh: str
    value: float | None
    numerator: int | None
    denominator: int | None
    unit: str
    per: int | None = Field(description="A rate's multiplier: value = numerator × per / denominator")
    corrected: bool = Field(description="Typed in by the street, not read from the records")
    not_computable_reason: str | None = Field(
        default=None, description="Why the figure has no value, in the request's language"
    )
    not_computable_reason_code: ReasonCode | None = Field(
        default=None, description="The reason's code (labels: GET /meta/enums, system_reason)"
    )
    not_computable_reason_params: dict[str, Any] | None = Field(
        default=None, description="The parameters of not_computable_reason_code"
    )


class PeriodReportVersionRead(BaseModel):
    number: int
    kind: ReportVersionKind
    values: list[ItemValue]
    reason: str | None
    prepared_by: int | None
    prepared_at: datetime
    signatories: list[ReportSignatory] | None
    signed_on: date | None
    submitted_on: date | None
    decision: ReportDecision | None
    decision_reason: str | None
    decided_by: int | None
    decided_on: date | None


class PeriodReportRow(BaseModel):
    id: int
    form_id: int
    form_code: str
    form_name_zh: str
    org_id: int
    org_name: str
    district_id: int
    period_start: date
    period_end: date
    due_on: date
    status: PeriodReportStatus
    current_version: int
    accepted_version: int | None
    first_submitted_on: date | None
    late: bool = Field(description="First submitted after the due date")
    version: int


class PeriodReportRead(PeriodReportRow):
    next_steps: list[str]
    versions: list[PeriodReportVersionRead] = Field(description="Every version, oldest first")


class Submission(BaseModel):
    org_id: int
    org_name: str
    report_id: int | None
    status: PeriodReportStatus | None
    first_submitted_on: date | None
    submitted: bool
    late: bool = Field(description="Submitted after the due date, or not submitted and the due date passed")
    missing: bool = Field(description="Not submitted yet and the due date passed")


class Submissions(BaseModel):
    form_id: int
    period_start: date
    period_end: date
    due_on: date
    streets: int
    submitted: int
    accepted: int
    late: int
    missing: int
    rows: list[Submission]


class RollupStreet(BaseModel):
    org_id: int
    org_name: str
    report_id: int
    accepted_version: int


class RollupCell(BaseModel):
    org_id: int
    value: float | None
    numerator: int | None
    denominator: int | None
    not_computable_reason: str | None = Field(
        default=None, description="Why the street's accepted value is empty, in the request's language"
    )
    not_computable_reason_code: ReasonCode | None = None
    not_computable_reason_params: dict[str, Any] | None = None


class RollupItem(BaseModel):
    code: str
    name_zh: str
    name_en: str
    unit: str
    value: float | None = Field(description="Rates from the summed numerators and denominators; else the sum")
    numerator: int | None
    denominator: int | None
    streets: list[RollupCell]


class Rollup(BaseModel):
    form_id: int
    form_code: str
    form_name_zh: str
    period_kind: ReportPeriodKind
    period_start: date
    period_end: date
    due_on: date
    accepted_streets: list[RollupStreet]
    not_accepted_org_ids: list[int] = Field(description="Streets of the area with no accepted report")
    items: list[RollupItem]
