"""Workers and trainings (Task 1, the network) on the fast read path: the scoped lists and the
masked single worker read.

The scope is :func:`app.services.grassroots.scope.owned`: a row of an org in the caller's subtree,
the same filter app/services/grassroots/network.py uses. A worker's phone is the stored masked form
(``WorkerRead.phone`` ← ``phone_masked``); revealing it (``?reveal=true``) is audited and goes
through the session path. A training's attendees are read for a whole page in one more query.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, and_, or_

from app.list_filters import Equals, ListFilters, Where
from app.models.grassroots.network import Training, TrainingAttendance, Worker, WorkerKind
from app.read_path import ReadPath, Related, Row
from app.schemas.common import DbId, IsoDate
from app.schemas.grassroots.network import TrainingRead, WorkerRead
from app.services.grassroots.scope import training_scope, worker_scope


def _serving_on(day: Any) -> ColumnElement[bool]:
    """:func:`app.services.grassroots.network.serving` on a bound date: started and not yet ended."""
    return and_(Worker.started_on <= day, or_(Worker.ended_on.is_(None), Worker.ended_on >= day))


class WorkerFilters(ListFilters):
    """The worker list's query parameters."""

    org_id: Annotated[DbId | None, Equals(Worker.org_id)] = None
    kind: Annotated[WorkerKind | None, Equals(Worker.kind)] = None
    serving_on: Annotated[IsoDate | None, Where(_serving_on)] = None


WORKERS = ReadPath(model=Worker, schema=WorkerRead, scope=worker_scope, label="Worker", filters=WorkerFilters)


ATTENDEES = Related(
    TrainingAttendance.worker_id, key=TrainingAttendance.training_id, order_by=TrainingAttendance.worker_id
)


async def _with_attendees(rows: list[Row], _context: Any) -> None:
    attendees = await ATTENDEES.fetch([row["id"] for row in rows])
    for row in rows:
        row["worker_ids"] = [attendee["worker_id"] for attendee in attendees[row["id"]]]


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


class TrainingFilters(ListFilters):
    """The training list's query parameters: ``year`` is 1 January to 31 December, both included."""

    year: Annotated[
        int | None,
        Field(ge=2000, le=2100),
        Where(lambda start, end: (Training.held_on >= start) & (Training.held_on <= end), values=_year),
    ] = None


TRAININGS = ReadPath(
    model=Training,
    schema=TrainingRead,
    scope=training_scope,
    label="Training",
    filters=TrainingFilters,
    derived=("worker_ids",),
    complete=_with_attendees,
)
