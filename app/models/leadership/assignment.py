"""Tasks decomposed to named people (任务分解到人): a book's indicator or task assigned to a worker."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class AssignmentStatus(enum.StrEnum):
    open = "open"
    done = "done"
    cancelled = "cancelled"


class Assignment(VersionedMixin, Base):
    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("responsibility_books.id"), nullable=False)
    book_indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("book_indicators.id", ondelete="SET NULL"), nullable=True
    )
    # The book's community or unit: scope follows it.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    task: Mapped[str] = mapped_column(String(500), nullable=False)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[AssignmentStatus] = mapped_column(
        Enum(AssignmentStatus, native_enum=False, length=16), nullable=False, default=AssignmentStatus.open
    )
    progress_percent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        Index("ix_assignments_assignee_id_status", "assignee_id", "status"),
        Index("ix_assignments_org_id_id", "org_id", "id"),
        Index("ix_assignments_book_id", "book_id"),
        CheckConstraint("progress_percent BETWEEN 0 AND 100", name="progress"),
    )


class AssignmentNote(Base):
    """A progress note; reassignments are noted here too, so the history stays with the task."""

    __tablename__ = "assignment_notes"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), nullable=False
    )
    note: Mapped[str] = mapped_column(Text, nullable=False)
    progress_percent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    written_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (Index("ix_assignment_notes_assignment_id", "assignment_id"),)
