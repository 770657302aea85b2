"""Screening programs, their targets and coverage, and screenings with protected findings."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from app.models.quality.screening import RiskLevel, ScreeningKind
from app.schemas.common import IsoDate, ORMModel
from app.schemas.quality.common import MAX_ID, QualityBody


class TargetSet(QualityBody):
    target_count: int = Field(ge=0, le=1_000_000)


class TargetCreate(TargetSet):
    org_id: int = Field(ge=1, le=MAX_ID, description="The community or unit given the target")


class ProgramCreate(QualityBody):
    year: int = Field(ge=2000, le=2100, examples=[2019])
    kind: ScreeningKind
    name: str = Field(min_length=1, max_length=100, examples=["2019年国家免费孕前优生健康检查"])
    org_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="The org running it; default the caller's"
    )
    targets: list[TargetCreate] = Field(default_factory=list, max_length=500)


class ScreeningProgramRead(ORMModel):
    id: int
    year: int
    kind: ScreeningKind
    name: str
    org_id: int
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
    target_count: int
    screened: int = Field(description="Distinct residents screened in the program for this org")
    coverage_rate: float | None = Field(description="screened / target_count; null when the target is 0")


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
    resident_id: int
    spouse_resident_id: int | None
    org_id: int = Field(description="The resident's community (whose casework it is)")
    counted_org_id: int = Field(description="The org whose target it counts toward")
    provider_partner_id: int | None
    screened_on: IsoDate
    items: list[str]
    risk_level: RiskLevel
    has_findings: bool
    findings: str | None = Field(
        description="null unless a health:read holder asks for one screening with ?reveal=true (audited)"
    )
    version: int
    created_at: datetime
    updated_at: datetime
