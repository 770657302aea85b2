"""Benefit programs, eligibility answers, applications and their reviews."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import ConfigDict, Field, model_validator

from app.models.benefits.benefit import (
    ApplicationStatus,
    EligibilityRule,
    ProgramBasis,
    ProgramPayer,
    ProgramPeriod,
    ReviewLevel,
)
from app.reasons import ReasonCode, language
from app.schemas.common import MAX_ID, IsoDate, LocalizedReasons, ORMModel, StrictBody
from app.schemas.patch_body import PatchBody

MaterialList = list[str]


class BenefitProgramRead(ORMModel):
    id: int
    code: str
    name: str
    rule: EligibilityRule
    owner_org_id: int
    amount_fen: int = Field(description="The standard in force today, per period, in fen (分)")
    national_floor_fen: int | None = Field(description="National programs never pay below this (per period)")
    criteria: dict[str, Any] = Field(description="The program's own criteria as data (street programs)")
    period: ProgramPeriod
    basis: ProgramBasis
    payer: ProgramPayer
    exclusive_group: str | None
    required_materials: list[str]
    criteria_note: str
    open_for_applications: bool
    policy_year: int
    version: int


class StandardCreate(StrictBody):
    effective_from: str = Field(pattern=r"^(19|20|21)\d{2}-(0[1-9]|1[0-2])$", examples=["2019-10"])
    amount_fen: int = Field(ge=0, le=100_000_000, description="Per period of the program, in fen")
    basis_document: str = Field(default="", max_length=200, description="The notice that set the standard")


class StandardRead(ORMModel):
    id: int
    program_id: int
    effective_from: date
    amount_fen: int
    basis_document: str
    created_by: str
    created_at: datetime


class ProgramUpdate(PatchBody):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    amount_fen: int | None = Field(default=None, ge=0, le=100_000_000)
    required_materials: list[str] | None = Field(default=None, max_length=30)
    criteria_note: str | None = Field(default=None, max_length=2000)
    open_for_applications: bool | None = None
    policy_year: int | None = Field(default=None, ge=2000, le=2100)


class EligibilityCheckBody(StrictBody):
    family_id: int = Field(ge=1, le=MAX_ID)
    reference_date: IsoDate | None = Field(default=None, description="Defaults to today")


class CriterionRead(ORMModel):
    code: str
    met: bool
    detail: str = Field(description="Why, in the caller's language (Accept-Language)")

    @model_validator(mode="before")
    @classmethod
    def _in_the_callers_language(cls, data: Any) -> Any:
        """A criterion carries its detail in English and zh-CN (detail_zh): the caller's is shown."""
        read = data.get if isinstance(data, dict) else lambda name: getattr(data, name, None)
        zh = read("detail_zh")
        if zh and language() == "zh-CN":
            return {"code": read("code"), "met": read("met"), "detail": zh}
        return data


class EligibilityRead(ORMModel):
    program_id: int
    family_id: int
    reference_date: date
    eligible: bool
    criteria: list[CriterionRead]
    beneficiary_ids: list[int]


class ApplicationCreate(StrictBody):
    program_id: int = Field(ge=1, le=MAX_ID)
    family_id: int = Field(ge=1, le=MAX_ID)
    materials: list[str] = Field(
        default_factory=list, max_length=30, description="Codes of the materials handed in"
    )
    note: str = Field(default="", max_length=2000)


class ApplicationUpdate(PatchBody):
    materials: list[str] | None = Field(default=None, max_length=30)
    note: str | None = Field(default=None, max_length=2000)


class ReviewBody(StrictBody):
    # the rules of _reasons, as JSON Schema says them: a rejection gives a reason (a comment with
    # more than spaces), and only a return for correction lists missing materials
    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {
                    "if": {"properties": {"decision": {"const": "reject"}}, "required": ["decision"]},
                    "then": {"required": ["comment"], "properties": {"comment": {"pattern": r"\S"}}},
                },
                {
                    "if": {"properties": {"decision": {"const": "return"}}, "required": ["decision"]},
                    "else": {"properties": {"missing_materials": {"maxItems": 0}}},
                },
            ]
        }
    )

    decision: Literal["approve", "return", "reject"]
    comment: str = Field(default="", max_length=2000)
    missing_materials: list[str] = Field(default_factory=list, max_length=30)
    notice_days: int = Field(
        default=7, ge=7, le=30, description="Community approval: length of the public notice window"
    )

    @model_validator(mode="after")
    def _reasons(self) -> ReviewBody:
        if self.decision == "reject" and not self.comment:
            raise ValueError("a rejection needs a reason (comment)")
        if self.decision != "return" and self.missing_materials:
            raise ValueError("missing_materials belong to a return for correction")
        return self


class WithdrawBody(StrictBody):
    reason: str = Field(default="", max_length=2000)


class ReviewRead(ORMModel):
    id: int
    level: ReviewLevel
    decision: str
    comment: str
    missing_materials: list[str]
    reviewer_username: str
    decided_at: datetime


class ApplicationRead(LocalizedReasons):
    id: int
    program_id: int
    family_id: int
    community_id: int
    unit_id: int | None
    payer_org_id: int
    status: ApplicationStatus
    materials: list[str]
    missing_materials: list[str]
    note: str
    submitted_at: datetime | None
    notice_ends_on: date | None
    decided_at: datetime | None
    decision_reason: str | None = Field(
        description="Why it was decided so: in the caller's language when the system wrote it"
    )
    decision_reason_code: ReasonCode | None = Field(
        description="Its code when the system wrote it (system_reason)"
    )
    decision_reason_params: dict[str, Any] | None = Field(
        description="The parameters of decision_reason_code"
    )
    version: int
    created_at: datetime
    updated_at: datetime


class ApplicationDetail(ApplicationRead):
    reviews: list[ReviewRead] = Field(default_factory=list)
