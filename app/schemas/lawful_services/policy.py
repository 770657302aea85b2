from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, model_validator

from app.models.lawful_services.policy import PolicyCategory, PolicyStatus
from app.schemas.common import IsoDate, ORMModel, StrictBody
from app.schemas.patch_body import PatchBody


class PolicyCreate(StrictBody):
    title: str = Field(min_length=1, max_length=200, examples=["重庆市人口与计划生育条例（2016年修正）"])
    document_no: str | None = Field(default=None, max_length=64, examples=["渝中卫健发〔2019〕1号"])
    issuing_authority: str = Field(min_length=1, max_length=100, examples=["重庆市人民代表大会常务委员会"])
    category: PolicyCategory
    body: str = Field(min_length=1, max_length=200_000, description="Markdown")
    effective_on: IsoDate
    expires_on: IsoDate | None = Field(default=None, description="Not before `effective_on` (422 otherwise)")

    @model_validator(mode="after")
    def _dates_in_order(self) -> PolicyCreate:
        if self.expires_on is not None and self.expires_on < self.effective_on:
            raise ValueError("expires_on is before effective_on")
        return self


class PolicyUpdate(PatchBody):
    clearable = frozenset({"document_no", "expires_on"})

    title: str | None = Field(default=None, min_length=1, max_length=200)
    document_no: str | None = Field(default=None, max_length=64)
    issuing_authority: str | None = Field(default=None, min_length=1, max_length=100)
    category: PolicyCategory | None = None
    body: str | None = Field(default=None, min_length=1, max_length=200_000)
    effective_on: IsoDate | None = None
    expires_on: IsoDate | None = Field(
        default=None, description="Not before `effective_on`, the one given or the policy's (422 otherwise)"
    )


class PolicyRepeal(StrictBody):
    reason: str = Field(min_length=1, max_length=500)


class PolicySummary(ORMModel):
    id: int
    title: str
    document_no: str | None
    issuing_authority: str
    category: PolicyCategory
    effective_on: date
    expires_on: date | None
    status: PolicyStatus = Field(description="A repealed policy stays readable, marked 'repealed'")
    revision: int = Field(description="Number of the current published revision (0: never published)")
    published_at: datetime | None
    repealed_at: datetime | None


class PolicyRead(PolicySummary):
    body: str
    owner_org_id: int
    repeal_reason: str | None
    version: int
    created_at: datetime
    updated_at: datetime


class PublicPolicyRead(PolicySummary):
    body: str
    repeal_reason: str | None


class PolicyRevisionRead(ORMModel):
    policy_id: int
    revision: int
    title: str
    document_no: str | None
    issuing_authority: str
    category: PolicyCategory
    body: str
    effective_on: date
    expires_on: date | None
    published_at: datetime
