"""Enrolments (who is paid under which program) and the yearly re-verification (年审)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class EnrolmentStatus(enum.StrEnum):
    active = "active"
    suspended = "suspended"
    ended = "ended"


class EnrolmentSource(enum.StrEnum):
    """How an enrolment came about: through the application path, or imported from existing rolls."""

    application = "application"
    imported = "imported"
    # A per-person program's second parent, added to the family's case from their own month.
    joined = "joined"


class CheckStatus(enum.StrEnum):
    pending = "pending"
    confirmed = "confirmed"
    failed = "failed"


class RoundStatus(enum.StrEnum):
    open = "open"
    closed = "closed"


class Enrolment(VersionedMixin, Base):
    __tablename__ = "benefit_enrolments"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("benefit_programs.id"), nullable=False)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("benefit_applications.id"), nullable=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), nullable=False)
    # The person paid: each parent for per-person programs, the mother (or single parent) per family.
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False)
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    street_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    payer_org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[EnrolmentStatus] = mapped_column(
        Enum(EnrolmentStatus, native_enum=False, length=16), nullable=False, default=EnrolmentStatus.active
    )
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # A reason the system wrote is a code with parameters (app/reasons.py), rendered in the reader's
    # language; the text column keeps its English for the audit trail, or a person's typed reason.
    status_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    status_reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    status_reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # Set when something happened that may end the entitlement (a new child): not paid until reviewed.
    needs_review: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    review_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    review_reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    review_reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # The day of the life event (or decision) that stopped payment: its month is still due.
    stopped_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Months from here up to the batch month that were missed while eligible are back pay (补发).
    arrears_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Stretches the street decided not to pay (resumed without back pay): [["2019-05-01", "2019-06-30"]].
    unpaid_ranges: Mapped[list[list[str]]] = mapped_column(JSON, nullable=False, default=list)
    source: Mapped[EnrolmentSource] = mapped_column(
        Enum(EnrolmentSource, native_enum=False, length=16),
        nullable=False,
        default=EnrolmentSource.application,
    )
    # Imported rolls: paid by the old system before this day; the approval document and its date.
    due_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    approval_document_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        Index("ix_benefit_enrolments_community_id_id", "community_id", "id"),
        Index("ix_benefit_enrolments_unit_id_id", "unit_id", "id"),
        Index("ix_benefit_enrolments_family_id", "family_id"),
        Index(
            "ix_benefit_enrolments_program_payer_status", "program_id", "street_id", "payer_org_id", "status"
        ),
        Index("ix_benefit_enrolments_beneficiary_id", "beneficiary_id"),
        # One current (not ended) enrolment per beneficiary and program.
        Index(
            "uq_benefit_enrolments_current",
            "program_id",
            "beneficiary_id",
            unique=True,
            postgresql_where=text("status <> 'ended'"),
        ),
    )


class ReverificationRound(VersionedMixin, Base):
    __tablename__ = "reverification_rounds"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    street_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[RoundStatus] = mapped_column(
        Enum(RoundStatus, native_enum=False, length=16), nullable=False, default=RoundStatus.open
    )
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (UniqueConstraint("street_id", "year"),)


class ReverificationCheck(VersionedMixin, Base):
    __tablename__ = "reverification_checks"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("reverification_rounds.id", ondelete="CASCADE"), nullable=False
    )
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("benefit_enrolments.id"), nullable=False)
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    status: Mapped[CheckStatus] = mapped_column(
        Enum(CheckStatus, native_enum=False, length=16), nullable=False, default=CheckStatus.pending
    )
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # A reason the system wrote: its code and parameters (app/reasons.py), rendered when read.
    reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    checked_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        UniqueConstraint("round_id", "enrolment_id"),
        Index("ix_reverification_checks_round_id_status", "round_id", "status"),
        Index("ix_reverification_checks_community_id_id", "community_id", "id"),
    )
