"""Provisional deadlines: counted by the weekday rule into a year whose holidays are unknown, then
counted again when that year's arrangement arrives.

A record with a legal deadline (a service request, a complaint, an exchange message) asks
``working_days.deadline`` for its due date and hands the answer to ``track``: a provisional one is
kept here with what it was counted from, a settled one forgets any earlier provisional count. When a
year is entered by the district or loaded from the package, ``settle`` counts every deadline waiting
for that year again and gives the record its new date through the *keeper* its area registered
(core cannot import the areas): the record's version is bumped (so it appears in the change feed),
the change is audited and a ``deadline.recomputed`` event goes to the webhook subscribers.

A date given to a resident is a promise: when the real calendar gives an earlier date (make-up
working days), the provisional date is kept and the audit row and the event say so
(``earlier_date_not_applied``); a later date (holidays) replaces it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, outbox
from app.authz import Principal
from app.models.core.calendar import ProvisionalDeadline
from app.models.core.org import Org
from app.services.core.working_days import Deadline, deadline, load_calendar, year_known_hooks, years_spanned

# (session, object id, field, new date, still provisional) -> the record's org path, None if it is gone.
DeadlineKeeper = Callable[[AsyncSession, int, str, date, bool], Awaitable[str | None]]

keepers: dict[str, DeadlineKeeper] = {}

SYSTEM_ACTOR = "system:calendar"


def register(object_type: str, model: Any, org_column: Any) -> None:
    """An area names its records with deadlines: the model and its org column (idempotent)."""
    keepers[object_type] = keeper_of(object_type, model, org_column)


async def track(
    session: AsyncSession,
    object_type: str,
    object_id: int,
    field: str,
    counted_from: date,
    working_days: int,
    due: Deadline,
) -> None:
    """Keep the basis of a provisional deadline, or forget an earlier one the record no longer has."""
    kept = (
        await session.execute(
            select(ProvisionalDeadline).where(
                ProvisionalDeadline.object_type == object_type,
                ProvisionalDeadline.object_id == object_id,
                ProvisionalDeadline.field == field,
            )
        )
    ).scalar_one_or_none()
    if not due.provisional:
        if kept is not None:
            await session.delete(kept)
        return
    if kept is None:
        kept = ProvisionalDeadline(object_type=object_type, object_id=object_id, field=field)
        session.add(kept)
    kept.counted_from, kept.working_days = counted_from, working_days
    kept.due_on, kept.unknown_year = due.on, due.unknown_years[0]
    await session.flush()


async def give(
    session: AsyncSession,
    record: Any,
    object_type: str,
    field: str,
    counted_from: date,
    working_days: int,
) -> Deadline:
    """Set ``record.<field>`` to the deadline ``working_days`` after ``counted_from`` and its
    ``due_provisional`` flag (any of its deadlines provisional); add and flush a new record."""
    due = await deadline(session, counted_from, working_days)
    setattr(record, field, due.on)
    if record.id is None:
        session.add(record)
        await session.flush()
    await track(session, object_type, record.id, field, counted_from, working_days, due)
    record.due_provisional = due.provisional or await _waiting(session, object_type, record.id, field)
    return due


async def _waiting(session: AsyncSession, object_type: str, object_id: int, but: str) -> bool:
    """Whether another deadline of the record is still provisional."""
    other = await session.execute(
        select(ProvisionalDeadline.id).where(
            ProvisionalDeadline.object_type == object_type,
            ProvisionalDeadline.object_id == object_id,
            ProvisionalDeadline.field != but,
        )
    )
    return other.first() is not None


def keeper_of(object_type: str, model: Any, org_column: Any) -> DeadlineKeeper:
    """The keeper of a model with an ``id``, the date columns and ``due_provisional``: it sets the
    recounted date and answers the org path of the record's org (``org_column``)."""

    async def keep(
        session: AsyncSession, object_id: int, field: str, on: date, provisional: bool
    ) -> str | None:
        row = (
            await session.execute(
                select(model, Org.path).join(Org, Org.id == org_column).where(model.id == object_id)
            )
        ).one_or_none()
        if row is None:
            return None
        record, path = row
        setattr(record, field, on)
        record.due_provisional = provisional or await _waiting(session, object_type, object_id, field)
        await session.flush()
        return str(path)

    return keep


async def forget(session: AsyncSession, object_type: str, object_id: int, field: str) -> None:
    """The record's deadline no longer runs (cleared, or the record is gone)."""
    await session.execute(
        delete(ProvisionalDeadline).where(
            ProvisionalDeadline.object_type == object_type,
            ProvisionalDeadline.object_id == object_id,
            ProvisionalDeadline.field == field,
        )
    )


async def settle(session: AsyncSession, year: int, actor: Principal | None) -> int:
    """Count again every deadline whose first unknown year is known now (``year`` has just been
    entered or loaded: the audit rows name it); returns how many records changed.

    The calendar is read once for every year the waiting deadlines reach; a year the package knows
    that is loaded on the way is counted with here, not settled again on its own."""
    waiting = list(
        (await session.execute(select(ProvisionalDeadline).order_by(ProvisionalDeadline.id))).scalars()
    )
    if not waiting:
        return 0
    last = max(years_spanned(k.counted_from, k.working_days)[-1] for k in waiting)
    start = min(k.counted_from for k in waiting)
    calendar = await load_calendar(session, start, date(last, 12, 31), settle=False)
    changed = 0
    for kept in waiting:
        if calendar.known_years is not None and kept.unknown_year not in calendar.known_years:
            continue  # still waiting for that year
        counted = calendar.deadline(kept.counted_from, kept.working_days)
        applied = max(counted.on, kept.due_on)
        if counted.provisional and applied == kept.due_on:
            kept.unknown_year = counted.unknown_years[0]  # nothing a reader sees has changed
            continue
        keeper = keepers.get(kept.object_type)
        scope_path = None
        if keeper is not None:
            scope_path = await keeper(session, kept.object_id, kept.field, applied, counted.provisional)
        if scope_path is not None:
            changed += 1
            await _announce(session, kept, counted, applied, scope_path, year, actor)
        if counted.provisional and scope_path is not None:
            kept.due_on, kept.unknown_year = applied, counted.unknown_years[0]
        else:
            await session.delete(kept)
    await session.flush()
    return changed


async def _announce(
    session: AsyncSession,
    kept: ProvisionalDeadline,
    counted: Deadline,
    applied: date,
    scope_path: str,
    year: int,
    actor: Principal | None,
) -> None:
    detail = {
        "field": kept.field,
        "year": year,
        "provisional_due_on": kept.due_on.isoformat(),
        "counted_due_on": counted.on.isoformat(),
        "due_on": applied.isoformat(),
        "still_provisional": counted.provisional,
        "earlier_date_not_applied": counted.on < kept.due_on,
    }
    await audit.record(
        session,
        actor=actor,
        actor_username=None if actor else SYSTEM_ACTOR,
        action="deadline.recomputed",
        object_type=kept.object_type,
        object_id=kept.object_id,
        scope_path=scope_path,
        detail=detail,
    )
    await outbox.emit(
        session,
        "deadline.recomputed",
        {"object_type": kept.object_type, "object_id": kept.object_id, **detail},
        scope_path=scope_path,
    )


def register_hooks() -> None:
    """Settle when a year becomes known (idempotent)."""
    if settle not in year_known_hooks:
        year_known_hooks.append(settle)


register_hooks()
