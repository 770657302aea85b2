"""Workers and trainings (Task 1, the network) on the fast read path: the scoped lists and the
masked single worker read.

The scope is :func:`app.services.grassroots.scope.owned`: a row of an org in the caller's subtree,
the same filter app/services/grassroots/network.py uses. A worker's phone is the stored masked form
(``WorkerRead.phone`` ← ``phone_masked``); revealing it (``?reveal=true``) is audited and goes
through the session path. A training's attendees are read for a whole page in one more query.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, or_

from app.authz import Principal
from app.models.grassroots.network import Training, TrainingAttendance, Worker, WorkerKind
from app.read_path import ReadPath, Related, Row
from app.schemas.grassroots.network import TrainingRead, WorkerRead
from app.services.grassroots.scope import owned


def worker_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Worker.org_id, principal)


def training_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Training.org_id, principal)


def _serving_on() -> ColumnElement[bool]:
    """:func:`app.services.grassroots.network.serving` on a bound date: started and not yet ended."""
    day: Any = bindparam("serving_on")
    return and_(Worker.started_on <= day, or_(Worker.ended_on.is_(None), Worker.ended_on >= day))


WORKERS = ReadPath(
    model=Worker,
    schema=WorkerRead,
    scope=worker_scope,
    label="Worker",
    filters={
        "org_id": lambda: Worker.org_id == bindparam("org_id"),
        "kind": lambda: Worker.kind == bindparam("kind"),
        "serving_on": _serving_on,
    },
)


def worker_filters(*, org_id: int | None, kind: WorkerKind | None, serving_on: date | None) -> dict[str, Any]:
    """The worker list's query parameters as the values of :data:`WORKERS`' filters."""
    return {"org_id": org_id, "kind": kind.value if kind is not None else None, "serving_on": serving_on}


ATTENDEES = Related(
    TrainingAttendance.worker_id, key=TrainingAttendance.training_id, order_by=TrainingAttendance.worker_id
)


async def _with_attendees(rows: list[Row], _context: Any) -> None:
    attendees = await ATTENDEES.fetch([row["id"] for row in rows])
    for row in rows:
        row["worker_ids"] = [attendee["worker_id"] for attendee in attendees[row["id"]]]


TRAININGS = ReadPath(
    model=Training,
    schema=TrainingRead,
    scope=training_scope,
    label="Training",
    filters={
        "held_from": lambda: Training.held_on >= bindparam("held_from"),
        "held_to": lambda: Training.held_on <= bindparam("held_to"),
    },
    derived=("worker_ids",),
    complete=_with_attendees,
)


def year_filters(year: int | None) -> dict[str, Any]:
    """``year``: held between 1 January and 31 December of it, both included (the old ``between``)."""
    if year is None:
        return {}
    return {"held_from": date(year, 1, 1), "held_to": date(year, 12, 31)}
