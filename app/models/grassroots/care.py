"""The Reproductive Care Action (生育关怀行动): care cases, pairing, visits and assistance."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class CareKind(enum.StrEnum):
    bereaved = "bereaved"  # 失独
    disabled_child = "disabled_child"  # 独生子女伤残
    other_need = "other_need"
    childbearing_age = "childbearing_age"  # 育龄群众: a person of childbearing age in need
    worker = "worker"  # 计生工作者: a community family planning worker cared for


class CareStatus(enum.StrEnum):
    open = "open"
    paired = "paired"
    closed = "closed"


ACTIVE_CARE_STATES = (CareStatus.open, CareStatus.paired)  # a case still being worked


class AssistanceKind(enum.StrEnum):
    money = "money"
    goods = "goods"
    service = "service"


class CareCase(VersionedMixin, Base):
    """Care for one subject: a family, a person (of childbearing age) or a family planning worker."""

    __tablename__ = "care_cases"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    family_id: Mapped[int | None] = mapped_column(ForeignKey("families.id"), nullable=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    cared_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"), nullable=True)
    # The care project (生育关怀项目) the case benefits from, if any.
    project_id: Mapped[int | None] = mapped_column(ForeignKey("care_projects.id"), nullable=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    kind: Mapped[CareKind] = mapped_column(Enum(CareKind, native_enum=False, length=16), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    status: Mapped[CareStatus] = mapped_column(
        Enum(CareStatus, native_enum=False, length=16), nullable=False, default=CareStatus.open
    )
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    # 结对帮扶: the worker paired with the family, and how often they visit.
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"), nullable=True)
    paired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    visit_every_days: Mapped[int] = mapped_column(Integer, nullable=False, default=90)
    next_visit_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)

    __table_args__ = (
        CheckConstraint("visit_every_days BETWEEN 1 AND 366", name="visit_every_days"),
        Index("ix_care_cases_org_id_id", "org_id", "id"),
        Index("ix_care_cases_family_id", "family_id"),
        Index("ix_care_cases_resident_id", "resident_id"),
        Index("ix_care_cases_cared_worker_id", "cared_worker_id"),
        Index("ix_care_cases_project_id", "project_id"),
        CheckConstraint("num_nonnulls(family_id, resident_id, cared_worker_id) = 1", name="subject"),
    )


class CareVisit(Base):
    __tablename__ = "care_visits"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("care_cases.id"), nullable=False)
    visited_on: Mapped[date] = mapped_column(Date, nullable=False)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"), nullable=True)
    # Sensitive: what the family said about grief, health and money. Encrypted at rest.
    notes_enc: Mapped[str] = mapped_column(Text, nullable=False)
    # The first action's free census and lectures are screenings and activities: linked, not copied.
    screening_id: Mapped[int | None] = mapped_column(ForeignKey("screenings.id"), nullable=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"), nullable=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (Index("ix_care_visits_case_id_visited_on", "case_id", "visited_on"),)


class CareAssistance(Base):
    __tablename__ = "care_assistance"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("care_cases.id"), nullable=False)
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[AssistanceKind] = mapped_column(
        Enum(AssistanceKind, native_enum=False, length=16), nullable=False
    )
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    description: Mapped[str] = mapped_column(String(500), nullable=False)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("amount_fen >= 0", name="amount"),
        Index("ix_care_assistance_case_id_given_on", "case_id", "given_on"),
    )
