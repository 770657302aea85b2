"""Referrals and their workflow steps."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ConfigDict, Field

from app.models.quality.referral import ReferralPriority, ReferralStatus
from app.schemas.common import IsoAwareDateTime, IsoDate, ORMModel
from app.schemas.quality.common import MAX_ID, QualityBody


class ReferralCreate(QualityBody):
    """From a screening (the resident is the screened one) or on its own (``resident_id``): one of
    the two is given."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [name], "properties": {name: {"type": "integer"}}}
                for name in ("screening_id", "resident_id")
            ]
        }
    )

    screening_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    resident_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    partner_id: int = Field(ge=1, le=MAX_ID, description="The provider referred to")
    reason: str = Field(min_length=1, max_length=500, examples=["孕前优生检查高风险，转诊妇幼保健院咨询"])
    priority: ReferralPriority = ReferralPriority.routine
    follow_up_due_on: IsoDate = Field(description="When the community follows up at the latest")


class ReferralSchedule(QualityBody):
    scheduled_for: IsoAwareDateTime = Field(description="Appointment time, ISO 8601 with offset")


class ReferralComplete(QualityBody):
    outcome: str = Field(min_length=1, max_length=2000, description="What the provider did or found")


class ReferralReason(QualityBody):
    reason: str = Field(min_length=1, max_length=500)


class ReferralAccept(QualityBody):
    comment: str | None = Field(default=None, max_length=500)


class ReferralRead(ORMModel):
    id: int
    screening_id: int | None
    resident_id: int
    partner_id: int
    org_id: int
    reason: str
    priority: ReferralPriority
    status: ReferralStatus
    follow_up_due_on: date
    overdue: bool
    scheduled_for: datetime | None
    outcome: str | None
    status_reason: str | None
    requested_by: int | None
    closed_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime
