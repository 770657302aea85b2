"""Staff reads of feedback and complaints on the fast read path, for callers who do not handle
feedback (the district, units, integration systems): they never see the submitter's contact, so
nothing is decrypted or audited. Those who handle feedback (communities and streets) see the
contact, decrypted and audited, on the session path (app/services/grassroots/feedback.py).

The scope is :func:`app.services.grassroots.scope.owned`. ``overdue`` is judged on the request's
date (the context), as the session path judged it; ``answered_on_time`` compares two columns.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam

from app.authz import Principal
from app.models.grassroots.sunshine import Feedback, FeedbackCategory, FeedbackStatus
from app.read_path import ReadPath, Row, note_provisional_due
from app.schemas.grassroots.sunshine import FeedbackRead
from app.services.grassroots.feedback import OPEN_STATES
from app.services.grassroots.scope import owned

HANDLES = "feedback:handle"
_OPEN = frozenset(state.value for state in OPEN_STATES)


def feedback_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Feedback.org_id, principal)


def _overdue(name: str) -> ColumnElement[bool]:
    """:func:`app.services.grassroots.feedback.overdue` on a bound date."""
    day: Any = bindparam(name)
    return Feedback.status.in_(OPEN_STATES) & (Feedback.due_on < day)


async def _judged(rows: list[Row], today: date) -> None:
    for row in rows:
        row["contact"] = None
        row["overdue"] = str(row["status"]) in _OPEN and row["due_on"] < today
        answered = row["answered_on"]
        row["answered_on_time"] = None if answered is None else answered <= row["due_on"]
    note_provisional_due(rows)


FEEDBACK = ReadPath(
    model=Feedback,
    schema=FeedbackRead,
    scope=feedback_scope,
    label="Feedback",
    filters={
        "status": lambda: Feedback.status == bindparam("status"),
        "category": lambda: Feedback.category == bindparam("category"),
        "org_id": lambda: Feedback.org_id == bindparam("org_id"),
        "overdue_on": lambda: _overdue("overdue_on"),
        "not_overdue_on": lambda: ~_overdue("not_overdue_on"),
        "escalated": lambda: Feedback.escalated_to_id.is_not(None),
        "not_escalated": lambda: Feedback.escalated_to_id.is_(None),
    },
    derived=("contact", "overdue", "due_note", "answered_on_time"),
    complete=_judged,
    descending=True,
)


def filters(
    *,
    today: date,
    status: FeedbackStatus | None,
    category: FeedbackCategory | None,
    org_id: int | None,
    overdue: bool | None,
    escalated: bool | None,
) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`FEEDBACK`'s filters."""
    return {
        "status": status.value if status is not None else None,
        "category": category.value if category is not None else None,
        "org_id": org_id,
        "overdue_on": today if overdue is True else None,
        "not_overdue_on": today if overdue is False else None,
        "escalated": True if escalated is True else None,
        "not_escalated": True if escalated is False else None,
    }


async def page(principal: Principal, *, today: date, limit: int, cursor: str | None, **query: Any) -> Any:
    """A page of the list (the response) for a caller who does not handle feedback; ``query``: the
    list's query parameters (status, category, org_id, overdue, escalated)."""
    values = filters(today=today, **query)
    return await FEEDBACK.page(principal, limit=limit, cursor=cursor, context=today, **values)
