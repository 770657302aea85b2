"""The family planning budget (经费): budgets by the plan's tasks, their lines and their execution."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.leadership.safeguards import (
    BudgetCreate,
    BudgetExecution,
    BudgetLineCreate,
    BudgetLineRead,
    BudgetRead,
)
from app.services.leadership import budget_reads
from app.services.leadership import budgets as service
from app.services.leadership.safeguard_permissions import READ

router = APIRouter(tags=["Leadership · Safeguards (保障措施)"])
Writer = Requires("funds:write")


@router.get(
    "/budgets",
    operation_id="listBudgets",
    summary="The street's family planning budgets, newest first, with approved, spent and execution rate",
    response_model=Page[BudgetRead],
    responses=problems(*AUTHED),
)
@lane
async def list_budgets(
    principal: Reads(READ),
    where: Annotated[budget_reads.BudgetFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await budget_reads.BUDGETS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/budgets",
    operation_id="createBudget",
    summary="Open the street's budget for a year (one per street and year); lines are added to it",
    status_code=status.HTTP_201_CREATED,
    response_model=BudgetRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_budget(body: BudgetCreate, response: Response, session: Session, principal: Writer) -> Any:
    budget = await service.create_budget(session, principal, body)
    response.headers["Location"] = f"/api/v1/budgets/{budget.id}"
    set_etag(response, budget.version)
    return await service.row(session, budget_reads.BUDGETS, budget.id)


@router.get(
    "/budgets/{budget_id}",
    operation_id="getBudget",
    summary="Read a budget with its totals",
    response_model=BudgetRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_budget(budget_id: IdPath, principal: Reads(READ)) -> Any:
    return await budget_reads.BUDGETS.one(principal, budget_id)


@router.post(
    "/budgets/{budget_id}/lines",
    operation_id="createBudgetLine",
    summary="Add a line: the amount approved for one of the plan's tasks, allotted to the street or a "
    "community or unit",
    status_code=status.HTTP_201_CREATED,
    response_model=BudgetLineRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_line(
    budget_id: IdPath, body: BudgetLineCreate, response: Response, session: Session, principal: Writer
) -> Any:
    line = await service.add_line(session, principal, budget_id, body)
    response.headers["Location"] = f"/api/v1/budget-lines/{line.id}"
    set_etag(response, line.version)
    return await service.row(session, budget_reads.LINES, line.id)


@router.get(
    "/budgets/{budget_id}/execution",
    operation_id="getBudgetExecution",
    summary="Budget against spending per line, per task and in all, on a date (执行率)",
    response_model=BudgetExecution,
    responses=problems(*AUTHED, 404),
)
async def get_execution(
    budget_id: IdPath,
    session: Session,
    principal: Reads(READ),
    today: Today,
    as_of: Annotated[IsoDate | None, Query(description="Spending dated on or before; default today")] = None,
) -> Any:
    return await service.execution(session, principal, budget_id, as_of or today)


@router.get(
    "/budget-lines",
    operation_id="listBudgetLines",
    summary="Budget lines of the caller's area with what each spent (a community: the lines allotted to it)",
    response_model=Page[BudgetLineRead],
    responses=problems(*AUTHED),
)
@lane
async def list_lines(
    principal: Reads(READ),
    where: Annotated[budget_reads.LineFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await budget_reads.LINES.page(principal, limit=limit, cursor=cursor, where=where)


@router.get(
    "/budget-lines/{line_id}",
    operation_id="getBudgetLine",
    summary="Read a budget line with what it spent",
    response_model=BudgetLineRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_line(line_id: IdPath, principal: Reads(READ)) -> Any:
    return await budget_reads.LINES.one(principal, line_id)
