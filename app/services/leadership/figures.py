"""Figures of the safeguards (保障措施) for the indicator catalogue (app/figures.py's signature).

* ``budget_execution_rate`` — spending dated ``start``..``end`` on the lines allotted to the org's
  subtree, net of reversals and adjustments, against what those lines of the budgets of ``end``'s
  year approved (percent; None when nothing is approved). For the year to date, ``start`` is 1
  January.
* ``institutions_in_force`` — documents (rules and bodies) of the org, its subtree and the orgs
  above it in force on ``end``.
* ``required_institutions_in_force`` — of the kinds the plan requires (a leading group, the
  Association, work rules, the responsibility system), how many have a document in force on
  ``end`` for the org (its own or one above it), in percent.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery, subtree_org_ids
from app.models.core.org import Org
from app.models.leadership.institution import REQUIRED_KINDS, InstitutionDocument
from app.models.leadership.safeguards import Budget, BudgetLine, BudgetSpending

D = InstitutionDocument


async def budget_execution_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    lines = (
        select(BudgetLine.id)
        .join(Budget, Budget.id == BudgetLine.budget_id)
        .where(Budget.year == end.year, BudgetLine.org_id.in_(subtree_org_ids(org_path)))
    )
    approved = select(func.coalesce(func.sum(BudgetLine.approved_fen), 0)).where(BudgetLine.id.in_(lines))
    spent = select(func.coalesce(func.sum(BudgetSpending.amount_fen), 0)).where(
        BudgetSpending.line_id.in_(lines), BudgetSpending.spent_on.between(start, end)
    )
    row = (await session.execute(select(approved.scalar_subquery(), spent.scalar_subquery()))).one()
    return Figure.rate(int(row[1]), int(row[0]))


def _reaching(org_path: str, on: date) -> list[ColumnElement[bool]]:
    """Documents in force on ``on`` of orgs in the subtree at ``org_path`` or above it."""
    orgs = select(Org.id).where(
        or_(Org.path.startswith(org_path, autoescape=True), literal(org_path).startswith(Org.path))
    )
    return [
        D.org_id.in_(orgs),
        D.effective_from <= on,
        or_(D.repealed_on.is_(None), D.repealed_on > on),
    ]


async def institutions_in_force(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    count = await session.scalar(select(func.count(D.id)).where(*_reaching(org_path, end)))
    return Figure.count(int(count or 0))


async def required_institutions_in_force(
    session: AsyncSession, org_path: str, start: date, end: date
) -> Figure:
    above = select(Org.id).where(literal(org_path).startswith(Org.path))
    kinds = await session.scalar(
        select(func.count(func.distinct(D.kind))).where(
            and_(
                D.org_id.in_(above),
                D.effective_from <= end,
                or_(D.repealed_on.is_(None), D.repealed_on > end),
                D.kind.in_([k.value for k in REQUIRED_KINDS]),
            )
        )
    )
    return Figure.rate(int(kinds or 0), len(REQUIRED_KINDS))


FIGURES: dict[str, FigureQuery] = {
    "budget_execution_rate": budget_execution_rate,
    "institutions_in_force": institutions_in_force,
    "required_institutions_in_force": required_institutions_in_force,
}
