"""The family planning budget (计生经费预算): the street's budget for a year, its lines by the plan's
tasks and the orgs the money is allotted to, and how far it has been spent (执行率).

A line's approved amount is fixed when the line is added (the budget as the office approved it);
what is spent is the sum of the line's ledger entries (app/services/leadership/spendings.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, scoped_org_ids
from app.errors import Conflict, Unprocessable
from app.labels import ENUMS
from app.models.core.org import Org, OrgKind
from app.models.leadership.safeguards import Budget, BudgetLine, BudgetSpending, PlanTask
from app.read_path import ReadPath
from app.reasons import language
from app.schemas.leadership.safeguards import BudgetCreate, BudgetExecution, BudgetLineCreate
from app.services.core.loading import one_or_404
from app.services.leadership.scope import budget_scope


async def row(session: AsyncSession, path: ReadPath, object_id: int) -> dict[str, Any]:
    """A record as its list shows it, read in the request's transaction (what a write just did)."""
    found = (await session.execute(select(*path.columns).where(path.id_column == object_id))).mappings()
    return dict(found.one())


async def _org(session: AsyncSession, principal: Principal, org_id: int, kinds: tuple[OrgKind, ...]) -> Org:
    org = await one_or_404(
        session, select(Org).where(Org.id == org_id, Org.id.in_(scoped_org_ids(principal))), "Org"
    )
    if org.kind not in kinds:
        allowed = ", ".join(k.value for k in kinds)
        raise Unprocessable(
            f"org_id must be an org of kind {allowed}",
            loc=["body", "org_id"],
            zh=f"org_id 须为以下类型的组织：{allowed}",
        )
    return org


async def get_budget(session: AsyncSession, principal: Principal, budget_id: int) -> Budget:
    return await one_or_404(
        session,
        select(Budget).where(Budget.id == budget_id, budget_scope(principal)),
        "Budget",
    )


async def create_budget(session: AsyncSession, principal: Principal, data: BudgetCreate) -> Budget:
    org = await _org(session, principal, data.org_id, (OrgKind.street,))
    taken = await session.scalar(select(Budget.id).where(Budget.org_id == org.id, Budget.year == data.year))
    if taken is not None:
        raise Conflict(
            f"The street's budget for {data.year} exists (budget {taken}); add lines to it",
            zh=f"该街道 {data.year} 年度预算已存在（编号 {taken}），请在其中增加预算项",
        )
    budget = Budget(**data.model_dump(), created_by=principal.user_id)
    session.add(budget)
    await session.flush()
    await record_audit(session, principal, "budget.create", "budget", budget.id, {"year": data.year})
    return budget


async def add_line(
    session: AsyncSession, principal: Principal, budget_id: int, data: BudgetLineCreate
) -> BudgetLine:
    budget = await get_budget(session, principal, budget_id)
    org = await _org(session, principal, data.org_id, (OrgKind.street, OrgKind.community, OrgKind.unit))
    street_path = await session.scalar(select(Org.path).where(Org.id == budget.org_id))
    if not org.path.startswith(street_path or "\0"):
        raise Unprocessable(
            "The line's org lies outside the budget's street",
            loc=["body", "org_id"],
            zh="预算项的组织不在该街道范围内",
        )
    taken = await session.scalar(
        select(BudgetLine.id).where(
            BudgetLine.budget_id == budget.id, BudgetLine.task == data.task, BudgetLine.org_id == org.id
        )
    )
    if taken is not None:
        raise Conflict(
            f"The budget already has a line for this task and org (line {taken})",
            zh=f"该预算中此任务、此组织的预算项已存在（编号 {taken}）",
        )
    line = BudgetLine(budget_id=budget.id, **data.model_dump())
    session.add(line)
    await session.flush()
    detail = {"budget_id": budget.id, "task": data.task.value, "approved_fen": data.approved_fen}
    await record_audit(session, principal, "budget_line.create", "budget_line", line.id, detail)
    return line


def _rate(spent: int, approved: int) -> float | None:
    return None if approved == 0 else round(spent * 100 / approved, 2)


def _figures(approved: int, spent: int) -> dict[str, Any]:
    return {
        "approved_fen": approved,
        "spent_fen": spent,
        "remaining_fen": approved - spent,
        "execution_rate": _rate(spent, approved),
    }


async def execution(
    session: AsyncSession, principal: Principal, budget_id: int, as_of: date
) -> BudgetExecution:
    """Approved against spent (entries dated on or before ``as_of``), per line, per task and in all."""
    budget = await get_budget(session, principal, budget_id)
    spent = (
        select(BudgetSpending.line_id, func.sum(BudgetSpending.amount_fen).label("spent"))
        .where(BudgetSpending.budget_id == budget.id, BudgetSpending.spent_on <= as_of)
        .group_by(BudgetSpending.line_id)
        .subquery()
    )
    rows = (
        await session.execute(
            select(BudgetLine, Org.name, func.coalesce(spent.c.spent, 0))
            .join(Org, Org.id == BudgetLine.org_id)
            .outerjoin(spent, spent.c.line_id == BudgetLine.id)
            .where(BudgetLine.budget_id == budget.id)
            .order_by(BudgetLine.task, BudgetLine.id)
        )
    ).all()
    lines = [
        {"line_id": line.id, "task": line.task, "org_id": line.org_id, "org_name": name}
        | _figures(line.approved_fen, int(used))
        for line, name, used in rows
    ]
    labels = ENUMS["plan_task"]
    tasks = []
    for task in PlanTask:
        mine = [line for line in lines if line["task"] is task]
        if mine:
            approved, used = sum(x["approved_fen"] for x in mine), sum(x["spent_fen"] for x in mine)
            label = labels[task.value]["zh-CN" if language() == "zh-CN" else "en"]
            tasks.append({"task": task, "task_label": label} | _figures(approved, used))
    total_approved, total_spent = sum(x["approved_fen"] for x in lines), sum(x["spent_fen"] for x in lines)
    return BudgetExecution.model_validate(
        {"budget_id": budget.id, "year": budget.year, "as_of": as_of, "tasks": tasks, "lines": lines}
        | _figures(total_approved, total_spent)
    )


async def record_audit(
    session: AsyncSession,
    principal: Principal,
    action: str,
    kind: str,
    object_id: int,
    detail: dict[str, Any],
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type=kind,
        object_id=object_id,
        scope_path=principal.org_path,
        detail=detail,
    )
