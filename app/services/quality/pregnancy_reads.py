"""Pregnancy follow-ups on the fast read path (app/read_path.py): newest first, with visits.

The scope is ``pregnancies.pregnancy_scope`` (the pregnancy's org in the caller's subtree). Each row
carries the resident's name (a correlated scalar subquery), its visits (in visit-date order, one
more query per page), ``overdue`` judged on the request's date and the workflow's next steps, as
``pregnancies.to_reads`` built them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, select

from app.models.core.resident import Resident
from app.models.quality.pregnancy import Pregnancy, PregnancyState, PregnancyVisit
from app.read_path import ReadPath, Related, Row
from app.schemas.quality.pregnancy import PregnancyRead, VisitRead
from app.services.quality.pregnancies import WORKFLOW, pregnancy_scope

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


def _late(day: str) -> ColumnElement[bool]:
    return (Pregnancy.state == _FOLLOWING) & (Pregnancy.next_visit_due_on < bindparam(day))


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
    filters={
        "state": lambda: Pregnancy.state == bindparam("state"),
        "resident_id": lambda: Pregnancy.resident_id == bindparam("resident_id"),
        "overdue": lambda: _late("overdue"),
        "not_overdue": lambda: ~_late("not_overdue"),
    },
    derived=("visits", "overdue", "next_steps"),
    complete=_complete,
    descending=True,
)


def filters(
    *, state: PregnancyState | None, overdue: bool | None, resident_id: int | None, today: date
) -> dict[str, Any]:
    """The list's query parameters as :data:`PREGNANCIES`' filter values (``overdue`` binds the day)."""
    return {
        "state": state.value if state is not None else None,
        "resident_id": resident_id,
        "overdue": today if overdue is True else None,
        "not_overdue": today if overdue is False else None,
    }
