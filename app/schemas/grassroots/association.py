"""Task 7: Association branches and members; integrity agreements and their yearly review."""

from __future__ import annotations

from datetime import date

from pydantic import ConfigDict, Field, model_validator

from app.models.grassroots.association import FulfilmentOutcome, MemberRole
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody


class BranchCreate(StorableBody):
    org_id: DbId = Field(description="The community or unit the branch (计生协分会) belongs to")
    name: str = Field(min_length=1, max_length=100, examples=["民生路社区计生协会"])
    founded_on: IsoDate | None = None


class BranchRead(ORMModel):
    id: int
    org_id: int
    name: str
    founded_on: date | None
    version: int


class MemberCreate(StorableBody):
    """A member is a resident or a worker (exactly one of the two)."""

    # the rule of _one_person, as JSON Schema says it: one of the ids is a number, the other absent or null
    model_config = ConfigDict(
        json_schema_extra={
            # inside allOf, so that client generators keep one model with every field (a top-level
            # oneOf makes openapi-python-client write one partial model per branch)
            "allOf": [
                {
                    "oneOf": [
                        {
                            "required": [given],
                            "properties": {given: {"type": "integer"}, other: {"type": "null"}},
                        }
                        for given, other in (("resident_id", "worker_id"), ("worker_id", "resident_id"))
                    ]
                }
            ]
        }
    )

    branch_id: DbId
    resident_id: DbId | None = None
    worker_id: DbId | None = None
    joined_on: IsoDate
    role: MemberRole = MemberRole.member

    @model_validator(mode="after")
    def _one_person(self) -> MemberCreate:
        if (self.resident_id is None) == (self.worker_id is None):
            raise ValueError("give exactly one of resident_id and worker_id")
        return self


class MemberRead(ORMModel):
    id: int
    branch_id: int
    org_id: int
    resident_id: int | None
    worker_id: int | None
    joined_on: date
    role: MemberRole
    version: int


class AgreementCreate(StorableBody):
    family_id: DbId
    signed_on: IsoDate = Field(description="Not in the future (422 otherwise)")
    term_years: int = Field(ge=1, le=10)
    commitments: list[str] = Field(min_length=1, max_length=20, examples=[["依法生育", "如实提供婚育信息"]])


class AgreementReview(StorableBody):
    # the rule of _reason_when_broken, as JSON Schema says it
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"outcome": {"const": "broken"}}, "required": ["outcome"]},
            "then": {"required": ["reason"], "properties": {"reason": {"type": "string", "pattern": r"\S"}}},
        }
    )

    year: int = Field(ge=2000, le=2100)
    outcome: FulfilmentOutcome
    reason: str | None = Field(default=None, max_length=500, description="Required when broken")

    @model_validator(mode="after")
    def _reason_when_broken(self) -> AgreementReview:
        if self.outcome is FulfilmentOutcome.broken and not self.reason:
            raise ValueError("a broken agreement needs a reason")
        return self


class AgreementReviewRead(ORMModel):
    year: int
    outcome: FulfilmentOutcome
    reason: str | None
    reviewed_on: date


class AgreementRead(ORMModel):
    id: int
    family_id: int
    org_id: int
    signed_on: date
    term_years: int
    ends_on: date
    commitments: list[str]
    reviews: list[AgreementReviewRead] = Field(default_factory=list)
    version: int


class SigningRate(ORMModel):
    """Families with an agreement in force on ``on`` over all families of the community (签约率)."""

    org_id: int
    org_name: str
    on: date
    families: int
    signed: int
    rate: float | None
