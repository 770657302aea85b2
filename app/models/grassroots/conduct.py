"""Work style (作风建设) of the family planning team, Task 8's three activities (三项活动) and the
building of political style (政风行风): the activities the street runs under these headings, their
participants and findings (problems found, rectification with its due and done dates).

The kinds of activity are data the street maintains (``conduct_activity_kinds``, zh/en names), not
an enumeration: each street names its own (作风建设专题会, 政风行风评议, 三项活动督查 …).
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class FindingStatus(enum.StrEnum):
    open = "open"
    rectified = "rectified"


class ConductActivityKind(VersionedMixin, Base):
    """A kind of work-style activity, named by the street that keeps the list."""

    __tablename__ = "conduct_activity_kinds"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    name_zh: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(150), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        Index("ix_conduct_activity_kinds_org_id_code", "org_id", "code", unique=True),
        Index("ix_conduct_activity_kinds_org_id_id", "org_id", "id"),
        Index("ix_conduct_activity_kinds_active", "active"),
    )


class ConductActivity(VersionedMixin, Base):
    """An activity held under the work-style headings (a meeting, an inspection, a public review)."""

    __tablename__ = "conduct_activities"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    kind_id: Mapped[int] = mapped_column(ForeignKey("conduct_activity_kinds.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        Index("ix_conduct_activities_org_id_id", "org_id", "id"),
        Index("ix_conduct_activities_kind_id", "kind_id"),
        Index("ix_conduct_activities_held_on", "held_on"),
    )


class ConductParticipant(Base):
    """A worker (of the workforce register) or a user (of the office) who took part."""

    __tablename__ = "conduct_participants"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("conduct_activities.id", ondelete="CASCADE"), nullable=False
    )
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("(worker_id IS NULL) <> (user_id IS NULL)", name="one_person"),
        Index("ix_conduct_participants_activity_id_worker_id", "activity_id", "worker_id", unique=True),
        Index("ix_conduct_participants_activity_id_user_id", "activity_id", "user_id", unique=True),
        Index("ix_conduct_participants_worker_id", "worker_id"),
        Index("ix_conduct_participants_user_id", "user_id"),
    )


class ConductFinding(VersionedMixin, Base):
    """A problem an activity found, the rectification asked for, its due date and done date."""

    __tablename__ = "conduct_findings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("conduct_activities.id"), nullable=False)
    # The org whose team the problem concerns: the activity's org or one beneath it.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    problem: Mapped[str] = mapped_column(String(1000), nullable=False)
    rectification: Mapped[str] = mapped_column(String(1000), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[FindingStatus] = mapped_column(
        Enum(FindingStatus, native_enum=False, length=16), nullable=False
    )
    rectified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    rectified_note: Mapped[str | None] = mapped_column(String(1000), nullable=True)

    __table_args__ = (
        CheckConstraint("(status = 'rectified') = (rectified_on IS NOT NULL)", name="rectified"),
        Index("ix_conduct_findings_org_id_id", "org_id", "id"),
        Index("ix_conduct_findings_activity_id_id", "activity_id", "id"),
        Index("ix_conduct_findings_status_due_on", "status", "due_on"),
    )
