"""Assignments (任务分解到人) and their notes on the fast read path.

The scope is :func:`app.services.leadership.scope.org_id_scope` on the assignment's org, as
app/services/leadership/assignments.py uses it. ``needs_reassignment`` (the assignee is deactivated
or works elsewhere now) is that service's correlated test (:func:`assignee_gone`), read as a column
of the same statement and used as the filter. A note is seen where its assignment is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, bindparam, not_, select

from app.authz import Principal
from app.models.leadership.assignment import Assignment, AssignmentNote, AssignmentStatus
from app.read_path import ReadPath, Seen
from app.schemas.leadership.assignment import AssignmentNoteRead, AssignmentRead
from app.services.leadership.assignments import assignee_gone, assignee_name
from app.services.leadership.scope import org_id_scope

LABEL = "Assignment"


def assignment_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(Assignment.org_id, principal)


ASSIGNMENTS = ReadPath(
    model=Assignment,
    schema=AssignmentRead,
    scope=assignment_scope,
    label=LABEL,
    columns={"needs_reassignment": assignee_gone(), "assignee_name": assignee_name()},
    filters={
        "book_id": lambda: Assignment.book_id == bindparam("book_id"),
        "assignee_id": lambda: Assignment.assignee_id == bindparam("assignee_id"),
        "status": lambda: Assignment.status == bindparam("status"),
        "gone": assignee_gone,
        "staying": lambda: not_(assignee_gone()),
    },
)


def filters(
    *,
    book_id: int | None,
    assignee_id: int | None,
    status: AssignmentStatus | None,
    needs_reassignment: bool | None,
) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`ASSIGNMENTS`' filters."""
    return {
        "book_id": book_id,
        "assignee_id": assignee_id,
        "status": status.value if status is not None else None,
        "gone": True if needs_reassignment is True else None,
        "staying": True if needs_reassignment is False else None,
    }


# Whether the caller sees an assignment (404 otherwise), before its notes are answered.
ASSIGNMENT_SEEN = ReadPath(model=Assignment, schema=Seen, scope=assignment_scope, label=LABEL)


def _note_scope(principal: Principal) -> ColumnElement[bool]:
    return AssignmentNote.assignment_id.in_(select(Assignment.id).where(assignment_scope(principal)))


NOTES = ReadPath(
    model=AssignmentNote,
    schema=AssignmentNoteRead,
    scope=_note_scope,
    label="Note",
    filters={"assignment_id": lambda: AssignmentNote.assignment_id == bindparam("assignment_id")},
)
