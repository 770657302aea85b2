"""Reproductive Care projects (生育关怀项目): what a street or community sets out to do for the public,
with its aim, budget and intended beneficiaries; the care cases it helps and the activities it runs
are linked to it, and its results are written when it is completed (the annual report counts them).
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class CareProjectStatus(enum.StrEnum):
    under_way = "under_way"
    completed = "completed"


class CareProject(VersionedMixin, Base):
    __tablename__ = "care_projects"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    aim: Mapped[str] = mapped_column(Text, nullable=False)
    # Who it is for, in words, and how many the project means to reach.
    beneficiaries: Mapped[str] = mapped_column(String(500), nullable=False)
    beneficiary_target: Mapped[int] = mapped_column(Integer, nullable=False)
    budget_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[CareProjectStatus] = mapped_column(
        Enum(CareProjectStatus, native_enum=False, length=16), nullable=False
    )
    results: Mapped[str | None] = mapped_column(Text, nullable=True)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        Index("ix_care_projects_org_id_id", "org_id", "id"),
        Index("ix_care_projects_year", "year"),
        CheckConstraint("budget_fen >= 0 AND beneficiary_target >= 0", name="amounts"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
    )


class CareProjectActivity(Base):
    """An activity (a lecture, a visit day) run under a project."""

    __tablename__ = "care_project_activities"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("care_projects.id", ondelete="CASCADE"), primary_key=True
    )
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), primary_key=True)

    __table_args__ = (Index("ix_care_project_activities_activity_id", "activity_id"),)
