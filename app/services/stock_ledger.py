"""The stock ledger (药具库存台账): receipts, transfers, adjustments, expiry write-offs, and taking stock.

Every change to stock on hand writes one ledger line and changes ``stock_batches.qty_on_hand`` by
the same signed amount in the same transaction, so on hand always equals the sum of the ledger.
Stock never goes below zero: it is taken with one atomic conditional UPDATE
(``SET qty = qty - n WHERE qty >= n``), correct under concurrency on SQLite and PostgreSQL alike,
and a CHECK constraint backs it. Dispensing takes the earliest-expiring batch first and never an
expired one; ``expires_on`` is the last day a batch may be used (有效期至).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.db import utcnow
from app.errors import Conflict, NotFound, Unprocessable
from app.models.contraceptive import DistributionPoint
from app.models.stock import MovementKind, StockBatch, StockMovement
from app.pagination import keyset_page, split_page
from app.schemas.stock import StockMovementCreate
from app.services.contraceptive_catalogue import get_point, get_product, org_path_of_point
from app.services.quality_scope import point_scope

# The street office works on Beijing time: a day's report is the local calendar day.
LOCAL_TZ = ZoneInfo("Asia/Shanghai")
# Batches expiring within this many days are listed as alerts and may be written off early.
EXPIRY_WINDOW_DAYS = 90


def business_day(at: datetime) -> date:
    return at.astimezone(LOCAL_TZ).date()


def today() -> date:
    return business_day(utcnow())


class InsufficientStock(Conflict):
    """Not enough usable stock: the answer names the reason and what is available."""

    code = "insufficient-stock"
    title = "Insufficient stock"

    def __init__(self, detail: str, *, available: int) -> None:
        super().__init__(detail, extra={"reason": "insufficient_stock", "available": available})


@dataclass(frozen=True)
class Taken:
    batch_id: int
    batch_no: str
    expires_on: date
    quantity: int


async def add_to_batch(session: AsyncSession, batch_id: int, quantity: int) -> None:
    await session.execute(
        update(StockBatch)
        .where(StockBatch.id == batch_id)
        .values(qty_on_hand=StockBatch.qty_on_hand + quantity, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


async def take_from_batch(session: AsyncSession, batch_id: int, quantity: int) -> bool:
    """The one atomic conditional decrement; False when the batch no longer holds ``quantity``."""
    result = await session.execute(
        update(StockBatch)
        .where(StockBatch.id == batch_id, StockBatch.qty_on_hand >= quantity)
        .values(qty_on_hand=StockBatch.qty_on_hand - quantity, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def _qty(session: AsyncSession, batch_id: int) -> int:
    return int(
        (await session.execute(select(StockBatch.qty_on_hand).where(StockBatch.id == batch_id))).scalar_one()
    )


async def take_earliest_expiring(
    session: AsyncSession, *, point_id: int, product_id: int, quantity: int, on: date
) -> tuple[list[Taken], int]:
    """Take ``quantity`` units from unexpired batches, earliest expiry first.

    Returns what was taken and how much is still missing (0 when complete). A lost race on a
    batch re-reads it and tries again with what is left there, so a concurrent taker never pushes
    a batch below zero and never makes this one give up while stock remains.
    """
    batches = (
        await session.execute(
            select(StockBatch.id, StockBatch.batch_no, StockBatch.expires_on)
            .where(
                StockBatch.point_id == point_id,
                StockBatch.product_id == product_id,
                StockBatch.expires_on >= on,
                StockBatch.qty_on_hand > 0,
            )
            .order_by(StockBatch.expires_on, StockBatch.id)
        )
    ).all()
    taken: list[Taken] = []
    remaining = quantity
    for batch_id, batch_no, expires_on in batches:
        while remaining > 0:
            available = await _qty(session, batch_id)
            if available <= 0:
                break
            n = min(available, remaining)
            if await take_from_batch(session, batch_id, n):
                taken.append(Taken(batch_id, batch_no, expires_on, n))
                remaining -= n
        if remaining == 0:
            break
    return taken, remaining


async def usable_on_hand(session: AsyncSession, *, point_id: int, product_id: int, on: date) -> int:
    return int(
        (
            await session.execute(
                select(func.coalesce(func.sum(StockBatch.qty_on_hand), 0)).where(
                    StockBatch.point_id == point_id,
                    StockBatch.product_id == product_id,
                    StockBatch.expires_on >= on,
                )
            )
        ).scalar_one()
    )


def ledger_line(
    *,
    kind: MovementKind,
    batch: StockBatch | Taken,
    point_id: int,
    product_id: int,
    quantity: int,
    principal: Principal,
    now: datetime,
    reason: str | None = None,
    counterpart_point_id: int | None = None,
    dispensation_id: int | None = None,
) -> StockMovement:
    return StockMovement(
        kind=kind,
        point_id=point_id,
        product_id=product_id,
        batch_id=batch.id if isinstance(batch, StockBatch) else batch.batch_id,
        batch_no=batch.batch_no,
        expires_on=batch.expires_on,
        quantity=quantity,
        reason=reason,
        counterpart_point_id=counterpart_point_id,
        dispensation_id=dispensation_id,
        created_by=principal.user_id,
        occurred_at=now,
        occurred_on=business_day(now),
    )


async def _batch(session: AsyncSession, point_id: int, product_id: int, batch_no: str) -> StockBatch | None:
    return (
        await session.execute(
            select(StockBatch).where(
                StockBatch.point_id == point_id,
                StockBatch.product_id == product_id,
                StockBatch.batch_no == batch_no,
            )
        )
    ).scalar_one_or_none()


async def _batch_for_receipt(
    session: AsyncSession, point_id: int, product_id: int, batch_no: str, expires_on: date
) -> StockBatch:
    """The point's row for this batch, created on first receipt; a batch has one expiry date."""
    batch = await _batch(session, point_id, product_id, batch_no)
    if batch is None:
        batch = StockBatch(
            point_id=point_id, product_id=product_id, batch_no=batch_no, expires_on=expires_on, qty_on_hand=0
        )
        session.add(batch)
        await session.flush()
    elif batch.expires_on != expires_on:
        raise Unprocessable(
            f"Batch {batch_no} expires on {batch.expires_on.isoformat()}; a batch has one expiry date",
            loc=["body", "expires_on"],
        )
    return batch


async def _existing_batch(session: AsyncSession, point_id: int, product_id: int, batch_no: str) -> StockBatch:
    batch = await _batch(session, point_id, product_id, batch_no)
    if batch is None:
        raise NotFound(f"Batch {batch_no} is not stocked at this point")
    return batch


async def _take_exact(session: AsyncSession, batch: StockBatch, quantity: int) -> None:
    if not await take_from_batch(session, batch.id, quantity):
        available = await _qty(session, batch.id)
        raise InsufficientStock(
            f"Batch {batch.batch_no} holds {available}, fewer than {quantity}; stock cannot go below zero",
            available=available,
        )


async def record_movement(
    session: AsyncSession, principal: Principal, data: StockMovementCreate
) -> list[StockMovement]:
    """Record a receipt (入库), transfer between points (调拨), adjustment (盘点调整, with a reason) or
    expiry write-off (过期报损); dispensing goes through /dispensations."""
    point = await get_point(session, principal, data.point_id)
    product = await get_product(session, data.product_id)
    now = utcnow()
    day = business_day(now)
    if data.kind != "adjustment" and data.quantity <= 0:
        raise Unprocessable("quantity must be positive", loc=["body", "quantity"])
    lines: list[StockMovement] = []
    detail: dict[str, Any] = {
        "kind": data.kind,
        "product_id": product.id,
        "batch_no": data.batch_no,
        "quantity": data.quantity,
    }
    if data.kind == "receipt":
        if data.expires_on is None:
            raise Unprocessable("A receipt needs the batch's expiry date", loc=["body", "expires_on"])
        if data.expires_on < day:
            raise Unprocessable(
                "This batch has already expired; it cannot be received", loc=["body", "expires_on"]
            )
        batch = await _batch_for_receipt(session, point.id, product.id, data.batch_no, data.expires_on)
        await add_to_batch(session, batch.id, data.quantity)
        lines.append(
            ledger_line(
                kind=MovementKind.receipt,
                batch=batch,
                point_id=point.id,
                product_id=product.id,
                quantity=data.quantity,
                principal=principal,
                now=now,
            )
        )
    elif data.kind == "transfer":
        lines += await _transfer(session, principal, point, data, now)
        detail["to_point_id"] = data.to_point_id
    elif data.kind == "adjustment":
        if not data.reason:
            raise Unprocessable("An adjustment needs a reason", loc=["body", "reason"])
        if data.quantity == 0:
            raise Unprocessable("quantity must not be zero", loc=["body", "quantity"])
        batch = await _existing_batch(session, point.id, product.id, data.batch_no)
        if data.quantity > 0:
            await add_to_batch(session, batch.id, data.quantity)
        else:
            await _take_exact(session, batch, -data.quantity)
        lines.append(
            ledger_line(
                kind=MovementKind.adjustment,
                batch=batch,
                point_id=point.id,
                product_id=product.id,
                quantity=data.quantity,
                principal=principal,
                now=now,
                reason=data.reason,
            )
        )
        detail["reason"] = data.reason
    else:
        batch = await _existing_batch(session, point.id, product.id, data.batch_no)
        if batch.expires_on > day + timedelta(days=EXPIRY_WINDOW_DAYS):
            raise Conflict(
                f"Batch {batch.batch_no} expires on {batch.expires_on.isoformat()}, more than "
                f"{EXPIRY_WINDOW_DAYS} days away; use an adjustment for other losses",
                extra={"reason": "not_near_expiry"},
            )
        await _take_exact(session, batch, data.quantity)
        lines.append(
            ledger_line(
                kind=MovementKind.expiry_write_off,
                batch=batch,
                point_id=point.id,
                product_id=product.id,
                quantity=-data.quantity,
                principal=principal,
                now=now,
                reason=data.reason,
            )
        )
    session.add_all(lines)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action=f"stock.{data.kind}",
        object_type="stock_movement",
        object_id=lines[0].id,
        scope_path=await org_path_of_point(session, point),
        detail=detail,
    )
    return lines


async def _transfer(
    session: AsyncSession,
    principal: Principal,
    source: DistributionPoint,
    data: StockMovementCreate,
    now: datetime,
) -> list[StockMovement]:
    """Move units of one batch to another point of the caller's area (调拨).

    Expired stock is written off, not moved.
    """
    if data.to_point_id is None:
        raise Unprocessable("A transfer needs to_point_id", loc=["body", "to_point_id"])
    if data.to_point_id == source.id:
        raise Unprocessable("A transfer goes to another point", loc=["body", "to_point_id"])
    target = await get_point(session, principal, data.to_point_id)
    batch = await _existing_batch(session, source.id, data.product_id, data.batch_no)
    if batch.expires_on < business_day(now):
        raise Conflict(
            f"Batch {batch.batch_no} has expired; write it off instead of moving it",
            extra={"reason": "batch_expired"},
        )
    await _take_exact(session, batch, data.quantity)
    into = await _batch_for_receipt(session, target.id, data.product_id, batch.batch_no, batch.expires_on)
    await add_to_batch(session, into.id, data.quantity)
    return [
        ledger_line(
            kind=MovementKind.transfer_out,
            batch=batch,
            point_id=source.id,
            product_id=data.product_id,
            quantity=-data.quantity,
            principal=principal,
            now=now,
            counterpart_point_id=target.id,
        ),
        ledger_line(
            kind=MovementKind.transfer_in,
            batch=into,
            point_id=target.id,
            product_id=data.product_id,
            quantity=data.quantity,
            principal=principal,
            now=now,
            counterpart_point_id=source.id,
        ),
    ]


async def get_movement(session: AsyncSession, principal: Principal, movement_id: int) -> StockMovement:
    row = (
        await session.execute(
            select(StockMovement)
            .join(DistributionPoint, DistributionPoint.id == StockMovement.point_id)
            .where(StockMovement.id == movement_id, point_scope(principal))
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound("Stock movement not found")
    return row


async def list_movements(
    session: AsyncSession,
    principal: Principal,
    *,
    point_id: int | None,
    product_id: int | None,
    kind: MovementKind | None,
    batch_id: int | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[StockMovement], str | None]:
    stmt = (
        select(StockMovement)
        .join(DistributionPoint, DistributionPoint.id == StockMovement.point_id)
        .where(point_scope(principal))
    )
    if point_id is not None:
        stmt = stmt.where(StockMovement.point_id == point_id)
    if product_id is not None:
        stmt = stmt.where(StockMovement.product_id == product_id)
    if kind is not None:
        stmt = stmt.where(StockMovement.kind == kind)
    if batch_id is not None:
        stmt = stmt.where(StockMovement.batch_id == batch_id)
    rows = (
        (await session.execute(keyset_page(stmt, id_column=StockMovement.id, limit=limit, cursor=cursor)))
        .scalars()
        .all()
    )
    return split_page(rows, limit, lambda m: [m.id])


async def list_stock(
    session: AsyncSession,
    principal: Principal,
    *,
    point_id: int | None,
    product_id: int | None,
    include_empty: bool,
    limit: int,
    cursor: str | None,
) -> tuple[list[StockBatch], str | None]:
    """Stock on hand per point, product and batch, in the caller's area."""
    stmt = (
        select(StockBatch)
        .join(DistributionPoint, DistributionPoint.id == StockBatch.point_id)
        .where(point_scope(principal))
    )
    if point_id is not None:
        stmt = stmt.where(StockBatch.point_id == point_id)
    if product_id is not None:
        stmt = stmt.where(StockBatch.product_id == product_id)
    if not include_empty:
        stmt = stmt.where(StockBatch.qty_on_hand > 0)
    rows = (
        (await session.execute(keyset_page(stmt, id_column=StockBatch.id, limit=limit, cursor=cursor)))
        .scalars()
        .all()
    )
    return split_page(rows, limit, lambda b: [b.id])
