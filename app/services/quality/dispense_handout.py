"""Handing out from stock, and refusing with a reason (药具发放的出库与拒发).

``hand_out`` takes the units from the earliest-expiring batches that are still good for at least
``min_shelf_days`` (setting ``FPW_DISPENSE_MIN_SHELF_DAYS``; nearer lots are kept for return and show
in the expiring list), claims a machine person's interval per product category (the method) with one
conditional write, records the dispensation with its ledger lines and
writes a low-stock outbox event when the dispense takes usable stock below the point's threshold.
A refusal is a ``DispenseRefused`` with a stable ``reason`` code; when nothing was written before
it, its audit event is kept.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import local_date
from app.clock import now as clock_now
from app.errors import AppError
from app.labels import ENUMS
from app.models.core.outbox import OutboxEvent
from app.models.quality.contraceptive import (
    ContraceptiveProduct,
    DistributionPoint,
    PointKind,
    StockThreshold,
)
from app.models.quality.stock import (
    Dispensation,
    DispenseChannel,
    DispenseRefusal,
    MachineDispenseClaim,
    MovementKind,
)
from app.services.quality.contraceptive_catalogue import org_path_of_point
from app.services.quality.stock_ledger import Taken, ledger_line, take_earliest_expiring, usable_on_hand

LOW_STOCK_TOPIC = "stock.below_threshold"


class DispenseRefused(AppError):
    """A dispense the rules do not allow; ``reason`` is a stable machine-readable code.

    When nothing was written before the refusal, the refusal's audit event is kept (committed);
    otherwise the whole request is rolled back.
    """

    status_code = 409
    code = "dispense-refused"
    title = "Dispense refused"
    title_zh = "不予发放"

    def __init__(
        self,
        reason: str,
        detail: str,
        *,
        zh: str | None = None,
        status: int = 409,
        nothing_written: bool,
        **extra: Any,
    ) -> None:
        DispenseRefusal(reason)  # every reason is a declared, labelled code
        super().__init__(
            detail, zh=zh or ENUMS["dispense_refusal"][reason]["zh-CN"], extra={"reason": reason, **extra}
        )
        self.status_code = status
        self.keep_changes = nothing_written


async def refuse(
    session: AsyncSession,
    principal: Principal,
    point: DistributionPoint | None,
    reason: str,
    detail: str,
    *,
    zh: str | None = None,
    nothing_written: bool = True,
    status: int = 409,
    **extra: Any,
) -> DispenseRefused:
    await audit.record(
        session,
        actor=principal,
        action="dispensation.refused",
        object_type="distribution_point",
        object_id=point.id if point else None,
        scope_path=await org_path_of_point(session, point) if point else principal.org_path,
        detail={"reason": reason, **{k: str(v) for k, v in extra.items()}},
    )
    return DispenseRefused(reason, detail, zh=zh, status=status, nothing_written=nothing_written, **extra)


async def interval_refusal(
    session: AsyncSession,
    principal: Principal,
    point: DistributionPoint,
    last: datetime,
    category: str,
    *,
    nothing_written: bool,
) -> DispenseRefused:
    next_on = local_date(last + timedelta(days=point.interval_days))
    return await refuse(
        session,
        principal,
        point,
        "interval_not_elapsed",
        f"One dispense of this category ({category}) per {point.interval_days} days; "
        f"the next is possible on {next_on.isoformat()}",
        zh=f"同类药具每{point.interval_days}天限领一次，下次可领日期：{next_on.isoformat()}",
        nothing_written=nothing_written,
        category=category,
        interval_days=point.interval_days,
        last_dispensed_on=local_date(last).isoformat(),
        next_allowed_on=next_on.isoformat(),
    )


async def check_open(
    session: AsyncSession, principal: Principal, point: DistributionPoint, product: ContraceptiveProduct
) -> None:
    if not point.active:
        raise await refuse(session, principal, point, "point_inactive", "This distribution point is closed")
    if point.kind is PointKind.self_service_machine and not principal.can("dispense:machine"):
        raise await refuse(
            session,
            principal,
            point,
            "machine_point_staff",
            "A self-service machine's point is dispensed from by its machine only; transfer stock "
            "to a staffed point to hand it out there",
        )
    if not product.active:
        raise await refuse(
            session, principal, point, "product_inactive", "This product is no longer handed out"
        )


async def claim_interval(
    session: AsyncSession, person_hash: str, category: str, now: datetime, interval_days: int
) -> bool:
    """Claim the person's interval for the category with one conditional write, so two machines
    cannot both dispense."""
    await session.execute(
        insert(MachineDispenseClaim)
        .values(
            person_hash=person_hash,
            category=category,
            last_dispensed_at=datetime(1970, 1, 1, tzinfo=now.tzinfo),
        )
        .on_conflict_do_nothing(index_elements=["person_hash", "category"])
    )
    result = await session.execute(
        update(MachineDispenseClaim)
        .where(
            MachineDispenseClaim.person_hash == person_hash,
            MachineDispenseClaim.category == category,
            MachineDispenseClaim.last_dispensed_at <= now - timedelta(days=interval_days),
        )
        .values(last_dispensed_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def hand_out(
    session: AsyncSession,
    principal: Principal,
    point: DistributionPoint,
    product: ContraceptiveProduct,
    quantity: int,
    *,
    channel: DispenseChannel,
    resident_id: int | None,
    person_hash: str | None,
    claim_machine_interval: bool,
    min_shelf_days: int = 0,
    now: datetime | None = None,
) -> tuple[Dispensation, list[Taken]]:
    now = now or clock_now()
    day = local_date(now)
    good_until = day + timedelta(days=min_shelf_days)
    taken, missing = await take_earliest_expiring(
        session, point_id=point.id, product_id=product.id, quantity=quantity, on=good_until
    )
    if missing:
        raise await refuse(
            session,
            principal,
            point,
            "out_of_stock",
            f"Only {quantity - missing} of {quantity} usable units are in stock at this point "
            f"(lots expiring within {min_shelf_days} days are not handed out)",
            zh=f"本点可发放库存仅{quantity - missing}件（{min_shelf_days}天内到期的批次不发放）",
            nothing_written=not taken,
            available=quantity - missing,
            min_shelf_days=min_shelf_days,
        )
    category = product.method.value
    if claim_machine_interval and person_hash is not None:
        if not await claim_interval(session, person_hash, category, now, point.interval_days):
            last = (
                await session.execute(
                    select(MachineDispenseClaim.last_dispensed_at).where(
                        MachineDispenseClaim.person_hash == person_hash,
                        MachineDispenseClaim.category == category,
                    )
                )
            ).scalar_one()
            raise await interval_refusal(session, principal, point, last, category, nothing_written=False)
    dispensation = Dispensation(
        point_id=point.id,
        product_id=product.id,
        quantity=quantity,
        channel=channel,
        resident_id=resident_id,
        person_hash=person_hash,
        dispensed_by=principal.user_id,
        dispensed_at=now,
        dispensed_on=day,
    )
    session.add(dispensation)
    await session.flush()
    session.add_all(
        [
            ledger_line(
                kind=MovementKind.dispense,
                batch=t,
                point_id=point.id,
                product_id=product.id,
                quantity=-t.quantity,
                principal=principal,
                now=now,
                dispensation_id=dispensation.id,
            )
            for t in taken
        ]
    )
    await session.flush()
    await _signal_low_stock(session, point, product, quantity, good_until, dispensation.id)
    await audit.record(
        session,
        actor=principal,
        action="dispensation.created",
        object_type="dispensation",
        object_id=dispensation.id,
        scope_path=await org_path_of_point(session, point),
        detail={
            "channel": channel.value,
            "point_id": point.id,
            "product_id": product.id,
            "quantity": quantity,
            "resident_id": resident_id,
            "batches": {t.batch_no: t.quantity for t in taken},
        },
    )
    return dispensation, taken


async def _signal_low_stock(
    session: AsyncSession,
    point: DistributionPoint,
    product: ContraceptiveProduct,
    quantity: int,
    day: date,
    dispensation_id: int,
) -> None:
    """Write an outbox event when this dispense takes usable stock from at/above the threshold to below it."""
    threshold = (
        await session.execute(
            select(StockThreshold.threshold).where(
                StockThreshold.point_id == point.id, StockThreshold.product_id == product.id
            )
        )
    ).scalar_one_or_none()
    if threshold is None:
        return
    after = await usable_on_hand(session, point_id=point.id, product_id=product.id, on=day)
    if after < threshold <= after + quantity:
        session.add(
            OutboxEvent(
                topic=LOW_STOCK_TOPIC,
                payload={
                    "point_id": point.id,
                    "point_name": point.name,
                    "product_id": product.id,
                    "product_code": product.code,
                    "on_hand": after,
                    "threshold": threshold,
                    "dispensation_id": dispensation_id,
                    "machine": point.kind is PointKind.self_service_machine,
                },
            )
        )
        await session.flush()
