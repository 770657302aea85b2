"""Screening programs, their targets and coverage, and screenings with protected findings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from app.models.core.resident import MaritalStatus, Sex
from app.models.quality.screening import RiskLevel
from app.schemas.common import IsoDate, ORMModel
from app.schemas.quality.common import MAX_ID, QualityBody


class TargetSet(QualityBody):
    target_count: int = Field(ge=0, le=1_000_000)


class TargetCreate(TargetSet):
    org_id: int = Field(ge=1, le=MAX_ID, description="The community or unit given the target")


class TargetPopulation(QualityBody):
    """Who a program is for; a screening of anyone else is refused and does not count."""

    sex: Sex | None = None
    min_age: int | None = Field(default=None, ge=0, le=120, description="Age reached in the program's year")
    max_age: int | None = Field(default=None, ge=0, le=120)
    marital_status: list[MaritalStatus] | None = Field(default=None, min_length=1)
    registration: Literal["local", "migrant"] | None = Field(
        default=None, description="local: registered in the program org's district; migrant: elsewhere"
    )

    def as_data(self) -> dict[str, object]:
        return self.model_dump(mode="json", exclude_none=True)


KIND_CODE = r"^[a-z][a-z0-9_]{2,31}$"
KindCode = Annotated[
    str,
    Field(
        pattern=KIND_CODE,
        examples=["pre_pregnancy_check"],
        description="A screening kind's code: GET /screening-kinds lists them (with zh-CN and en names), "
        "and /meta/enums under screening_kind. Today: pre_pregnancy_check, reproductive_health_census, "
        "migrant_youth_health, prenatal_screening; the street may be given more without a new release",
    ),
]


class ScreeningKindRead(ORMModel):
    """A kind of screening program (筛查项目类别)."""

    code: str
    name_zh: str
    name_en: str
    population: dict[str, Any] = Field(
        description="The target population the kind's source document sets (same shape as a program's "
        "population): a suggestion to copy into POST /screening-programs; a program created without one "
        "screens anyone, as before"
    )
    source: str = Field(description="The document the kind and its population follow")
    effective_from: date = Field(description="A program's year must end on or after this day")
    effective_to: date | None = Field(description="A program's year must start on or before this day")
    in_force: bool = Field(description="In force today (Beijing date)")


class ProgramCreate(QualityBody):
    year: int = Field(ge=2000, le=2100, examples=[2019])
    kind: KindCode
    name: str = Field(min_length=1, max_length=100, examples=["2019年国家免费孕前优生健康检查"])
    org_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="The org running it; default the caller's"
    )
    population: TargetPopulation = Field(default_factory=TargetPopulation)
    targets: list[TargetCreate] = Field(
        default_factory=list,
        max_length=500,
        description="Typed targets; without one an org's target is its number of eligible residents",
    )


class ScreeningProgramRead(ORMModel):
    id: int
    year: int
    kind: str = Field(description="The screening kind's code (GET /screening-kinds)")
    name: str
    org_id: int
    population: dict[str, Any]
    version: int
    created_at: datetime
    updated_at: datetime


class TargetRead(ORMModel):
    id: int
    program_id: int
    org_id: int
    target_count: int
    version: int


class CoverageRow(ORMModel):
    org_id: int
    org_name: str
    eligible: int = Field(description="Residents of the org in the program's target population")
    target_source: Literal["derived", "typed"] = Field(
        description="derived: the eligible count; typed: a target entered for the org (overrides)"
    )
    target_count: int
    screened: int = Field(description="Distinct residents screened in the program for this org")
    coverage_rate: float | None = Field(
        description="Percent: 100 × screened / target_count, 2 decimals (7.5 is 7.5 %), the unit of the "
        "quality.screening_coverage figure; null when the target is 0"
    )


class ScreeningCreate(QualityBody):
    program_id: int = Field(ge=1, le=MAX_ID)
    resident_id: int = Field(ge=1, le=MAX_ID)
    spouse_resident_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="For a couple checked together"
    )
    provider_partner_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    screened_on: IsoDate
    items: list[str] = Field(
        default_factory=list, max_length=40, description="Items done (the pre-pregnancy check has 19)"
    )
    risk_level: RiskLevel
    findings: str | None = Field(
        default=None,
        max_length=4000,
        description="Health findings: stored encrypted, shown only with health:read",
    )


class ScreeningRead(ORMModel):
    id: int
    program_id: int
    program_name: str | None = None
    resident_id: int
    resident_name: str | None = None
    spouse_resident_id: int | None
    org_id: int = Field(description="The resident's community (whose casework it is)")
    org_name: str | None = None
    counted_org_id: int = Field(description="The org whose target it counts toward")
    provider_partner_id: int | None
    screened_on: date
    items: list[str]
    risk_level: RiskLevel
    has_findings: bool
    findings: str | None = Field(
        description="null unless a health:read holder asks for one screening with ?reveal=true (audited)"
    )
    version: int
    created_at: datetime
    updated_at: datetime
