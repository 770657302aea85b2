"""The spending ledger (经费支出): entries with evidence, corrected only by reversals and adjustments."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.leadership.safeguards import (
    SpendingAdjustment,
    SpendingCreate,
    SpendingRead,
    SpendingReversal,
)
from app.services.leadership import budget_reads, spendings
from app.services.leadership.budgets import row
from app.services.leadership.safeguard_permissions import READ

router = APIRouter(prefix="/budget-spendings", tags=["Leadership · Safeguards (保障措施)"])
Writer = Requires("funds:write")


@router.get(
    "",
    operation_id="listBudgetSpendings",
    summary="Spending entries of the caller's area, newest first (a community: those on its own lines)",
    response_model=Page[SpendingRead],
    responses=problems(*AUTHED),
)
@lane
async def list_spendings(
    principal: Reads(READ),
    where: Annotated[budget_reads.SpendingFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await budget_reads.SPENDINGS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="recordBudgetSpending",
    summary="Record money spent on a budget line, with its purpose, payee and evidence",
    status_code=status.HTTP_201_CREATED,
    response_model=SpendingRead,
    responses=problems(*AUTHED),
)
async def record_spending(
    body: SpendingCreate, response: Response, session: Session, principal: Writer, today: Today
) -> Any:
    entry = await spendings.record(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/budget-spendings/{entry.id}"
    return await row(session, budget_reads.SPENDINGS, entry.id)


@router.get(
    "/{spending_id}",
    operation_id="getBudgetSpending",
    summary="Read a spending entry",
    response_model=SpendingRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_spending(spending_id: IdPath, principal: Reads(READ)) -> Any:
    return await budget_reads.SPENDINGS.one(principal, spending_id)


@router.post(
    "/{spending_id}/reversal",
    operation_id="reverseBudgetSpending",
    summary="Cancel a spending entry in full: a reversal entry of its net amount, with the reason",
    status_code=status.HTTP_201_CREATED,
    response_model=SpendingRead,
    responses=problems(*AUTHED, 404, 409),
)
async def reverse(
    spending_id: IdPath,
    body: SpendingReversal,
    response: Response,
    session: Session,
    principal: Writer,
    today: Today,
) -> Any:
    entry = await spendings.reverse(session, principal, spending_id, body, today)
    response.headers["Location"] = f"/api/v1/budget-spendings/{entry.id}"
    return await row(session, budget_reads.SPENDINGS, entry.id)


@router.post(
    "/{spending_id}/adjustments",
    operation_id="adjustBudgetSpending",
    summary="Correct a spending entry's amount: an adjustment entry of the signed difference, with why",
    status_code=status.HTTP_201_CREATED,
    response_model=SpendingRead,
    responses=problems(*AUTHED, 404, 409),
)
async def adjust(
    spending_id: IdPath,
    body: SpendingAdjustment,
    response: Response,
    session: Session,
    principal: Writer,
    today: Today,
) -> Any:
    entry = await spendings.adjust(session, principal, spending_id, body, today)
    response.headers["Location"] = f"/api/v1/budget-spendings/{entry.id}"
    return await row(session, budget_reads.SPENDINGS, entry.id)
