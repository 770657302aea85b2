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

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, resident_scope
from app.clock import local_date
from app.clock import now as clock_now
from app.config import Settings
from app.errors import Forbidden, NotFound, Unprocessable
from app.feed import page_or_feed
from app.id_numbers import InvalidIdNumber, parse_id_number
from app.models.core.resident import Resident
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.stock import Dispensation, DispenseChannel, MachineDispenseClaim
from app.schemas.quality.stock import DispensationCreate
from app.security import pii_cipher
from app.services.core.loading import date_range
from app.services.quality.contraceptive_catalogue import device_point, get_point, get_product
from app.services.quality.dispense_handout import check_open, hand_out, interval_refusal, refuse
from app.services.quality.scope import point_scope
from app.services.quality.stock_ledger import Taken


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


async def dispense(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    data: DispensationCreate,
    *,
    at: datetime | None = None,
) -> tuple[Dispensation, list[Taken]]:
    """Dispense as the caller: a device through its machine's rules, staff at a point of their area.

    ``at``: when staff handed it out, if not now (a handout recorded offline and synced later is
    dated, and its shelf-life rule judged, on the day it happened)."""
    if principal.can("dispense:machine"):
        return await _dispense_by_machine(session, settings, principal, data)
    if principal.can("dispense"):
        return await _dispense_by_staff(session, principal, data, settings.dispense_min_shelf_days, at)
    raise Forbidden("This action needs the 'dispense' permission")


async def _dispense_by_staff(
    session: AsyncSession,
    principal: Principal,
    data: DispensationCreate,
    min_shelf_days: int,
    at: datetime | None = None,
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
    await check_open(session, principal, point, product)
    return await hand_out(
        session,
        principal,
        point,
        product,
        data.quantity,
        channel=DispenseChannel.staff,
        resident_id=resident.id if resident else None,
        person_hash=resident.id_number_hash if resident else None,
        claim_machine_interval=False,
        min_shelf_days=min_shelf_days,
        now=at,
    )


async def _dispense_by_machine(
    session: AsyncSession, settings: Settings, principal: Principal, data: DispensationCreate
) -> tuple[Dispensation, list[Taken]]:
    point = await device_point(session, principal)
    if point is None:
        raise await refuse(
            session,
            principal,
            None,
            "device_not_registered",
            "This device is not linked to a distribution point",
            status=403,
        )
    if data.point_id is not None and data.point_id != point.id:
        raise await refuse(
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
    await check_open(session, principal, point, product)
    if data.quantity > point.max_units_per_dispense:
        raise await refuse(
            session,
            principal,
            point,
            "quantity_over_limit",
            f"This machine hands out at most {point.max_units_per_dispense} per person",
            limit=point.max_units_per_dispense,
        )
    now = clock_now()
    age = _age_on(person.birth_date, local_date(now))
    if not point.min_age <= age <= point.max_age:
        raise await refuse(
            session,
            principal,
            point,
            "age_out_of_range",
            f"This machine serves people aged {point.min_age}–{point.max_age}",
            min_age=point.min_age,
            max_age=point.max_age,
        )
    person_hash = pii_cipher(settings).lookup_hash(person.value)
    category = product.method.value
    last = (
        await session.execute(
            select(MachineDispenseClaim.last_dispensed_at).where(
                MachineDispenseClaim.person_hash == person_hash, MachineDispenseClaim.category == category
            )
        )
    ).scalar_one_or_none()
    if last is not None and last > now - timedelta(days=point.interval_days):
        raise await interval_refusal(session, principal, point, last, category, nothing_written=True)
    return await hand_out(
        session,
        principal,
        point,
        product,
        data.quantity,
        channel=DispenseChannel.machine,
        resident_id=None,
        person_hash=person_hash,
        claim_machine_interval=True,
        min_shelf_days=settings.dispense_min_shelf_days,
        now=now,
    )


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
    settings: Settings | None = None,
    updated_since: datetime | None = None,
    dispensed_from: date | None = None,
    dispensed_to: date | None = None,
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
    stmt = stmt.where(*date_range(Dispensation.dispensed_on, dispensed_from, dispensed_to, "dispensed"))
    return await page_or_feed(
        session,
        stmt,
        id_column=Dispensation.id,
        updated_column=Dispensation.dispensed_at,
        settings=settings,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
        descending=True,
    )
