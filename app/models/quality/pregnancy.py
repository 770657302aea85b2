"""Pregnancy follow-ups (孕情随访): a pregnancy registered for a woman of the area, visits on a
schedule, and the outcome that closes it."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class PregnancyState(enum.StrEnum):
    following = "following"  # registered, visited on schedule (随访中)
    delivered = "delivered"  # a birth closed it (已分娩)
    ended = "ended"  # ended without a birth (妊娠终止)
    cancelled = "cancelled"  # registered in error, or the woman moved away (撤销)


class PregnancyOutcome(enum.StrEnum):
    live_birth = "live_birth"
    stillbirth = "stillbirth"
    miscarriage = "miscarriage"
    induced_abortion = "induced_abortion"


class Pregnancy(VersionedMixin, Base):
    __tablename__ = "pregnancies"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False)
    family_id: Mapped[int | None] = mapped_column(ForeignKey("families.id"), nullable=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)  # her community (scope)
    state: Mapped[PregnancyState] = mapped_column(
        Enum(PregnancyState, native_enum=False, length=16), nullable=False
    )
    registered_on: Mapped[date] = mapped_column(Date, nullable=False)
    expected_on: Mapped[date] = mapped_column(Date, nullable=False)  # 预产期
    visit_interval_days: Mapped[int] = mapped_column(Integer, nullable=False)
    next_visit_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[PregnancyOutcome | None] = mapped_column(
        Enum(PregnancyOutcome, native_enum=False, length=24), nullable=True
    )
    outcome_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"), nullable=True)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)

    __table_args__ = (
        CheckConstraint("visit_interval_days > 0", name="visit_interval"),
        Index("ix_pregnancies_org_id_id", "org_id", "id"),
        Index("ix_pregnancies_resident_id", "resident_id"),
        Index("ix_pregnancies_state_next_visit_due_on", "state", "next_visit_due_on"),
    )


class PregnancyVisit(Base):
    """One follow-up visit (随访记录)."""

    __tablename__ = "pregnancy_visits"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    pregnancy_id: Mapped[int] = mapped_column(
        ForeignKey("pregnancies.id", ondelete="CASCADE"), nullable=False
    )
    visited_on: Mapped[date] = mapped_column(Date, nullable=False)
    visited_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)

    __table_args__ = (Index("ix_pregnancy_visits_pregnancy_id_id", "pregnancy_id", "id"),)
