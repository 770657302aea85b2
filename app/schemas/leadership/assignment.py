"""Assignments of a book's indicators or tasks to named workers, and their progress notes."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.models.leadership.assignment import AssignmentStatus
from app.schemas.common import IsoDate, ORMModel, StorableBody
from app.schemas.leadership.book import Id, Text


class AssignmentCreate(StorableBody):
    book_id: Id
    book_indicator_id: Id | None = None
    task: str = Field(min_length=1, max_length=500)
    assignee_id: Id
    due_on: IsoDate


class AssignmentNoteCreate(StorableBody):
    note: Text
    progress_percent: int | None = Field(default=None, ge=0, le=100)
    done: bool = False


class Reassign(StorableBody):
    """Move every open assignment of ``from_user_id`` in the caller's area to ``to_user_id``."""

    from_user_id: Id
    to_user_id: Id
    note: str = Field(default="", max_length=500)


class AssignmentRead(ORMModel):
    id: int
    book_id: int
    book_indicator_id: int | None
    org_id: int
    task: str
    assignee_id: int
    assignee_name: str | None = Field(default=None, description="The assignee's name (the user's full name)")
    due_on: date
    status: AssignmentStatus
    progress_percent: int
    version: int
    needs_reassignment: bool = False


class AssignmentNoteRead(ORMModel):
    id: int
    assignment_id: int
    note: str
    progress_percent: int | None
    written_by: int | None
    written_at: datetime


class ReassignResult(StorableBody):
    moved: list[int]
