"""Contraceptive alerts and reports, computed in SQL from stock on hand and the ledger.

* Low stock (库存不足): usable (unexpired) stock of a product at a point below its threshold.
* Expiring (近效期): batches still holding stock that expire within a window (90 days by default),
  expired ones included until they are written off.
* Dispensed quantity per product, point and month, from the dispensations.
* Stock-out days (断货天数) per point and product: the local calendar days in the period whose
  closing balance in the ledger was zero, counted from the point's first movement of that product.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, extract, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.clock import local_today
from app.errors import Unprocessable
from app.models.quality.contraceptive import DistributionPoint, StockThreshold
from app.models.quality.stock import Dispensation, StockBatch, StockMovement
from app.pagination import DATE, ID, decode_cursor, encode_cursor
from app.schemas.quality.stock import (
    DispensingReportRow,
    ExpiringBatchAlert,
    LowStockAlert,
    StockOutReportRow,
)
from app.services.quality.scope import point_scope

MAX_REPORT_DAYS = 366 * 3


def check_period(date_from: date, date_to: date) -> None:
    if date_to >= date.max or date_from <= date.min:
        raise Unprocessable("The period must lie within the calendar", loc=["query", "date_to"])
    if date_to < date_from:
        raise Unprocessable("date_to must not be before date_from", loc=["query", "date_to"])
    if (date_to - date_from).days > MAX_REPORT_DAYS:
        raise Unprocessable(f"A report covers at most {MAX_REPORT_DAYS} days", loc=["query", "date_to"])


async def low_stock_alerts(
    session: AsyncSession,
    principal: Principal,
    *,
    point_id: int | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[LowStockAlert], str | None]:
    """Products whose usable stock at a point is below the point's threshold for them."""
    on_hand = func.coalesce(func.sum(StockBatch.qty_on_hand), 0)
    stmt = (
        select(
            StockThreshold.id,
            StockThreshold.point_id,
            StockThreshold.product_id,
            StockThreshold.threshold,
            on_hand.label("on_hand"),
        )
        .join(DistributionPoint, DistributionPoint.id == StockThreshold.point_id)
        .outerjoin(
            StockBatch,
            and_(
                StockBatch.point_id == StockThreshold.point_id,
                StockBatch.product_id == StockThreshold.product_id,
                StockBatch.expires_on >= local_today(),
            ),
        )
        .where(point_scope(principal), DistributionPoint.active.is_(True))
        .group_by(
            StockThreshold.id, StockThreshold.point_id, StockThreshold.product_id, StockThreshold.threshold
        )
        .having(on_hand < StockThreshold.threshold)
    )
    if point_id is not None:
        stmt = stmt.where(StockThreshold.point_id == point_id)
    if cursor is not None:
        (last_id,) = decode_cursor(cursor, ID)
        stmt = stmt.where(StockThreshold.id > last_id)
    rows = (await session.execute(stmt.order_by(StockThreshold.id).limit(limit + 1))).all()
    items = [
        LowStockAlert(
            point_id=r.point_id, product_id=r.product_id, on_hand=int(r.on_hand), threshold=r.threshold
        )
        for r in rows[:limit]
    ]
    next_cursor = encode_cursor([rows[limit - 1].id]) if len(rows) > limit else None
    return items, next_cursor


async def expiring_batches(
    session: AsyncSession,
    principal: Principal,
    *,
    within_days: int,
    point_id: int | None,
    limit: int,
    cursor: str | None,
    today: date | None = None,
) -> tuple[list[ExpiringBatchAlert], str | None]:
    """Batches holding stock that expire within ``within_days`` of ``today`` (expired ones first),
    soonest first."""
    day = today or local_today()
    stmt = (
        select(StockBatch)
        .join(DistributionPoint, DistributionPoint.id == StockBatch.point_id)
        .where(
            point_scope(principal),
            StockBatch.qty_on_hand > 0,
            StockBatch.expires_on <= day + timedelta(days=within_days),
        )
    )
    if point_id is not None:
        stmt = stmt.where(StockBatch.point_id == point_id)
    if cursor is not None:
        last_day, last_id = decode_cursor(cursor, DATE, ID)
        stmt = stmt.where(
            or_(
                StockBatch.expires_on > last_day,
                and_(StockBatch.expires_on == last_day, StockBatch.id > last_id),
            )
        )
    rows = (
        (await session.execute(stmt.order_by(StockBatch.expires_on, StockBatch.id).limit(limit + 1)))
        .scalars()
        .all()
    )
    items = [
        ExpiringBatchAlert(
            batch_id=b.id,
            point_id=b.point_id,
            product_id=b.product_id,
            batch_no=b.batch_no,
            expires_on=b.expires_on,
            qty_on_hand=b.qty_on_hand,
            expired=b.expires_on < day,
        )
        for b in rows[:limit]
    ]
    last = rows[limit - 1] if len(rows) > limit else None
    return items, encode_cursor([last.expires_on.isoformat(), last.id]) if last else None


async def dispensing_report(
    session: AsyncSession,
    principal: Principal,
    *,
    date_from: date,
    date_to: date,
    point_id: int | None,
    product_id: int | None,
) -> list[DispensingReportRow]:
    """Dispensed quantity and number of dispensations per month, point and product (发放统计)."""
    check_period(date_from, date_to)
    year = extract("year", Dispensation.dispensed_on)
    month = extract("month", Dispensation.dispensed_on)
    stmt = (
        select(
            year.label("y"),
            month.label("m"),
            Dispensation.point_id,
            Dispensation.product_id,
            func.sum(Dispensation.quantity).label("quantity"),
            func.count().label("n"),
        )
        .join(DistributionPoint, DistributionPoint.id == Dispensation.point_id)
        .where(
            point_scope(principal),
            Dispensation.dispensed_on >= date_from,
            Dispensation.dispensed_on <= date_to,
        )
        .group_by(year, month, Dispensation.point_id, Dispensation.product_id)
        .order_by(year, month, Dispensation.point_id, Dispensation.product_id)
    )
    if point_id is not None:
        stmt = stmt.where(Dispensation.point_id == point_id)
    if product_id is not None:
        stmt = stmt.where(Dispensation.product_id == product_id)
    rows = (await session.execute(stmt)).all()
    return [
        DispensingReportRow(
            month=f"{int(r.y):04d}-{int(r.m):02d}",
            point_id=r.point_id,
            product_id=r.product_id,
            quantity=int(r.quantity),
            dispensations=int(r.n),
        )
        for r in rows
    ]


async def stock_out_report(
    session: AsyncSession,
    principal: Principal,
    *,
    date_from: date,
    date_to: date,
    point_id: int | None,
    product_id: int | None,
) -> list[StockOutReportRow]:
    """Days in the period on which a point's closing balance of a product was zero (断货天数).

    Running balances come from a window over the ledger's daily net movements; each zero-balance
    day lasts until the next day with a movement, clipped to the period.
    """
    check_period(date_from, date_to)
    daily = (
        select(
            StockMovement.point_id,
            StockMovement.product_id,
            StockMovement.occurred_on.label("day"),
            func.sum(StockMovement.quantity).label("delta"),
        )
        .join(DistributionPoint, DistributionPoint.id == StockMovement.point_id)
        .where(point_scope(principal), StockMovement.occurred_on <= date_to)
        .group_by(StockMovement.point_id, StockMovement.product_id, StockMovement.occurred_on)
    )
    if point_id is not None:
        daily = daily.where(StockMovement.point_id == point_id)
    if product_id is not None:
        daily = daily.where(StockMovement.product_id == product_id)
    d = daily.cte("daily")
    partition = (d.c.point_id, d.c.product_id)
    balances = select(
        d.c.point_id,
        d.c.product_id,
        d.c.day,
        func.sum(d.c.delta).over(partition_by=partition, order_by=d.c.day).label("closing"),
        func.lead(d.c.day).over(partition_by=partition, order_by=d.c.day).label("next_day"),
    ).cte("balances")
    end_exclusive = literal(date_to + timedelta(days=1), Date)
    start = func.greatest(balances.c.day, literal(date_from, Date))
    end = func.least(func.coalesce(balances.c.next_day, end_exclusive), end_exclusive)
    days: ColumnElement[Any] = end - start  # an integer: date - date
    spans = (
        select(balances.c.point_id, balances.c.product_id, days.label("days")).where(balances.c.closing <= 0)
    ).subquery("spans")
    stmt = (
        select(spans.c.point_id, spans.c.product_id, func.sum(spans.c.days).label("days"))
        .where(spans.c.days > 0)
        .group_by(spans.c.point_id, spans.c.product_id)
        .order_by(spans.c.point_id, spans.c.product_id)
    )
    rows = (await session.execute(stmt)).all()
    return [
        StockOutReportRow(point_id=r.point_id, product_id=r.product_id, stock_out_days=int(r.days))
        for r in rows
    ]
