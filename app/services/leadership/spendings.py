"""The spending ledger of a budget line (经费支出): entries written once, corrected in the open.

A spending entry carries its date, amount, purpose, payee and evidence (an uploaded invoice or
receipt). Nothing is ever changed or deleted: a wrong entry is cancelled by a reversal (its net
amount, negative, once) or corrected by an adjustment (a signed difference with its reason), each
an entry of its own pointing at the one it corrects. What a line spent is the sum of its entries.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.leadership.safeguards import Budget, BudgetLine, BudgetSpending, SpendingKind
from app.schemas.leadership.safeguards import SpendingAdjustment, SpendingCreate, SpendingReversal
from app.services.core.loading import one_or_404
from app.services.leadership import evidence_files
from app.services.leadership.budgets import record_audit
from app.services.leadership.scope import budget_line_scope, spending_scope


async def _line(session: AsyncSession, principal: Principal, line_id: int) -> BudgetLine:
    found = (
        await session.execute(
            select(BudgetLine).where(BudgetLine.id == line_id, budget_line_scope(principal))
        )
    ).scalar_one_or_none()
    if found is None:
        raise Unprocessable(
            f"Budget line {line_id} not found", loc=["body", "line_id"], zh=f"未找到预算项（编号 {line_id}）"
        )
    return found


async def _within_year(session: AsyncSession, line: BudgetLine, on: date, today: date, loc: str) -> None:
    """An entry is dated in its budget's year, and not after today."""
    year = await session.scalar(select(Budget.year).where(Budget.id == line.budget_id))
    if on > today or on.year != year:
        raise Unprocessable(
            f"{loc} lies in the budget's year ({year}) and not after today",
            loc=["body", loc],
            zh=f"{loc} 须在预算年度（{year} 年）内且不晚于今天",
        )


async def record(
    session: AsyncSession, principal: Principal, data: SpendingCreate, today: date
) -> BudgetSpending:
    line = await _line(session, principal, data.line_id)
    await _within_year(session, line, data.spent_on, today, "spent_on")
    await evidence_files.usable(session, principal, data.evidence_file_id, "evidence_file_id")
    entry = BudgetSpending(
        line_id=line.id,
        budget_id=line.budget_id,
        org_id=line.org_id,
        kind=SpendingKind.spending,
        spent_on=data.spent_on,
        amount_fen=data.amount_fen,
        purpose=data.purpose,
        payee=data.payee,
        evidence_file_id=data.evidence_file_id,
        recorded_by=principal.user_id,
    )
    session.add(entry)
    await session.flush()
    detail = {"line_id": line.id, "amount_fen": data.amount_fen, "spent_on": data.spent_on.isoformat()}
    await record_audit(session, principal, "budget_spending.record", "budget_spending", entry.id, detail)
    return entry


async def _original(session: AsyncSession, principal: Principal, entry_id: int) -> tuple[BudgetSpending, int]:
    """The spending entry to correct (locked: two corrections at once wait) and its net amount."""
    entry = await one_or_404(
        session,
        select(BudgetSpending)
        .where(BudgetSpending.id == entry_id, spending_scope(principal))
        .with_for_update(),
        "Spending",
    )
    if entry.kind is not SpendingKind.spending:
        raise Conflict(
            f"Entry {entry.id} is a {entry.kind.value}; correct the spending entry it corrects "
            f"({entry.corrects_id})",
            zh=f"编号 {entry.id} 的记录本身是更正记录，请更正其所更正的支出记录（编号 {entry.corrects_id}）",
        )
    corrections = (
        await session.execute(
            select(BudgetSpending.kind, func.sum(BudgetSpending.amount_fen))
            .where(BudgetSpending.corrects_id == entry.id)
            .group_by(BudgetSpending.kind)
        )
    ).all()
    if any(kind is SpendingKind.reversal for kind, _ in corrections):
        raise Conflict(f"Entry {entry.id} is reversed already", zh=f"编号 {entry.id} 的支出已冲销")
    return entry, entry.amount_fen + sum(int(total) for _, total in corrections)


def _correction(entry: BudgetSpending, principal: Principal, **fields: object) -> BudgetSpending:
    return BudgetSpending(
        line_id=entry.line_id,
        budget_id=entry.budget_id,
        org_id=entry.org_id,
        purpose=entry.purpose,
        payee=entry.payee,
        corrects_id=entry.id,
        recorded_by=principal.user_id,
        **fields,
    )


async def reverse(
    session: AsyncSession, principal: Principal, entry_id: int, data: SpendingReversal, today: date
) -> BudgetSpending:
    entry, net = await _original(session, principal, entry_id)
    line = await session.get_one(BudgetLine, entry.line_id)
    await _within_year(session, line, data.reversed_on, today, "reversed_on")
    if net <= 0:
        raise Conflict(
            f"Entry {entry.id} nets to nothing; there is nothing to reverse", zh="该支出净额为零，无可冲销"
        )
    reversal = _correction(
        entry,
        principal,
        kind=SpendingKind.reversal,
        spent_on=data.reversed_on,
        amount_fen=-net,
        reason=data.reason,
    )
    session.add(reversal)
    await session.flush()
    detail = {"corrects_id": entry.id, "amount_fen": -net, "reason": data.reason}
    await record_audit(session, principal, "budget_spending.reverse", "budget_spending", reversal.id, detail)
    return reversal


async def adjust(
    session: AsyncSession, principal: Principal, entry_id: int, data: SpendingAdjustment, today: date
) -> BudgetSpending:
    if data.amount_fen == 0:
        raise Unprocessable(
            "amount_fen is a difference other than zero", loc=["body", "amount_fen"], zh="调整金额不能为零"
        )
    entry, net = await _original(session, principal, entry_id)
    line = await session.get_one(BudgetLine, entry.line_id)
    await _within_year(session, line, data.adjusted_on, today, "adjusted_on")
    if net + data.amount_fen < 0:
        raise Unprocessable(
            f"The adjustment would take entry {entry.id} below zero (its net amount is {net} fen)",
            loc=["body", "amount_fen"],
            zh=f"调整后该支出净额将小于零（当前净额 {net} 分）",
        )
    if data.evidence_file_id is not None:
        await evidence_files.usable(session, principal, data.evidence_file_id, "evidence_file_id")
    adjustment = _correction(
        entry,
        principal,
        kind=SpendingKind.adjustment,
        spent_on=data.adjusted_on,
        amount_fen=data.amount_fen,
        reason=data.reason,
        evidence_file_id=data.evidence_file_id,
    )
    session.add(adjustment)
    await session.flush()
    detail = {"corrects_id": entry.id, "amount_fen": data.amount_fen, "reason": data.reason}
    await record_audit(session, principal, "budget_spending.adjust", "budget_spending", adjustment.id, detail)
    return adjustment
