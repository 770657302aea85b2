"""Task 8: public commitments, and feedback/complaints with tracking codes."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ConfigDict, Field, model_validator

from app.models.core.messaging import ConsentSource
from app.models.grassroots.sunshine import FeedbackCategory, FeedbackStatus
from app.schemas.common import DbId, IsoDate, ORMModel, ProvisionalDue, StorableBody
from app.schemas.patch_body import PatchBody

MOBILE_PATTERN = r"^1[3-9]\d{9}$"


class CommitmentCreate(StorableBody):
    org_id: DbId = Field(description="The street or community making the commitment")
    content: str = Field(min_length=1, max_length=1000, examples=["生育登记材料齐全的当场办结"])
    due_on: IsoDate
    publish: bool = True


class CommitmentUpdate(StorableBody, PatchBody):
    clearable = frozenset({"published_on", "fulfilled_on"})

    content: str | None = Field(default=None, min_length=1, max_length=1000)
    due_on: IsoDate | None = None
    published_on: IsoDate | None = None
    fulfilled_on: IsoDate | None = None


class CommitmentRead(ORMModel):
    id: int
    org_id: int
    content: str
    due_on: date
    published_on: date | None
    fulfilled_on: date | None
    version: int


class PublicCommitment(ORMModel):
    id: int
    org_name: str
    content: str
    due_on: date
    published_on: date
    fulfilled_on: date | None


class FeedbackCreate(StorableBody):
    """Anyone may write; an ``anonymous`` submission carries no name (null or blank). The contact is
    encrypted and seen only by handlers."""

    # the rule of _anonymous_has_no_name, as JSON Schema says it
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"anonymous": {"const": True}}, "required": ["anonymous"]},
            "then": {
                "properties": {"name": {"anyOf": [{"type": "null"}, {"type": "string", "pattern": r"^\s*$"}]}}
            },
            # and the rule that only a complaint is about staff
            "allOf": [
                {
                    "if": {"properties": {"about_staff": {"const": True}}, "required": ["about_staff"]},
                    "then": {"properties": {"category": {"const": "complaint"}}},
                },
                # and the rule that a mobile comes with the consent to text the reply, and only with it
                {
                    "if": {"properties": {"sms_consent": {"const": True}}, "required": ["sms_consent"]},
                    "then": {"required": ["sms_phone"], "properties": {"sms_phone": {"type": "string"}}},
                    "else": {"properties": {"sms_phone": {"type": "null"}}},
                },
            ],
        }
    )

    org_code: str = Field(
        min_length=12, max_length=18, description="Division code of the community (or street/unit) concerned"
    )
    category: FeedbackCategory
    subject: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=5000)
    anonymous: bool = False
    name: str | None = Field(default=None, max_length=64)
    contact: str | None = Field(default=None, max_length=100, description="Phone or e-mail for a call back")
    about_staff: bool = Field(
        default=False,
        description="A complaint about a staff member's conduct (作风投诉); only for a complaint",
    )
    sms_consent: bool = Field(
        default=False,
        description="The submitter agrees to be texted the reply at sms_phone (PIPL consent: for this "
        "purpose only, withdrawable with the tracking code)",
    )
    sms_phone: str | None = Field(
        default=None,
        pattern=MOBILE_PATTERN,
        description="A mainland mobile for the reply by text; only with sms_consent (kept encrypted)",
        examples=["13812345678"],
    )

    @model_validator(mode="after")
    def _anonymous_has_no_name(self) -> FeedbackCreate:
        if self.anonymous and self.name:
            raise ValueError("an anonymous submission carries no name")
        if self.about_staff and self.category is not FeedbackCategory.complaint:
            raise ValueError("only a complaint can be about staff")
        if self.sms_consent != (self.sms_phone is not None):
            raise ValueError("sms_consent and sms_phone go together: a mobile is kept only to text the reply")
        return self


class FeedbackReceipt(ProvisionalDue, ORMModel):
    tracking_code: str = Field(description="Keep it: the status and reply are read with it")
    status: FeedbackStatus
    received_on: date
    due_on: date


class FeedbackPublicView(ProvisionalDue, ORMModel):
    """What the submitter reads by tracking code: nothing about other people."""

    tracking_code: str
    category: FeedbackCategory
    subject: str
    status: FeedbackStatus
    received_on: date
    due_on: date
    escalated: bool
    reply: str | None
    answered_on: date | None
    satisfaction: int | None
    about_staff: bool = Field(description="A complaint about a staff member's conduct")
    staff_upheld: bool | None = Field(description="Whether the complaint about staff was upheld (查实)")
    sms_phone_masked: str | None = Field(
        default=None, description="The reply is texted to this mobile (masked); null when none or withdrawn"
    )


class FeedbackTextsStop(StorableBody):
    source: ConsentSource = Field(description="How the submitter withdrew the consent to be texted the reply")


class FeedbackRating(StorableBody):
    satisfaction: int = Field(ge=1, le=5, description="1 (very dissatisfied) … 5 (very satisfied)")


class FeedbackReply(StorableBody):
    reply: str = Field(min_length=1, max_length=5000)
    about_staff: bool | None = Field(
        default=None,
        description="The handler's finding that a complaint is (or is not) about a staff member's conduct; "
        "left out: as filed",
    )
    upheld: bool | None = Field(
        default=None, description="For a complaint about staff: whether it was upheld (查实) on resolution"
    )


class FeedbackRead(ProvisionalDue, ORMModel):
    id: int
    tracking_code: str
    org_id: int
    category: FeedbackCategory
    subject: str
    content: str
    anonymous: bool
    submitter_name: str | None
    contact: str | None = Field(default=None, description="Only for those who handle feedback")
    sms_phone_masked: str | None = Field(
        default=None,
        description="The mobile the submitter agreed to be texted the reply at (masked); null if none",
    )
    status: FeedbackStatus
    received_on: date
    due_on: date
    overdue: bool
    escalated_to_id: int | None
    escalated_on: date | None
    reply: str | None
    answered_on: date | None
    answered_on_time: bool | None
    satisfaction: int | None
    about_staff: bool = Field(description="A complaint about a staff member's conduct (作风投诉)")
    staff_upheld: bool | None = Field(description="Whether the complaint about staff was upheld (查实)")
    version: int
    created_at: datetime


class EscalationResult(ORMModel):
    escalated_ids: list[int]
