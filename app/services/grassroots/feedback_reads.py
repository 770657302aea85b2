"""Staff reads of feedback and complaints on the fast read path, for callers who do not handle
feedback (the district, units, integration systems): they never see the submitter's contact, so
nothing is decrypted or audited. Those who handle feedback (communities and streets) see the
contact, decrypted and audited, on the session path (app/services/grassroots/feedback.py).

The scope is :func:`app.services.grassroots.scope.owned`. ``overdue`` is judged on the request's
date (the context), as the session path judged it; ``answered_on_time`` compares two columns.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from sqlalchemy import ColumnElement

from app.authz import Principal
from app.list_filters import Equals, Flag, ListFilters
from app.models.grassroots.sunshine import Feedback, FeedbackCategory, FeedbackStatus
from app.read_path import ReadPath, Row, note_provisional_due
from app.schemas.common import DbId
from app.schemas.grassroots.sunshine import FeedbackRead
from app.services.grassroots.feedback import OPEN_STATES
from app.services.grassroots.scope import feedback_scope

HANDLES = "feedback:handle"
_OPEN = frozenset(state.value for state in OPEN_STATES)


def _overdue(day: Any) -> ColumnElement[bool]:
    """:func:`app.services.grassroots.feedback.overdue` on a bound date."""
    return Feedback.status.in_(OPEN_STATES) & (Feedback.due_on < day)


async def _judged(rows: list[Row], today: date) -> None:
    for row in rows:
        row["contact"] = None
        row["overdue"] = str(row["status"]) in _OPEN and row["due_on"] < today
        answered = row["answered_on"]
        row["answered_on_time"] = None if answered is None else answered <= row["due_on"]
    note_provisional_due(rows)


class FeedbackFilters(ListFilters):
    """The feedback list's query parameters."""

    status: Annotated[FeedbackStatus | None, Equals(Feedback.status)] = None
    category: Annotated[FeedbackCategory | None, Equals(Feedback.category)] = None
    org_id: Annotated[DbId | None, Equals(Feedback.org_id)] = None
    overdue: Annotated[
        bool | None, Flag(_overdue, lambda today: ~_overdue(today), values=lambda today: (today,))
    ] = None
    escalated: Annotated[
        bool | None,
        Flag(lambda: Feedback.escalated_to_id.is_not(None), lambda: Feedback.escalated_to_id.is_(None)),
    ] = None


FEEDBACK = ReadPath(
    model=Feedback,
    schema=FeedbackRead,
    scope=feedback_scope,
    label="Feedback",
    filters=FeedbackFilters,
    derived=("contact", "overdue", "due_note", "answered_on_time"),
    complete=_judged,
    descending=True,
)


async def page(
    principal: Principal, *, today: date, limit: int, cursor: str | None, where: FeedbackFilters
) -> Any:
    """A page of the list (the response) for a caller who does not handle feedback."""
    return await FEEDBACK.page(principal, limit=limit, cursor=cursor, context=today, where=where, today=today)
