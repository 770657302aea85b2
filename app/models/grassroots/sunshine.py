"""Task 8, sunshine family planning (阳光计生): public commitments, feedback and complaints."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class FeedbackCategory(enum.StrEnum):
    complaint = "complaint"
    suggestion = "suggestion"
    inquiry = "inquiry"
    praise = "praise"


class FeedbackStatus(enum.StrEnum):
    open = "open"
    escalated = "escalated"
    answered = "answered"
    closed = "closed"


class Commitment(VersionedMixin, Base):
    """A public commitment (公开承诺) of the street or a community: what, by when, published."""

    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    content: Mapped[str] = mapped_column(String(1000), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    published_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    fulfilled_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_commitments_org_id_id", "org_id", "id"),)


class Feedback(VersionedMixin, Base):
    """Feedback or a complaint (意见/投诉), routed to the org it concerns, on a working-day clock."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    tracking_code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    category: Mapped[FeedbackCategory] = mapped_column(
        Enum(FeedbackCategory, native_enum=False, length=16), nullable=False
    )
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    anonymous: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    submitter_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    contact_enc: Mapped[str | None] = mapped_column(String(512), nullable=True)
    # The mobile the submitter agreed to be texted the reply at, masked (PIPL: for that purpose
    # only; the number itself is encrypted on the consent). Erased when the consent is withdrawn.
    sms_phone_masked: Mapped[str | None] = mapped_column(String(20), nullable=True)
    client_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[FeedbackStatus] = mapped_column(
        Enum(FeedbackStatus, native_enum=False, length=16), nullable=False, default=FeedbackStatus.open
    )
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    # Counted into a year whose holidays were unknown: counted again when they arrive.
    due_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Escalated to the street (上报街道) when the deadline passed unanswered.
    escalated_to_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    escalated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reply: Mapped[str | None] = mapped_column(Text, nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A complaint about a staff member's conduct (作风投诉), said by the submitter or found by the
    # handler; on the reply the handler says whether it was upheld (查实) or not.
    about_staff: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="false")
    staff_upheld: Mapped[bool | None] = mapped_column(Boolean, nullable=True)

    __table_args__ = (
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction"),
        CheckConstraint("about_staff OR staff_upheld IS NULL", name="staff_upheld"),
        Index("ix_feedback_org_id_id", "org_id", "id"),
        Index("ix_feedback_status_due_on", "status", "due_on"),
        Index("ix_feedback_client_hash_created_at", "client_hash", "created_at"),
    )
