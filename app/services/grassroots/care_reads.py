"""The Reproductive Care Action (生育关怀行动) on the fast read path: suggestions, cases, assistance.

Cases and their assistance are scoped as in app/services/grassroots/care.py (:func:`case_scope`: a
case of an org in the caller's subtree); a case's assistance answers 404 when the case is outside
it, as before. Suggestions are the families of :func:`app.authz.family_scope` the records say need
care (bereaved: children recorded, none living or disabled; or an only child disabled) without an
active case. Visits stay on the session path: reading their notes is audited
(app/services/grassroots/care_visits.py).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, bindparam, exists, select

from app.authz import Principal
from app.list_filters import Equals, Flag, ListFilters
from app.models.core.family import Family
from app.models.grassroots.care import (
    CareAssistance,
    CareCase,
    CareKind,
    CareStatus,
    CareVisit,
)
from app.read_path import ReadPath, Row
from app.schemas.common import DbId
from app.schemas.grassroots.care import CareAssistanceRead, CareCaseRead, CareSuggestion
from app.services.grassroots.care import quarter_start
from app.services.grassroots.scope import (
    active_case,
    assistance_scope,
    bereaved,
    case_scope,
    suggestion_scope,
)


async def _kind_and_reason(rows: list[Row], _context: Any) -> None:
    for row in rows:
        bereaved = bool(row["bereaved"])
        row["kind"] = (CareKind.bereaved if bereaved else CareKind.disabled_child).value
        row["reason"] = "子女均已死亡，现无存活子女" if bereaved else "独生子女伤残"


SUGGESTIONS = ReadPath(
    model=Family,
    schema=CareSuggestion,
    scope=suggestion_scope,
    label="Family",
    columns={"family_id": Family.__table__.c.id, "id": Family.__table__.c.id, "bereaved": bereaved()},
    derived=("kind", "reason"),
    complete=_kind_and_reason,
)


def _visited(start: Any, end: Any) -> ColumnElement[bool]:
    return exists(
        select(CareVisit.id).where(CareVisit.case_id == CareCase.id, CareVisit.visited_on.between(start, end))
    )


def _late(today: Any) -> ColumnElement[bool]:
    # never unknown: a case not yet paired has no due date, so it is not late (visit_overdue=false)
    return active_case() & CareCase.next_visit_due_on.is_not(None) & (CareCase.next_visit_due_on < today)


def _this_quarter(today: date) -> tuple[date, date]:
    """ "This quarter": from the quarter's first day to ``today``."""
    return quarter_start(today), today


class CaseFilters(ListFilters):
    """The care case list's query parameters."""

    status: Annotated[CareStatus | None, Equals(CareCase.status)] = None
    kind: Annotated[CareKind | None, Equals(CareCase.kind)] = None
    worker_id: Annotated[DbId | None, Equals(CareCase.worker_id)] = None
    unvisited_this_quarter: Annotated[
        bool | None,
        Flag(
            lambda start, end: active_case() & ~_visited(start, end),
            lambda start, end: active_case() & _visited(start, end),
            values=_this_quarter,
        ),
    ] = None
    visit_overdue: Annotated[
        bool | None,
        Field(description="Paired cases whose next scheduled visit is past"),
        Flag(_late, lambda today: ~_late(today), values=lambda today: (today,)),
    ] = None


CASES = ReadPath(
    model=CareCase, schema=CareCaseRead, scope=case_scope, label="Care case", filters=CaseFilters
)


ASSISTANCE = ReadPath(
    model=CareAssistance,
    schema=CareAssistanceRead,
    scope=assistance_scope,
    label="Care assistance",
    filters={"case_id": lambda: CareAssistance.case_id == bindparam("case_id")},
)


async def assistance_page(principal: Principal, case_id: int, *, limit: int, cursor: str | None) -> Any:
    """The case's assistance, oldest first; 404 when the case is outside the caller's scope."""
    await CASES.one(principal, case_id)
    return await ASSISTANCE.page(principal, limit=limit, cursor=cursor, case_id=case_id)
