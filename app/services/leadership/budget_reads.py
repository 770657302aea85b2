"""Budgets, their lines and the spending ledger on the fast read path, with the names a list shows
and what was spent (net of reversals and adjustments) counted in the same statement."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, Float, Numeric, cast, func, select

from app.list_filters import Equals, ListFilters, OnOrAfter, OnOrBefore, Where
from app.models.core.org import Org
from app.models.core.user import User
from app.models.leadership.safeguards import (
    Budget,
    BudgetLine,
    BudgetSpending,
    EvidenceFile,
    PlanTask,
    SpendingKind,
)
from app.read_path import ReadPath
from app.schemas.common import DbId, IsoDate
from app.schemas.leadership.safeguards import BudgetLineRead, BudgetRead, EvidenceFileRead, SpendingRead
from app.services.leadership.scope import budget_line_scope, budget_scope, file_scope, spending_scope


def org_name(column: Any) -> ColumnElement[str]:
    return select(Org.name).where(Org.id == column).scalar_subquery()


def user_name(column: Any) -> ColumnElement[str]:
    return select(User.full_name).where(User.id == column).scalar_subquery()


def rate(spent: Any, approved: Any) -> ColumnElement[float]:
    """spent / approved × 100 to two places; NULL when nothing is approved."""
    return cast(func.round(cast(spent, Numeric) * 100 / func.nullif(approved, 0), 2), Float)


def _sum(column: Any, *where: Any) -> ColumnElement[int]:
    return select(func.coalesce(func.sum(column), 0)).where(*where).scalar_subquery()


def budget_spent() -> ColumnElement[int]:
    return _sum(BudgetSpending.amount_fen, BudgetSpending.budget_id == Budget.id)


def budget_approved() -> ColumnElement[int]:
    return _sum(BudgetLine.approved_fen, BudgetLine.budget_id == Budget.id)


def line_spent() -> ColumnElement[int]:
    return _sum(BudgetSpending.amount_fen, BudgetSpending.line_id == BudgetLine.id)


class BudgetFilters(ListFilters):
    """The budget list's query parameters."""

    year: Annotated[int | None, Field(ge=2000, le=2100), Equals(Budget.year)] = None


BUDGETS = ReadPath(
    model=Budget,
    schema=BudgetRead,
    scope=budget_scope,
    label="Budget",
    columns={
        "org_name": org_name(Budget.org_id),
        "approved_fen": budget_approved(),
        "spent_fen": budget_spent(),
        "execution_rate": rate(budget_spent(), budget_approved()),
    },
    filters=BudgetFilters,
    descending=True,
)


class LineFilters(ListFilters):
    """The budget line list's query parameters."""

    budget_id: Annotated[DbId | None, Equals(BudgetLine.budget_id)] = None
    year: Annotated[
        int | None,
        Field(ge=2000, le=2100),
        Where(lambda year: BudgetLine.budget_id.in_(select(Budget.id).where(Budget.year == year))),
    ] = None
    task: Annotated[PlanTask | None, Equals(BudgetLine.task)] = None
    org_id: Annotated[DbId | None, Equals(BudgetLine.org_id)] = None


LINES = ReadPath(
    model=BudgetLine,
    schema=BudgetLineRead,
    scope=budget_line_scope,
    label="Budget line",
    columns={
        "year": select(Budget.year).where(Budget.id == BudgetLine.budget_id).scalar_subquery(),
        "org_name": org_name(BudgetLine.org_id),
        "spent_fen": line_spent(),
        "remaining_fen": BudgetLine.approved_fen - line_spent(),
        "execution_rate": rate(line_spent(), BudgetLine.approved_fen),
    },
    filters=LineFilters,
)


class SpendingFilters(ListFilters):
    """The spending list's query parameters."""

    budget_id: Annotated[DbId | None, Equals(BudgetSpending.budget_id)] = None
    line_id: Annotated[DbId | None, Equals(BudgetSpending.line_id)] = None
    kind: Annotated[SpendingKind | None, Equals(BudgetSpending.kind)] = None
    spent_from: Annotated[
        IsoDate | None, Field(description="On or after (Beijing date)"), OnOrAfter(BudgetSpending.spent_on)
    ] = None
    spent_to: Annotated[
        IsoDate | None, Field(description="On or before"), OnOrBefore(BudgetSpending.spent_on)
    ] = None


SPENDINGS = ReadPath(
    model=BudgetSpending,
    schema=SpendingRead,
    scope=spending_scope,
    label="Spending",
    columns={
        "task": select(BudgetLine.task).where(BudgetLine.id == BudgetSpending.line_id).scalar_subquery(),
        "org_name": org_name(BudgetSpending.org_id),
        "evidence_filename": select(EvidenceFile.filename)
        .where(EvidenceFile.id == BudgetSpending.evidence_file_id)
        .scalar_subquery(),
        "recorded_by_name": user_name(BudgetSpending.recorded_by),
    },
    filters=SpendingFilters,
    descending=True,
)

FILES = ReadPath(
    model=EvidenceFile,
    schema=EvidenceFileRead,
    scope=file_scope,
    label="Evidence file",
    columns={
        "org_name": org_name(EvidenceFile.org_id),
        "uploaded_by_name": user_name(EvidenceFile.uploaded_by),
    },
    descending=True,
)
