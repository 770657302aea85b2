"""Year-end evaluation (年终考核) of a book: frozen values, adjusted scores, veto, accountability (问责)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, Enum, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class EvaluationStatus(enum.StrEnum):
    draft = "draft"
    final = "final"


class EvaluationResult(enum.StrEnum):
    passed = "passed"
    failed = "failed"  # total below the pass mark
    vetoed = "vetoed"  # a veto indicator missed (一票否决), whatever the total


class AccountabilityKind(enum.StrEnum):
    reminder_talk = "reminder_talk"  # 提醒谈话
    criticism = "criticism"  # 通报批评
    award_disqualification = "award_disqualification"  # 取消评先评优资格


class Evaluation(VersionedMixin, Base):
    __tablename__ = "evaluations"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("responsibility_books.id"), nullable=False, unique=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    as_of: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[EvaluationStatus] = mapped_column(
        Enum(EvaluationStatus, native_enum=False, length=16), nullable=False, default=EvaluationStatus.draft
    )
    computed_total: Mapped[float] = mapped_column(Float, nullable=False)
    total: Mapped[float] = mapped_column(Float, nullable=False)
    vetoed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    result: Mapped[EvaluationResult] = mapped_column(
        Enum(EvaluationResult, native_enum=False, length=16), nullable=False
    )
    evaluated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (Index("ix_evaluations_org_id_id", "org_id", "id"),)


class EvaluationScore(Base):
    """One indicator's frozen value and score; an adjusted score sits next to the computed one."""

    __tablename__ = "evaluation_scores"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), nullable=False
    )
    book_indicator_id: Mapped[int] = mapped_column(ForeignKey("book_indicators.id"), nullable=False)
    indicator_code: Mapped[str] = mapped_column(String(64), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    weight: Mapped[float] = mapped_column(Float, nullable=False)
    target: Mapped[float] = mapped_column(Float, nullable=False)
    veto: Mapped[bool] = mapped_column(Boolean, nullable=False)
    actual: Mapped[float | None] = mapped_column(Float, nullable=True)
    numerator: Mapped[int | None] = mapped_column(Integer, nullable=True)
    denominator: Mapped[int | None] = mapped_column(Integer, nullable=True)
    met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    computed_score: Mapped[float] = mapped_column(Float, nullable=False)
    adjusted_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    adjustment_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    adjusted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (Index("ix_evaluation_scores_evaluation_id", "evaluation_id"),)


class AccountabilityAction(Base):
    """Accountability (问责) recorded against a responsible person after the evaluation."""

    __tablename__ = "accountability_actions"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[AccountabilityKind] = mapped_column(
        Enum(AccountabilityKind, native_enum=False, length=32), nullable=False
    )
    person_name: Mapped[str] = mapped_column(String(100), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (Index("ix_accountability_actions_evaluation_id", "evaluation_id"),)
