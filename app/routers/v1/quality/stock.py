"""Stock on hand (库存), the stock ledger (台账) and stock alerts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, IdQuery, LimitQuery, PageParams, Reads, Requires, Session
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.quality.stock import (
    ExpiringBatchAlert,
    LowStockAlert,
    StockBatchRead,
    StockMovementCreate,
    StockMovementRead,
    StockMovementResult,
)
from app.services.quality import contraceptive_reports as reports
from app.services.quality import stock_operations, stock_reads
from app.services.quality.stock_ledger import EXPIRY_WINDOW_DAYS

TAG = "Task 6 · Quality services (优质服务)"
router = APIRouter(tags=[TAG])

ContraceptivesRead = Requires("contraceptives:read")
StockWrite = Requires("stock:write")


@router.get(
    "/stock",
    operation_id="listStockOnHand",
    summary="Stock on hand per point, product and batch",
    response_model=Page[StockBatchRead],
    responses=problems(*AUTHED),
)
@lane
async def list_stock(
    principal: Reads("contraceptives:read"),
    where: Annotated[stock_reads.StockFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await stock_reads.STOCK.page(principal, limit=limit, cursor=cursor, where=where)


@router.get(
    "/stock/alerts/low-stock",
    operation_id="listLowStockAlerts",
    summary="Products whose usable stock at a point is below its threshold",
    response_model=Page[LowStockAlert],
    responses=problems(*AUTHED),
)
async def list_low_stock(
    session: Session,
    principal: ContraceptivesRead,
    page: PageParams,
    point_id: IdQuery = None,
) -> Page[LowStockAlert]:
    items, next_cursor = await reports.low_stock_alerts(
        session, principal, point_id=point_id, limit=page.limit, cursor=page.cursor
    )
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/stock/alerts/expiring",
    operation_id="listExpiringBatches",
    summary="Batches expiring within the window (90 days by default), expired ones included",
    response_model=Page[ExpiringBatchAlert],
    responses=problems(*AUTHED),
)
async def list_expiring(
    session: Session,
    principal: ContraceptivesRead,
    page: PageParams,
    today: Today,
    within_days: Annotated[int, Query(ge=0, le=366)] = EXPIRY_WINDOW_DAYS,
    point_id: IdQuery = None,
) -> Page[ExpiringBatchAlert]:
    items, next_cursor = await reports.expiring_batches(
        session,
        principal,
        within_days=within_days,
        point_id=point_id,
        limit=page.limit,
        cursor=page.cursor,
        today=today,
    )
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/stock-movements",
    operation_id="listStockMovements",
    summary="The stock ledger in the caller's area",
    response_model=Page[StockMovementRead],
    responses=problems(*AUTHED),
)
@lane
async def list_movements(
    principal: Reads("contraceptives:read"),
    where: Annotated[stock_reads.MovementFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await stock_reads.MOVEMENTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/stock-movements",
    operation_id="recordStockMovement",
    summary="Record a receipt, transfer, adjustment or expiry write-off",
    status_code=status.HTTP_201_CREATED,
    response_model=StockMovementResult,
    responses=problems(*AUTHED, 404, 409),
)
async def record_movement(
    body: StockMovementCreate, response: Response, session: Session, principal: StockWrite, today: Today
) -> StockMovementResult:
    lines = await stock_operations.record_movement(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/stock-movements/{lines[0].id}"
    return StockMovementResult(items=[StockMovementRead.model_validate(m) for m in lines])


@router.get(
    "/stock-movements/{movement_id}",
    operation_id="getStockMovement",
    summary="Read one ledger line",
    response_model=StockMovementRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_movement(movement_id: IdPath, principal: Reads("contraceptives:read")) -> Any:
    return await stock_reads.MOVEMENTS.one(principal, movement_id)
