"""Handing out free contraceptives (免费避孕药具发放): by staff and by self-service machines.

Staff dispense at a point of their area, to a resident of their area or anonymously (counted
only). A self-service machine (自助发放机) signs in as a ``dispenser_device``, dispenses only at
its own point, identifies the person by ID card — kept as the keyed hash only, never the number —
and applies its configured rules: ages within ``min_age``–``max_age`` (18–60) and one dispense per
``interval_days`` (22) per person across all machines. A refused dispense answers with a problem
body whose ``reason`` says why. Stock comes from the earliest-expiring unexpired batch; when a
dispense takes usable stock below the point's threshold, an outbox event is written with it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, resident_scope
from app.config import Settings
from app.db import utcnow
from app.errors import AppError, Forbidden, NotFound, Unprocessable
from app.id_numbers import InvalidIdNumber, parse_id_number
from app.models.contraceptive import ContraceptiveProduct, DistributionPoint, PointKind, StockThreshold
from app.models.outbox import OutboxEvent
from app.models.resident import Resident
from app.models.stock import Dispensation, DispenseChannel, MachineDispenseClaim, MovementKind, StockMovement
from app.pagination import keyset_page, split_page
from app.schemas.stock import DispensationCreate
from app.security import pii_cipher
from app.services.contraceptive_catalogue import device_point, get_point, get_product, org_path_of_point
from app.services.quality_scope import point_scope
from app.services.stock_ledger import Taken, business_day, ledger_line, take_earliest_expiring, usable_on_hand

LOW_STOCK_TOPIC = "stock.below_threshold"


class DispenseRefused(AppError):
    """A dispense the rules do not allow; ``reason`` is a stable machine-readable code.

    When nothing was written before the refusal, the refusal's audit event is kept (committed);
    otherwise the whole request is rolled back.
    """

    status_code = 409
    code = "dispense-refused"
    title = "Dispense refused"

    def __init__(
        self, reason: str, detail: str, *, status: int = 409, nothing_written: bool, **extra: Any
    ) -> None:
        super().__init__(detail, extra={"reason": reason, **extra})
        self.status_code = status
        self.keep_changes = nothing_written


async def _refuse(
    session: AsyncSession,
    principal: Principal,
    point: DistributionPoint | None,
    reason: str,
    detail: str,
    *,
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
    return DispenseRefused(reason, detail, status=status, nothing_written=nothing_written, **extra)


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


async def dispense(
    session: AsyncSession, settings: Settings, principal: Principal, data: DispensationCreate
) -> tuple[Dispensation, list[Taken]]:
    """Dispense as the caller: a device through its machine's rules, staff at a point of their area."""
    if principal.can("dispense:machine"):
        return await _dispense_by_machine(session, settings, principal, data)
    if principal.can("dispense"):
        return await _dispense_by_staff(session, principal, data)
    raise Forbidden("This action needs the 'dispense' permission")


async def _dispense_by_staff(
    session: AsyncSession, principal: Principal, data: DispensationCreate
) -> tuple[Dispensation, list[Taken]]:
    if data.point_id is None:
        raise Unprocessable("point_id is required", loc=["body", "point_id"])
    if data.id_number is not None:
        raise Unprocessable("Staff identify the person by resident_id", loc=["body", "id_number"])
    point = await get_point(session, principal, data.point_id)
    product = await get_product(session, data.product_id)
    resident = None
    if data.resident_id is not None:
        resident = (
            await session.execute(
                select(Resident).where(Resident.id == data.resident_id, resident_scope(principal))
            )
        ).scalar_one_or_none()
        if resident is None:
            raise NotFound("Resident not found")
    await _check_open(session, principal, point, product)
    return await _hand_out(
        session,
        principal,
        point,
        product,
        data.quantity,
        channel=DispenseChannel.staff,
        resident_id=resident.id if resident else None,
        person_hash=resident.id_number_hash if resident else None,
        claim_interval=False,
    )


async def _dispense_by_machine(
    session: AsyncSession, settings: Settings, principal: Principal, data: DispensationCreate
) -> tuple[Dispensation, list[Taken]]:
    point = await device_point(session, principal)
    if point is None:
        raise await _refuse(
            session,
            principal,
            None,
            "device_not_registered",
            "This device is not linked to a distribution point",
            status=403,
        )
    if data.point_id is not None and data.point_id != point.id:
        raise await _refuse(
            session,
            principal,
            point,
            "not_this_devices_point",
            "A machine dispenses only at its own distribution point",
            status=403,
            requested_point_id=data.point_id,
        )
    if data.resident_id is not None or data.id_number is None:
        raise Unprocessable("A machine identifies the person by id_number only", loc=["body", "id_number"])
    try:
        person = parse_id_number(data.id_number)
    except InvalidIdNumber as exc:
        raise Unprocessable(str(exc), loc=["body", "id_number"]) from exc
    product = await get_product(session, data.product_id)
    await _check_open(session, principal, point, product)
    if data.quantity > point.max_units_per_dispense:
        raise await _refuse(
            session,
            principal,
            point,
            "quantity_over_limit",
            f"This machine hands out at most {point.max_units_per_dispense} per person",
            limit=point.max_units_per_dispense,
        )
    now = utcnow()
    age = _age_on(person.birth_date, business_day(now))
    if not point.min_age <= age <= point.max_age:
        raise await _refuse(
            session,
            principal,
            point,
            "age_out_of_range",
            f"This machine serves people aged {point.min_age}–{point.max_age}",
            min_age=point.min_age,
            max_age=point.max_age,
        )
    person_hash = pii_cipher(settings).lookup_hash(person.value)
    last = (
        await session.execute(
            select(MachineDispenseClaim.last_dispensed_at).where(
                MachineDispenseClaim.person_hash == person_hash
            )
        )
    ).scalar_one_or_none()
    if last is not None and last > now - timedelta(days=point.interval_days):
        raise await _interval_refusal(session, principal, point, last, nothing_written=True)
    return await _hand_out(
        session,
        principal,
        point,
        product,
        data.quantity,
        channel=DispenseChannel.machine,
        resident_id=None,
        person_hash=person_hash,
        claim_interval=True,
        now=now,
    )


async def _interval_refusal(
    session: AsyncSession,
    principal: Principal,
    point: DistributionPoint,
    last: datetime,
    *,
    nothing_written: bool,
) -> DispenseRefused:
    next_on = business_day(last + timedelta(days=point.interval_days))
    return await _refuse(
        session,
        principal,
        point,
        "interval_not_elapsed",
        f"One dispense per {point.interval_days} days; the next is possible on {next_on.isoformat()}",
        nothing_written=nothing_written,
        interval_days=point.interval_days,
        last_dispensed_on=business_day(last).isoformat(),
        next_allowed_on=next_on.isoformat(),
    )


async def _check_open(
    session: AsyncSession, principal: Principal, point: DistributionPoint, product: ContraceptiveProduct
) -> None:
    if not point.active:
        raise await _refuse(session, principal, point, "point_inactive", "This distribution point is closed")
    if not product.active:
        raise await _refuse(
            session, principal, point, "product_inactive", "This product is no longer handed out"
        )


async def _claim_interval(session: AsyncSession, person_hash: str, now: datetime, interval_days: int) -> bool:
    """Claim the person's interval with one conditional write, so two machines cannot both dispense."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await session.execute(
        insert(MachineDispenseClaim)
        .values(person_hash=person_hash, last_dispensed_at=datetime(1970, 1, 1, tzinfo=now.tzinfo))
        .on_conflict_do_nothing(index_elements=["person_hash"])
    )
    result = await session.execute(
        update(MachineDispenseClaim)
        .where(
            MachineDispenseClaim.person_hash == person_hash,
            MachineDispenseClaim.last_dispensed_at <= now - timedelta(days=interval_days),
        )
        .values(last_dispensed_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def _hand_out(
    session: AsyncSession,
    principal: Principal,
    point: DistributionPoint,
    product: ContraceptiveProduct,
    quantity: int,
    *,
    channel: DispenseChannel,
    resident_id: int | None,
    person_hash: str | None,
    claim_interval: bool,
    now: datetime | None = None,
) -> tuple[Dispensation, list[Taken]]:
    now = now or utcnow()
    day = business_day(now)
    taken, missing = await take_earliest_expiring(
        session, point_id=point.id, product_id=product.id, quantity=quantity, on=day
    )
    if missing:
        raise await _refuse(
            session,
            principal,
            point,
            "out_of_stock",
            f"Only {quantity - missing} of {quantity} usable units are in stock at this point",
            nothing_written=not taken,
            available=quantity - missing,
        )
    if claim_interval and person_hash is not None:
        if not await _claim_interval(session, person_hash, now, point.interval_days):
            last = (
                await session.execute(
                    select(MachineDispenseClaim.last_dispensed_at).where(
                        MachineDispenseClaim.person_hash == person_hash
                    )
                )
            ).scalar_one()
            raise await _interval_refusal(session, principal, point, last, nothing_written=False)
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
    await _signal_low_stock(session, point, product, quantity, day, dispensation.id)
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


async def get_dispensation(session: AsyncSession, principal: Principal, dispensation_id: int) -> Dispensation:
    row = (
        await session.execute(
            select(Dispensation)
            .join(DistributionPoint, DistributionPoint.id == Dispensation.point_id)
            .where(Dispensation.id == dispensation_id, point_scope(principal))
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound("Dispensation not found")
    return row


async def list_dispensations(
    session: AsyncSession,
    principal: Principal,
    *,
    point_id: int | None,
    product_id: int | None,
    resident_id: int | None,
    channel: DispenseChannel | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Dispensation], str | None]:
    stmt = (
        select(Dispensation)
        .join(DistributionPoint, DistributionPoint.id == Dispensation.point_id)
        .where(point_scope(principal))
    )
    if point_id is not None:
        stmt = stmt.where(Dispensation.point_id == point_id)
    if product_id is not None:
        stmt = stmt.where(Dispensation.product_id == product_id)
    if resident_id is not None:
        stmt = stmt.where(Dispensation.resident_id == resident_id)
    if channel is not None:
        stmt = stmt.where(Dispensation.channel == channel)
    rows = (
        (
            await session.execute(
                keyset_page(stmt, id_column=Dispensation.id, limit=limit, cursor=cursor, descending=True)
            )
        )
        .scalars()
        .all()
    )
    return split_page(rows, limit, lambda d: [d.id])


async def batches_of(session: AsyncSession, dispensation_id: int) -> list[StockMovement]:
    return list(
        (
            await session.execute(
                select(StockMovement)
                .where(StockMovement.dispensation_id == dispensation_id)
                .order_by(StockMovement.id)
            )
        )
        .scalars()
        .all()
    )
