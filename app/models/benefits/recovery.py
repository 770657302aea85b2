"""Overpayment recovery (追回): money paid for months that a fact recorded later says was not due.

A recovery belongs to one enrolment (one person, one program); its lines name the paid payment
lines (their periods and amounts) it asks back; it is settled by recorded refunds (partial refunds
keep it open until the total is covered) or by a recorded write-off decision.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class RecoveryStatus(enum.StrEnum):
    open = "open"
    refunded = "refunded"
    written_off = "written_off"


class SettlementKind(enum.StrEnum):
    refund = "refund"
    write_off = "write_off"


class Recovery(VersionedMixin, Base):
    __tablename__ = "benefit_recoveries"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("benefit_enrolments.id"), nullable=False)
    program_id: Mapped[int] = mapped_column(ForeignKey("benefit_programs.id"), nullable=False)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False)
    # Denormalised from the enrolment for the scope filter and the settling org.
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    street_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    payer_org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    # The fact that ended the entitlement: its date (months after its month were not due) and words.
    event_date: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    # The event's reason as a code with parameters (app/reasons.py), rendered in the reader's language.
    reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # The office's date the overpayment was found (the day the fact was recorded).
    found_on: Mapped[date] = mapped_column(Date, nullable=False)
    total_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    refunded_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    written_off_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[RecoveryStatus] = mapped_column(
        Enum(RecoveryStatus, native_enum=False, length=16), nullable=False, default=RecoveryStatus.open
    )
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        Index("ix_benefit_recoveries_community_id_id", "community_id", "id"),
        Index("ix_benefit_recoveries_unit_id_id", "unit_id", "id"),
        Index("ix_benefit_recoveries_enrolment_id", "enrolment_id"),
        Index("ix_benefit_recoveries_status_id", "status", "id"),
    )


class RecoveryLine(Base):
    """One paid payment line asked back: its period and amount. A payment line is recovered once."""

    __tablename__ = "benefit_recovery_lines"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    recovery_id: Mapped[int] = mapped_column(
        ForeignKey("benefit_recoveries.id", ondelete="CASCADE"), nullable=False
    )
    payment_line_id: Mapped[int] = mapped_column(ForeignKey("payment_lines.id"), nullable=False, unique=True)
    period: Mapped[str] = mapped_column(String(8), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (Index("ix_benefit_recovery_lines_recovery_id_id", "recovery_id", "id"),)


class RecoverySettlement(Base):
    """A refund received (amount, date, reference) or a write-off decision (amount, date, reason)."""

    __tablename__ = "benefit_recovery_settlements"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    recovery_id: Mapped[int] = mapped_column(
        ForeignKey("benefit_recoveries.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[SettlementKind] = mapped_column(
        Enum(SettlementKind, native_enum=False, length=16), nullable=False
    )
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    settled_on: Mapped[date] = mapped_column(Date, nullable=False)
    reference: Mapped[str | None] = mapped_column(String(100), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (Index("ix_benefit_recovery_settlements_recovery_id_id", "recovery_id", "id"),)
