"""Stock operations (库存业务): receipts (入库), transfers between points (调拨), stock-count
adjustments (盘点调整, with a reason) and expiry write-offs (过期报损).

Each operation changes stock on hand and writes its ledger lines in the same transaction (see
``stock_ledger``); a take that would go below zero is refused with 409 and writes nothing.
Dispensing has its own path (``dispensing``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import local_date
from app.clock import now as clock_now
from app.errors import Conflict, NotFound, Unprocessable
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.stock import MovementKind, ReceiptSource, StockBatch, StockMovement
from app.schemas.quality.stock import StockMovementCreate
from app.services.quality.contraceptive_catalogue import get_point, get_product, org_path_of_point
from app.services.quality.stock_ledger import (
    EXPIRY_WINDOW_DAYS,
    InsufficientStock,
    add_to_batch,
    ledger_line,
    qty_on_hand,
    take_from_batch,
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
        available = await qty_on_hand(session, batch.id)
        raise InsufficientStock(
            f"Batch {batch.batch_no} holds {available}, fewer than {quantity}; stock cannot go below zero",
            available=available,
        )


def _check_receipt_source(data: StockMovementCreate) -> None:
    """Stock is never created from nothing: a receipt names its source."""
    if data.source is None:
        raise Unprocessable(
            "A receipt names its source: district_allocation (with document_no) or returned (with a "
            "reason); stock from another point comes by a transfer",
            zh="入库须注明来源：区级调拨下发（附文号）或退回入库（附原因）；其他站点的库存须通过调拨转入",
            loc=["body", "source"],
        )
    if data.source is ReceiptSource.transfer:
        raise Unprocessable(
            "Stock from another point comes by a transfer (kind 'transfer'), which takes it from there",
            zh="其他站点的库存须通过调拨（kind=transfer）转入，同时从原站点出库",
            loc=["body", "source"],
        )
    if data.source is ReceiptSource.district_allocation and not data.document_no:
        raise Unprocessable(
            "A district allocation names its document number",
            zh="区级调拨下发须注明文号",
            loc=["body", "document_no"],
        )
    if data.source is ReceiptSource.returned and not data.reason:
        raise Unprocessable(
            "A return names who returned it and why", zh="退回入库须注明退回原因", loc=["body", "reason"]
        )


async def record_movement(
    session: AsyncSession, principal: Principal, data: StockMovementCreate, today: date | None = None
) -> list[StockMovement]:
    """Record a receipt (入库), transfer between points (调拨), adjustment (盘点调整, with a reason) or
    expiry write-off (过期报损); dispensing goes through /dispensations."""
    point = await get_point(session, principal, data.point_id)
    product = await get_product(session, data.product_id)
    now = clock_now()
    day = today or local_date(now)
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
        _check_receipt_source(data)
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
                reason=data.reason,
                source=data.source,
                document_no=data.document_no,
            )
        )
        detail.update(source=data.source.value if data.source else None, document_no=data.document_no)
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
    if batch.expires_on < local_date(now):
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
            source=ReceiptSource.transfer,
        ),
    ]
