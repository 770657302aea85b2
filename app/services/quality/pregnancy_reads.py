"""Pregnancy follow-ups on the fast read path (app/read_path.py): newest first, with visits.

The scope is ``scope.pregnancy_scope`` (the pregnancy's org in the caller's subtree). Each row
carries the resident's name (a correlated scalar subquery), its visits (in visit-date order, one
more query per page), ``overdue`` judged on the request's date and the workflow's next steps, as
``pregnancies.to_reads`` built them.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from sqlalchemy import ColumnElement, select

from app.list_filters import Equals, Flag, ListFilters
from app.models.core.resident import Resident
from app.models.quality.pregnancy import Pregnancy, PregnancyState, PregnancyVisit
from app.read_path import ReadPath, Related, Row
from app.schemas.common import DbId
from app.schemas.quality.pregnancy import PregnancyRead, VisitRead
from app.services.quality.pregnancies import WORKFLOW
from app.services.quality.scope import pregnancy_scope

_FOLLOWING = PregnancyState.following.value

_VISITS = Related(
    *(PregnancyVisit.__table__.c[name] for name in VisitRead.model_fields),
    key=PregnancyVisit.pregnancy_id,
    order_by=PregnancyVisit.visited_on,
)


async def _complete(rows: list[Row], today: date) -> None:
    visits = await _VISITS.fetch([row["id"] for row in rows])
    for row in rows:
        state = str(row["state"])
        due = row["next_visit_due_on"]
        row["visits"] = sorted(visits[row["id"]], key=lambda v: (v["visited_on"], v["id"]))
        row["overdue"] = state == _FOLLOWING and due is not None and due < today
        row["next_steps"] = WORKFLOW.allowed(state)


def _late(day: Any) -> ColumnElement[bool]:
    return (Pregnancy.state == _FOLLOWING) & (Pregnancy.next_visit_due_on < day)


class PregnancyFilters(ListFilters):
    """The pregnancy list's query parameters (``overdue`` is judged on the request's date)."""

    state: Annotated[PregnancyState | None, Equals(Pregnancy.state)] = None
    overdue: Annotated[
        bool | None, Flag(_late, lambda today: ~_late(today), values=lambda today: (today,))
    ] = None
    resident_id: Annotated[DbId | None, Equals(Pregnancy.resident_id)] = None


PREGNANCIES = ReadPath(
    model=Pregnancy,
    schema=PregnancyRead,
    scope=pregnancy_scope,
    label="Pregnancy",
    columns={
        "resident_name": select(Resident.name)
        .where(Resident.id == Pregnancy.resident_id)
        .correlate(Pregnancy)
        .scalar_subquery()
    },
    filters=PregnancyFilters,
    derived=("visits", "overdue", "next_steps"),
    complete=_complete,
    descending=True,
)
