"""Target responsibility books (目标管理责任书) between the street and a community or unit.

A book holds weighted indicators (weights sum to 100), each with a target and an optional one-vote
veto (一票否决); it is drafted by the street, signed (locked) and afterwards changed only by a
recorded amendment.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class BookStatus(enum.StrEnum):
    draft = "draft"
    signed = "signed"
    evaluated = "evaluated"


class SignatoryRole(enum.StrEnum):
    party_leader = "party_leader"  # 党组织书记: overall responsibility
    government_leader = "government_leader"  # 行政主要领导: overall responsibility
    leader_in_charge = "leader_in_charge"  # 分管领导
    counterpart = "counterpart"  # the community's or unit's signatory


class ResponsibilityBook(VersionedMixin, Base):
    __tablename__ = "responsibility_books"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    # The community or unit that takes the targets, and the street that sets them.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    street_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[BookStatus] = mapped_column(
        Enum(BookStatus, native_enum=False, length=16), nullable=False, default=BookStatus.draft
    )
    pass_mark: Mapped[float] = mapped_column(Float, nullable=False, default=60.0)
    # [{"role": "party_leader", "name": "...", "title": "..."}]
    signatories: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("responsibility_books.id"), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        UniqueConstraint("org_id", "year"),
        Index("ix_responsibility_books_street_id_year", "street_id", "year"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
    )


class BookIndicator(Base):
    """One indicator of a book: its weight, target and veto flag; reported ones carry the value."""

    __tablename__ = "book_indicators"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    book_id: Mapped[int] = mapped_column(
        ForeignKey("responsibility_books.id", ondelete="CASCADE"), nullable=False
    )
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    weight: Mapped[float] = mapped_column(Float, nullable=False)
    target: Mapped[float] = mapped_column(Float, nullable=False)
    veto: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    reported_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    evidence: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        UniqueConstraint("book_id", "indicator_id"),
        CheckConstraint("weight >= 0 AND weight <= 100", name="weight"),
    )


class BookAmendment(Base):
    """A recorded change to a signed book: why, by whom, and the indicators before and after."""

    __tablename__ = "book_amendments"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    book_id: Mapped[int] = mapped_column(
        ForeignKey("responsibility_books.id", ondelete="CASCADE"), nullable=False
    )
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    before: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    after: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    amended_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    amended_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (Index("ix_book_amendments_book_id", "book_id"),)
