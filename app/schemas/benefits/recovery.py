"""Overpayment recoveries (追回): the list row, the detail with its months and settlements, the steps."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.models.benefits.recovery import RecoveryStatus, SettlementKind
from app.reasons import ReasonCode
from app.schemas.common import IsoDate, ORMModel, StrictBody


class RecoveryLineRead(ORMModel):
    id: int
    payment_line_id: int
    period: str = Field(description="The month (or year) paid that was not due")
    amount_fen: int


class SettlementRead(ORMModel):
    id: int
    kind: SettlementKind
    amount_fen: int
    settled_on: date
    reference: str | None = Field(description="A refund's reference (receipt or bank transfer number)")
    reason: str | None = Field(description="A write-off's reason")
    recorded_by: str
    created_at: datetime


class RecoveryRead(ORMModel):
    id: int
    enrolment_id: int
    program_id: int
    beneficiary_id: int
    community_id: int
    unit_id: int | None
    street_id: int
    payer_org_id: int
    event_date: date = Field(description="The fact that ended the entitlement; its month was due")
    reason: str = Field(description="The fact that ended the entitlement, in the caller's language")
    reason_code: ReasonCode | None = Field(
        default=None, description="Its code when the system wrote it (system_reason)"
    )
    reason_params: dict[str, Any] | None = Field(default=None, description="The parameters of reason_code")
    found_on: date = Field(description="The day the fact was recorded and the overpayment found")
    total_fen: int = Field(description="Paid for months after the event's month")
    refunded_fen: int
    written_off_fen: int
    outstanding_fen: int = Field(description="Still to recover: total − refunded − written off")
    status: RecoveryStatus
    closed_on: date | None
    version: int


class RecoveryDetail(RecoveryRead):
    lines: list[RecoveryLineRead] = Field(default_factory=list)
    settlements: list[SettlementRead] = Field(default_factory=list)


class RefundBody(StrictBody):
    amount_fen: int = Field(ge=1, le=100_000_000, description="Money returned, in fen")
    refunded_on: IsoDate = Field(description="The day the money came back (not after today)")
    reference: str = Field(min_length=1, max_length=100, description="Receipt or bank transfer number")


class WriteOffBody(StrictBody):
    reason: str = Field(
        min_length=5, max_length=2000, description="Why the outstanding amount is not asked back"
    )
