"""Accountability opened during the year (年中问责) from progress: an indicator of a signed book that
was behind plan at a quarter's end, held against a department, a unit (community) or a person, with
the follow-up recorded until the street closes the case.

The year-end evaluation's accountability actions (``evaluation.AccountabilityAction``) stay as they
are; these cases need no evaluation and name what was behind, when, and against whom.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow
from app.models.leadership.evaluation import AccountabilityKind


class AccountabilitySubject(enum.StrEnum):
    department = "department"  # a department of the street (e.g. the family planning office)
    unit = "unit"  # a community or social unit
    person = "person"  # a responsible person


class AccountabilityCaseStatus(enum.StrEnum):
    open = "open"
    closed = "closed"


class AccountabilityCase(VersionedMixin, Base):
    __tablename__ = "accountability_cases"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("responsibility_books.id"), nullable=False)
    # The book's community or unit: scope follows it.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    book_indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("book_indicators.id", ondelete="SET NULL"), nullable=True
    )
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    quarter_end: Mapped[date] = mapped_column(Date, nullable=False)
    # What was behind plan, frozen when the case was opened.
    indicator_code: Mapped[str] = mapped_column(String(64), nullable=False)
    target: Mapped[float] = mapped_column(Float, nullable=False)
    actual: Mapped[float] = mapped_column(Float, nullable=False)
    veto: Mapped[bool] = mapped_column(Boolean, nullable=False)
    subject: Mapped[AccountabilitySubject] = mapped_column(
        Enum(AccountabilitySubject, native_enum=False, length=16), nullable=False
    )
    subject_org_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    department: Mapped[str | None] = mapped_column(String(100), nullable=True)
    person_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    measure: Mapped[AccountabilityKind] = mapped_column(
        Enum(AccountabilityKind, native_enum=False, length=32), nullable=False
    )
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    status: Mapped[AccountabilityCaseStatus] = mapped_column(
        Enum(AccountabilityCaseStatus, native_enum=False, length=16),
        nullable=False,
        default=AccountabilityCaseStatus.open,
    )
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_accountability_cases_org_id_id", "org_id", "id"),
        Index("ix_accountability_cases_book_id", "book_id"),
        Index("ix_accountability_cases_year_quarter", "year", "quarter"),
        Index("ix_accountability_cases_status_id", "status", "id"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter"),
        CheckConstraint(
            "(subject = 'department' AND department IS NOT NULL)"
            " OR (subject = 'unit' AND subject_org_id IS NOT NULL)"
            " OR (subject = 'person' AND person_name IS NOT NULL)",
            name="subject",
        ),
    )


class AccountabilityFollowUp(Base):
    """What was done about a case (整改、约谈、督办), by whom and when; closing adds the last one."""

    __tablename__ = "accountability_follow_ups"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("accountability_cases.id", ondelete="CASCADE"), nullable=False
    )
    on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)
    closes: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (Index("ix_accountability_follow_ups_case_id", "case_id", "id"),)
