"""Safeguards in place (保障措施到位): the family planning budget (经费) by the plan's tasks, its
spending with evidence, and the files that evidence and the institutions' documents are.

A budget is the street's for one year; its lines give the approved amount per task of the work plan
and per org the money is allotted to (the street itself, or a community or unit). Spending is written
as entries that are never changed: a correction is a reversal or an adjustment entry of its own,
pointing at the entry it corrects, so the ledger shows every step.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class PlanTask(enum.StrEnum):
    """The work plan's parts a budget line funds: leadership, the eight tasks, two actions, two
    highlights (a fixed catalogue: the plan's own structure, the same every year)."""

    leadership = "leadership"
    network = "network"
    publicity = "publicity"
    interest_orientation = "interest_orientation"
    administration_by_law = "administration_by_law"
    floating_population = "floating_population"
    quality_services = "quality_services"
    integrity_association = "integrity_association"
    sunshine_action = "sunshine_action"
    quality_service_action = "quality_service_action"
    care_action = "care_action"
    publicity_demonstration = "publicity_demonstration"
    migrant_demonstration = "migrant_demonstration"


class SpendingKind(enum.StrEnum):
    spending = "spending"  # money paid out, with its evidence
    reversal = "reversal"  # cancels an entry in full (its net amount, negative)
    adjustment = "adjustment"  # corrects an entry's amount by a signed difference


class EvidenceFile(Base):
    """An uploaded file (a scan of an invoice, a signed document): PDF, JPEG or PNG, kept as uploaded."""

    __tablename__ = "evidence_files"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    content_type: Mapped[str] = mapped_column(String(64), nullable=False)
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, deferred=True)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        Index("ix_evidence_files_org_id_id", "org_id", "id"),
        CheckConstraint("size_bytes > 0", name="size"),
    )


class Budget(VersionedMixin, Base):
    """The street's family planning budget for a year (one per org and year)."""

    __tablename__ = "budgets"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    approved_on: Mapped[date] = mapped_column(Date, nullable=False)
    document_number: Mapped[str | None] = mapped_column(String(100), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        UniqueConstraint("org_id", "year"),
        Index("ix_budgets_year", "year"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
    )


class BudgetLine(VersionedMixin, Base):
    """The approved amount for one task, allotted to one org (the street's own, or a community's)."""

    __tablename__ = "budget_lines"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budgets.id"), nullable=False)
    task: Mapped[PlanTask] = mapped_column(Enum(PlanTask, native_enum=False, length=32), nullable=False)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    approved_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")

    __table_args__ = (
        UniqueConstraint("budget_id", "task", "org_id"),
        Index("ix_budget_lines_org_id_id", "org_id", "id"),
        Index("ix_budget_lines_task", "task"),
        CheckConstraint("approved_fen >= 0", name="approved"),
    )


class BudgetSpending(Base):
    """One entry of a line's spending ledger: written once, corrected only by another entry."""

    __tablename__ = "budget_spendings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("budget_lines.id"), nullable=False)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budgets.id"), nullable=False)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)  # the line's org
    kind: Mapped[SpendingKind] = mapped_column(
        Enum(SpendingKind, native_enum=False, length=16), nullable=False
    )
    spent_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    purpose: Mapped[str] = mapped_column(String(500), nullable=False)
    payee: Mapped[str] = mapped_column(String(200), nullable=False)
    evidence_file_id: Mapped[int | None] = mapped_column(ForeignKey("evidence_files.id"), nullable=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("budget_spendings.id"), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        Index("ix_budget_spendings_org_id_id", "org_id", "id"),
        Index("ix_budget_spendings_budget_id", "budget_id"),
        Index("ix_budget_spendings_line_id", "line_id"),
        Index("ix_budget_spendings_kind", "kind"),
        Index("ix_budget_spendings_spent_on", "spent_on"),
        Index("ix_budget_spendings_corrects_id", "corrects_id"),
        Index("ix_budget_spendings_evidence_file_id", "evidence_file_id"),
        Index(
            "uq_budget_spendings_one_reversal",
            "corrects_id",
            unique=True,
            postgresql_where=text("kind = 'reversal'"),
        ),
        CheckConstraint(
            "(kind = 'spending' AND amount_fen > 0 AND corrects_id IS NULL AND evidence_file_id IS NOT NULL)"
            " OR (kind = 'reversal' AND amount_fen < 0 AND corrects_id IS NOT NULL AND reason IS NOT NULL)"
            " OR (kind = 'adjustment' AND amount_fen <> 0"
            " AND corrects_id IS NOT NULL AND reason IS NOT NULL)",
            name="entry",
        ),
    )
