"""Enrolments, public notices and objections, payment batches and re-verification rounds."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import Field

from app.models.benefits.enrolment import CheckStatus, EnrolmentSource, EnrolmentStatus, RoundStatus
from app.models.benefits.notice import ObjectionStatus
from app.models.benefits.payment import BatchStatus, LineKind, LineStatus
from app.reasons import ReasonCode
from app.schemas.benefits.recovery import RecoveryRead
from app.schemas.common import MAX_ID, IsoDate, LocalizedReasons, ORMModel, StrictBody


class EnrolmentRead(LocalizedReasons):
    id: int
    program_id: int
    program_name: str | None = None
    application_id: int | None
    family_id: int
    beneficiary_id: int
    beneficiary_name: str | None = None
    community_id: int
    community_name: str | None = None
    unit_id: int | None
    payer_org_id: int
    amount_fen: int
    status: EnrolmentStatus
    starts_on: date
    ends_on: date | None
    status_reason: str | None = Field(
        description="Why the status is what it is: in the caller's language (Accept-Language) when the "
        "system wrote it (status_reason_code set), as typed when a person did"
    )
    status_reason_code: ReasonCode | None = Field(
        description="The code of a reason the system wrote (labels: GET /meta/enums, system_reason); "
        "null for a reason a person typed"
    )
    status_reason_params: dict[str, Any] | None = Field(
        description="The parameters of status_reason_code (a date, a program code, a year)"
    )
    needs_review: bool = Field(description="A task for the community: a life event to confirm")
    review_reason: str | None = Field(description="What to confirm, in the caller's language")
    review_reason_code: ReasonCode | None = Field(description="Its code (system_reason)")
    review_reason_params: dict[str, Any] | None = Field(description="The parameters of review_reason_code")
    stopped_on: date | None = Field(description="The event that stopped payment; its month is still due")
    arrears_from: date | None = Field(description="Back pay (补发) of the months missed from this month")
    unpaid_ranges: list[list[str]] = Field(
        description="Stretches decided not to be paid (resumed without back pay)"
    )
    source: EnrolmentSource
    due_from: date | None = Field(description="Imported rolls: paid by the old system before this day")
    approval_document_no: str | None
    approved_on: date | None
    version: int


class EnrolmentDetail(EnrolmentRead):
    amount_in_force_fen: int | None = Field(
        default=None,
        description="The program's standard in force this month (amount_fen is the amount at enrolment)",
    )
    recoveries: list[RecoveryRead] = Field(
        default_factory=list, description="Overpayments (追回) found on this enrolment, open or settled"
    )


class ImportRowBody(StrictBody):
    family_id: int = Field(ge=1, le=MAX_ID)
    beneficiary_id: int = Field(ge=1, le=MAX_ID, description="A parent of the family")
    approval_document_no: str = Field(
        min_length=1, max_length=64, description="The earlier approval (批准文号)"
    )
    approved_on: IsoDate
    starts_on: IsoDate = Field(description="When the entitlement began")
    paid_through: str | None = Field(
        default=None, max_length=8, description="The last period the previous system paid (2019-08, 2019)"
    )
    override_reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=2000,
        description=(
            "The street's reason to import this row although the eligibility or exclusivity check "
            "refuses it (audited); errors in the row are never overridden"
        ),
    )


class EnrolmentImport(StrictBody):
    program_id: int = Field(ge=1, le=MAX_ID)
    rows: list[ImportRowBody] = Field(min_length=1, max_length=1000)


class ImportSkip(ORMModel):
    row: int
    beneficiary_id: int
    reason: str


class ImportOverride(ORMModel):
    row: int
    beneficiary_id: int
    codes: list[str] = Field(description="The refusals overridden (benefit_import_refusal)")
    reasons: list[str]
    override_reason: str


class ImportResult(ORMModel):
    created: list[EnrolmentRead]
    skipped: list[ImportSkip]
    overridden: list[ImportOverride] = Field(default_factory=list)


class OtherParentBody(StrictBody):
    eligible_from: IsoDate | None = Field(
        default=None,
        description=(
            "The day this person became eligible; by default the day the rule says (rural reward "
            "support: the 60th birthday), else today. Paid from the first of that month."
        ),
    )
    note: str = Field(default="", max_length=2000, description="Recorded in the audit trail")


class ReasonBody(StrictBody):
    reason: str = Field(min_length=1, max_length=2000)


class ResumeBody(StrictBody):
    reason: str = Field(min_length=1, max_length=2000)
    back_pay: bool = Field(
        default=False, description="Pay the months missed since the stop (补发) as lines of the next batch"
    )


class NoticeEntryPublic(ORMModel):
    entry_id: int
    name: str = Field(description="Masked: 张*明")
    withdrawn: bool


class NoticePublic(ORMModel):
    id: int
    community_name: str
    program_code: str
    program_name: str
    amount_fen: int
    period: str
    published_on: date
    window_ends_on: date
    open_for_objections: bool
    entries: list[NoticeEntryPublic]


class ObjectionCreate(StrictBody):
    entry_id: int = Field(ge=1, le=MAX_ID, description="The notice entry (case) objected to")
    reason: str = Field(min_length=5, max_length=2000)
    contact: str | None = Field(default=None, max_length=100, description="Optional: how to reach you")


class ObjectionReceipt(ORMModel):
    id: int
    notice_id: int
    entry_id: int
    status: ObjectionStatus
    created_at: datetime


class ObjectionFiled(ObjectionReceipt):
    tracking_code: str = Field(
        description="Keep it: GET /public/objections/{tracking_code} shows the outcome"
    )


class ObjectionOutcome(ORMModel):
    status: ObjectionStatus
    created_at: datetime
    resolution_comment: str | None
    resolved_at: datetime | None


class ObjectionRead(ObjectionReceipt):
    application_id: int
    reason: str
    contact: str | None = Field(
        default=None, description="How to reach the objector; only for those who resolve objections (audited)"
    )
    resolution_comment: str | None
    resolved_at: datetime | None


class ObjectionResolve(StrictBody):
    decision: Literal["uphold", "dismiss"]
    comment: str = Field(min_length=1, max_length=2000)


class BatchCreate(StrictBody):
    program_id: int = Field(ge=1, le=MAX_ID)
    period: str = Field(min_length=4, max_length=8, examples=["2019-06", "2019", "once"])
    street_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="Required when the district generates"
    )
    payer_org_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="Defaults to the program's payer"
    )


class CommunityTotal(ORMModel):
    community_id: int
    beneficiaries: int
    amount_fen: int


class BatchRead(ORMModel):
    id: int
    program_id: int
    period: str
    street_id: int
    payer_org_id: int
    status: BatchStatus
    line_count: int
    total_fen: int
    generated_by: str
    street_approved_by: str | None
    district_approved_by: str | None
    paid_by: str | None
    paid_at: datetime | None
    version: int
    created_at: datetime


class BatchDetail(BatchRead):
    totals_by_community: list[CommunityTotal] = Field(default_factory=list)


class LineRead(ORMModel):
    id: int
    batch_id: int
    enrolment_id: int
    program_id: int
    period: str = Field(description="The period paid for (an earlier one for back pay or a returned line)")
    beneficiary_id: int
    community_id: int
    amount_fen: int
    status: LineStatus
    reason: str | None = Field(
        description="Why a line was dropped (in the caller's language when the system wrote it), or "
        "the bank's reason for returning it (as the bank gave it)"
    )
    reason_code: ReasonCode | None = Field(
        default=None, description="Its code when the system wrote it (system_reason)"
    )
    reason_params: dict[str, Any] | None = Field(default=None, description="The parameters of reason_code")
    kind: LineKind = Field(
        default=LineKind.regular,
        description="regular, or difference (补发差额): what a standard raised later adds to a paid period",
    )
    standard_id: int | None = Field(default=None, description="The standard whose amount the line pays")


class BankAnswer(StrictBody):
    line_id: int = Field(ge=1, le=MAX_ID)
    result: Literal["paid", "returned"]
    reason: str = Field(default="", max_length=500)


class BankAnswers(StrictBody):
    lines: list[BankAnswer] = Field(min_length=1, max_length=5000)


class BankAccountBody(StrictBody):
    bank_name: str = Field(min_length=2, max_length=100)
    account_number: str = Field(min_length=12, max_length=30, pattern=r"^\d+$")


class BankAccountRead(ORMModel):
    resident_id: int
    bank_name: str
    account_number: str = Field(
        description="Masked (6222********1234) unless revealed with pii:read (audited)"
    )
    version: int


class ProgramCommunityTotal(ORMModel):
    program_id: int
    period: str
    community_id: int
    beneficiaries: int
    amount_fen: int


class RoundCreate(StrictBody):
    year: int = Field(ge=2000, le=2100)
    deadline: IsoDate


class RoundRead(ORMModel):
    id: int
    street_id: int
    year: int
    deadline: date
    status: RoundStatus
    closed_at: datetime | None
    version: int


class RoundDetail(RoundRead):
    progress: dict[str, int] = Field(default_factory=dict)


class CheckRead(LocalizedReasons):
    id: int
    round_id: int
    enrolment_id: int
    community_id: int
    status: CheckStatus
    reason: str | None = Field(description="Why it failed: in the caller's language when the system wrote it")
    reason_code: ReasonCode | None = Field(description="Its code when the system wrote it (system_reason)")
    reason_params: dict[str, Any] | None = Field(description="The parameters of reason_code")
    checked_by: str | None
    checked_at: datetime | None


class CheckBody(StrictBody):
    outcome: Literal["confirm", "fail"] = Field(
        description="confirm: alive, still resident, no new child; fail needs a reason"
    )
    reason: str = Field(default="", max_length=2000)
