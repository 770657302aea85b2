"""Birth policy rules as the API shows and takes them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import Field, model_validator

from app.models.core.birth_policy import BeyondRegistration, BirthPolicyScope
from app.schemas.common import DateRange, IsoDate, ORMModel, StorableBody

# No rule of the People's Republic predates its founding.
PolicyDate = Annotated[IsoDate, DateRange(first=date(1949, 10, 1))]


class BirthPolicyRuleRead(ORMModel):
    id: int
    code: str
    name: str = Field(description="zh-CN name")
    name_en: str
    scope: BirthPolicyScope = Field(
        description="national, province or district: the most specific in force wins"
    )
    effective_from: date
    effective_to: date | None = Field(description="Last day in force (inclusive); null: still in force")
    children_within_policy: int = Field(description="Highest birth order within policy without an approval")
    registration_max_order: int = Field(description="Birth registration (生育登记) covers orders up to this")
    beyond_registration: BeyondRegistration = Field(description="What a higher order needs")
    source_title: str
    source_document_no: str | None
    source_authority: str
    source_issued_on: date
    note: str
    version: int
    created_at: datetime


class BirthPolicyRuleCreate(StorableBody):
    """A rule the law, the province or the district sets from a day; judged on each birth's date."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_]{0,47}$", examples=["district_rule_2027"])
    name: str = Field(min_length=1, max_length=100)
    name_en: str = Field(min_length=1, max_length=100)
    scope: BirthPolicyScope
    effective_from: PolicyDate
    effective_to: PolicyDate | None = None
    children_within_policy: int = Field(ge=1, le=20)
    registration_max_order: int = Field(ge=1, le=20)
    beyond_registration: BeyondRegistration
    source_title: str = Field(min_length=1, max_length=200, examples=["《重庆市人口与计划生育条例》"])
    source_document_no: str | None = Field(default=None, min_length=1, max_length=64)
    source_authority: str = Field(min_length=1, max_length=100)
    source_issued_on: PolicyDate
    note: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _period(self) -> BirthPolicyRuleCreate:
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("effective_to is before effective_from")
        if self.registration_max_order > self.children_within_policy:
            raise ValueError("registration_max_order cannot exceed children_within_policy")
        return self
