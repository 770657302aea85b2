"""Assignments (任务分解到人) and their notes on the fast read path.

The scope is :func:`app.services.leadership.scope.org_id_scope` on the assignment's org, as
app/services/leadership/assignments.py uses it. ``needs_reassignment`` (the assignee is deactivated
or works elsewhere now) is that service's correlated test (:func:`assignee_gone`), read as a column
of the same statement and used as the filter. A note is seen where its assignment is.
"""

from __future__ import annotations

from typing import Annotated

from sqlalchemy import bindparam, not_

from app.list_filters import Equals, Flag, ListFilters
from app.models.leadership.assignment import Assignment, AssignmentNote, AssignmentStatus
from app.read_path import ReadPath, Seen
from app.schemas.common import DbId
from app.schemas.leadership.assignment import AssignmentNoteRead, AssignmentRead
from app.services.leadership.assignments import assignee_gone, assignee_name
from app.services.leadership.scope import assignment_scope, note_scope

LABEL = "Assignment"


class AssignmentFilters(ListFilters):
    """The assignment list's query parameters."""

    book_id: Annotated[DbId | None, Equals(Assignment.book_id)] = None
    assignee_id: Annotated[DbId | None, Equals(Assignment.assignee_id)] = None
    status: Annotated[AssignmentStatus | None, Equals(Assignment.status)] = None
    needs_reassignment: Annotated[bool | None, Flag(assignee_gone, lambda: not_(assignee_gone()))] = None


ASSIGNMENTS = ReadPath(
    model=Assignment,
    schema=AssignmentRead,
    scope=assignment_scope,
    label=LABEL,
    columns={"needs_reassignment": assignee_gone(), "assignee_name": assignee_name()},
    filters=AssignmentFilters,
)


# Whether the caller sees an assignment (404 otherwise), before its notes are answered.
ASSIGNMENT_SEEN = ReadPath(model=Assignment, schema=Seen, scope=assignment_scope, label=LABEL)


NOTES = ReadPath(
    model=AssignmentNote,
    schema=AssignmentNoteRead,
    scope=note_scope,
    label="Note",
    filters={"assignment_id": lambda: AssignmentNote.assignment_id == bindparam("assignment_id")},
)
