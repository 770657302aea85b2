"""Referrals to partner providers, with FHIR ServiceRequest/Task-like states (转诊)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import ColumnElement, Date, Enum, ForeignKey, Index, String, Text, or_
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class ReferralStatus(enum.StrEnum):
    requested = "requested"
    accepted = "accepted"
    scheduled = "scheduled"
    completed = "completed"
    declined = "declined"
    cancelled = "cancelled"


class ReferralPriority(enum.StrEnum):
    """FHIR request priority codes."""

    routine = "routine"
    urgent = "urgent"
    asap = "asap"
    stat = "stat"


OPEN_REFERRAL_STATES = (ReferralStatus.requested, ReferralStatus.accepted, ReferralStatus.scheduled)
CLOSED_WITHOUT_SERVICE = (ReferralStatus.declined, ReferralStatus.cancelled)


class Referral(VersionedMixin, Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    screening_id: Mapped[int | None] = mapped_column(ForeignKey("screenings.id"), nullable=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), nullable=False)
    # The community the case belongs to (the resident's), for scope.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    reason: Mapped[str] = mapped_column(String(500), nullable=False)
    priority: Mapped[ReferralPriority] = mapped_column(
        Enum(ReferralPriority, native_enum=False, length=16), nullable=False
    )
    status: Mapped[ReferralStatus] = mapped_column(
        Enum(ReferralStatus, native_enum=False, length=16), nullable=False, default=ReferralStatus.requested
    )
    follow_up_due_on: Mapped[date] = mapped_column(Date, nullable=False)
    scheduled_for: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    outcome: Mapped[str | None] = mapped_column(Text, nullable=True)
    status_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_referrals_org_id_id", "org_id", "id"),
        Index("ix_referrals_status_follow_up_due_on", "status", "follow_up_due_on"),
        Index("ix_referrals_screening_id", "screening_id"),
        Index("ix_referrals_partner_id_id", "partner_id", "id"),
        Index("ix_referrals_resident_id", "resident_id"),
    )


# The overdue rule, once: a referral is overdue on ``day`` when it is still open and its follow-up
# date has passed. ``overdue_on`` says it in SQL (the list filter, the gauge; plain equalities, no
# expanding IN, so that the read path's prepared statements take it), ``is_overdue`` of a loaded
# record or row (the answer's ``overdue`` field); tests/api/quality/test_referral_overdue_rule.py
# checks the two agree.


def overdue_on(day: date | ColumnElement[date]) -> ColumnElement[bool]:
    is_open = or_(*(Referral.status == state for state in OPEN_REFERRAL_STATES))
    return is_open & (Referral.follow_up_due_on < day)


def is_overdue(status: ReferralStatus | str, follow_up_due_on: date, day: date) -> bool:
    return ReferralStatus(status) in OPEN_REFERRAL_STATES and follow_up_due_on < day
