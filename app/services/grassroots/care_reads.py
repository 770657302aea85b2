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
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, exists, func, or_, select

from app.authz import Principal, family_scope
from app.models.core.family import Child, ChildStatus, Family
from app.models.grassroots.care import CareAssistance, CareCase, CareKind, CareStatus, CareVisit
from app.read_path import ReadPath, Row
from app.schemas.grassroots.care import CareAssistanceRead, CareCaseRead, CareSuggestion
from app.services.grassroots.care import ACTIVE, case_scope, quarter_start


def _active() -> ColumnElement[bool]:
    return CareCase.status.in_(ACTIVE)


def _children(*where: ColumnElement[bool]) -> ColumnElement[int]:
    return (
        select(func.count(Child.id))
        .where(Child.family_id == Family.id, *where)
        .correlate(Family)
        .scalar_subquery()
    )


def _bereaved() -> ColumnElement[bool]:
    """Children recorded, none of them living or disabled."""
    return and_(
        _children() > 0,
        _children(Child.status == ChildStatus.living.value) == 0,
        _children(Child.status == ChildStatus.disabled.value) == 0,
    )


def _disabled_only_child() -> ColumnElement[bool]:
    return and_(_children() == 1, _children(Child.status == ChildStatus.disabled.value) == 1)


def suggestion_scope(principal: Principal) -> ColumnElement[bool]:
    """The caller's families that need care and have no active case."""
    has_case = exists(select(CareCase.id).where(CareCase.family_id == Family.id, _active()).correlate(Family))
    return and_(family_scope(principal), or_(_bereaved(), _disabled_only_child()), ~has_case)


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
    columns={"family_id": Family.__table__.c.id, "id": Family.__table__.c.id, "bereaved": _bereaved()},
    derived=("kind", "reason"),
    complete=_kind_and_reason,
)


def _visited(start: str, end: str) -> ColumnElement[bool]:
    return exists(
        select(CareVisit.id).where(
            CareVisit.case_id == CareCase.id, CareVisit.visited_on.between(bindparam(start), bindparam(end))
        )
    )


def _late(today: str) -> ColumnElement[bool]:
    return _active() & (CareCase.next_visit_due_on < bindparam(today))


CASES = ReadPath(
    model=CareCase,
    schema=CareCaseRead,
    scope=case_scope,
    label="Care case",
    filters={
        "status": lambda: CareCase.status == bindparam("status"),
        "kind": lambda: CareCase.kind == bindparam("kind"),
        "worker_id": lambda: CareCase.worker_id == bindparam("worker_id"),
        # The quarter's window takes two values, and a filter binds only its own: each of the pair
        # carries the whole condition (the second adds nothing), and filters() sets both or neither.
        "visited_from": lambda: _active() & _visited("visited_from", "visited_to"),
        "visited_to": lambda: _visited("visited_from", "visited_to"),
        "unvisited_from": lambda: _active() & ~_visited("unvisited_from", "unvisited_to"),
        "unvisited_to": lambda: ~_visited("unvisited_from", "unvisited_to"),
        "overdue_on": lambda: _late("overdue_on"),
        "not_overdue_on": lambda: ~_late("not_overdue_on"),
    },
)


def filters(
    *,
    today: date,
    status: CareStatus | None,
    kind: CareKind | None,
    worker_id: int | None,
    unvisited_this_quarter: bool | None,
    visit_overdue: bool | None,
) -> dict[str, Any]:
    """The case list's query parameters as the values of :data:`CASES`' filters: "this quarter" is
    from the quarter's first day to ``today``, "overdue" a next visit due before ``today``."""
    window = {"from": quarter_start(today), "to": today}
    prefix = {True: "unvisited_", False: "visited_", None: None}[unvisited_this_quarter]
    values: dict[str, Any] = {
        "status": status.value if status is not None else None,
        "kind": kind.value if kind is not None else None,
        "worker_id": worker_id,
        "overdue_on": today if visit_overdue is True else None,
        "not_overdue_on": today if visit_overdue is False else None,
    }
    if prefix is not None:
        values |= {prefix + end: day for end, day in window.items()}
    return values


ASSISTANCE = ReadPath(
    model=CareAssistance,
    schema=CareAssistanceRead,
    scope=lambda principal: CareAssistance.case_id.in_(select(CareCase.id).where(case_scope(principal))),
    label="Care assistance",
    filters={"case_id": lambda: CareAssistance.case_id == bindparam("case_id")},
)


async def assistance_page(principal: Principal, case_id: int, *, limit: int, cursor: str | None) -> Any:
    """The case's assistance, oldest first; 404 when the case is outside the caller's scope."""
    await CASES.one(principal, case_id)
    return await ASSISTANCE.page(principal, limit=limit, cursor=cursor, case_id=case_id)
