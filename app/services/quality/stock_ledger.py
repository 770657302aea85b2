"""The stock ledger (药具库存台账): the primitives every stock change goes through, and its reads.

Every change to stock on hand writes one ledger line and changes ``stock_batches.qty_on_hand`` by
the same signed amount in the same transaction, so on hand always equals the sum of the ledger.
Stock never goes below zero: it is taken with one atomic conditional UPDATE
(``SET qty = qty - n WHERE qty >= n``), correct under concurrency, and a CHECK constraint backs
it. Dispensing takes the earliest-expiring batch first and never an expired one; ``expires_on`` is
the last day a batch may be used (有效期至).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.clock import local_date
from app.db import utcnow
from app.errors import Conflict
from app.models.quality.stock import MovementKind, ReceiptSource, StockBatch, StockMovement

# Batches expiring within this many days are listed as alerts and may be written off early.
EXPIRY_WINDOW_DAYS = 90


class InsufficientStock(Conflict):
    """Not enough usable stock: the answer names the reason and what is available."""

    code = "insufficient-stock"
    title = "Insufficient stock"
    title_zh = "库存不足"

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


async def qty_on_hand(session: AsyncSession, batch_id: int) -> int:
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
            available = await qty_on_hand(session, batch_id)
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
    source: ReceiptSource | None = None,
    document_no: str | None = None,
) -> StockMovement:
    return StockMovement(
        source=source,
        document_no=document_no,
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
        occurred_on=local_date(now),
    )
