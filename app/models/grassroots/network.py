"""Task 1, the network (网络建设): the workforce and its trainings."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Enum, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class WorkerKind(enum.StrEnum):
    cadre = "cadre"  # 专职干部
    community_worker = "community_worker"  # 社区计生专干
    unit_liaison = "unit_liaison"  # 单位联络员
    informant = "informant"  # 信息员
    volunteer = "volunteer"  # 志愿者


class Worker(VersionedMixin, Base):
    __tablename__ = "workers"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[WorkerKind] = mapped_column(Enum(WorkerKind, native_enum=False, length=24), nullable=False)
    post: Mapped[str] = mapped_column(String(64), nullable=False)
    phone_enc: Mapped[str | None] = mapped_column(String(128), nullable=True)
    phone_masked: Mapped[str | None] = mapped_column(String(20), nullable=True)
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    qualifications: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    # A worker may or may not have an account.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="dates"),
        Index("ix_workers_org_id_id", "org_id", "id"),
    )


class Training(VersionedMixin, Base):
    __tablename__ = "trainings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    hours: Mapped[float] = mapped_column(Float, nullable=False)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("hours > 0 AND hours <= 200", name="hours"),
        Index("ix_trainings_org_id_id", "org_id", "id"),
    )


class TrainingAttendance(Base):
    __tablename__ = "training_attendances"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("trainings.id", ondelete="CASCADE"), nullable=False)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), nullable=False)

    __table_args__ = (
        Index("ix_training_attendances_training_id_worker_id", "training_id", "worker_id", unique=True),
        Index("ix_training_attendances_worker_id", "worker_id"),
    )
