"""Decomposition to people (任务分解到人): a book's indicators or tasks assigned to named workers.

An assignee is an active user of the book's community or unit, or of its street. When a worker
leaves — the account is deactivated, or moved to an org outside the book's community/unit and
street — their open assignments are listed for reassignment (``needs_reassignment``) and moved to
a successor in one call; each move is noted on the assignment.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, not_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.db import utcnow
from app.errors import Unprocessable
from app.models.core.user import User
from app.models.leadership.assignment import Assignment, AssignmentNote, AssignmentStatus
from app.models.leadership.book import BookIndicator, BookStatus, ResponsibilityBook
from app.schemas.leadership.assignment import AssignmentCreate, AssignmentNoteCreate, AssignmentRead, Reassign
from app.services.core.loading import one_or_404
from app.services.leadership.books import get_book
from app.services.leadership.scope import org_id_scope


def assignee_gone() -> ColumnElement[bool]:
    """The assignee is deactivated or no longer works in the book's org or its street."""
    stays = exists(
        select(User.id)
        .join(ResponsibilityBook, ResponsibilityBook.id == Assignment.book_id)
        .where(
            User.id == Assignment.assignee_id,
            User.is_active.is_(True),
            or_(User.org_id == ResponsibilityBook.org_id, User.org_id == ResponsibilityBook.street_id),
        )
        .correlate(Assignment)
    )
    return and_(Assignment.status == AssignmentStatus.open, not_(stays))


def assignee_name() -> ColumnElement[str]:
    """The assignee's full name, for the rows a screen shows."""
    return (
        select(User.full_name)
        .where(User.id == Assignment.assignee_id)
        .correlate(Assignment)
        .scalar_subquery()
    )


async def to_reads(session: AsyncSession, items: list[Assignment]) -> list[AssignmentRead]:
    if not items:
        return []
    rows = await session.execute(
        select(Assignment.id, assignee_gone(), assignee_name()).where(
            Assignment.id.in_([a.id for a in items])
        )
    )
    found = {id_: (gone, name) for id_, gone, name in rows.tuples()}
    return [
        AssignmentRead.model_validate(
            {
                **AssignmentRead.model_validate(a).model_dump(),
                "needs_reassignment": bool(found[a.id][0]),
                "assignee_name": found[a.id][1],
            }
        )
        for a in items
    ]


async def get_assignment(session: AsyncSession, principal: Principal, assignment_id: int) -> Assignment:
    return await one_or_404(
        session,
        select(Assignment).where(Assignment.id == assignment_id, org_id_scope(Assignment.org_id, principal)),
        "Assignment",
    )


async def _eligible_assignee(session: AsyncSession, user_id: int, book: ResponsibilityBook, loc: str) -> User:
    user = await session.scalar(
        select(User).where(
            User.id == user_id,
            User.is_active.is_(True),
            User.org_id.in_([book.org_id, book.street_id]),
            User.client_secret_hash.is_(None),
        )
    )
    if user is None:
        raise Unprocessable(
            "The assignee must be an active worker of the book's community or unit, or of its street",
            loc=["body", loc],
        )
    return user


async def create_assignment(
    session: AsyncSession, principal: Principal, data: AssignmentCreate
) -> Assignment:
    book = await get_book(session, principal, data.book_id)
    if book.status is BookStatus.evaluated:
        raise Unprocessable("The book is already evaluated", loc=["body", "book_id"])
    if data.book_indicator_id is not None:
        found = await session.scalar(
            select(BookIndicator.id).where(
                BookIndicator.id == data.book_indicator_id, BookIndicator.book_id == book.id
            )
        )
        if found is None:
            raise Unprocessable("The indicator is not in this book", loc=["body", "book_indicator_id"])
    await _eligible_assignee(session, data.assignee_id, book, "assignee_id")
    assignment = Assignment(
        book_id=book.id,
        book_indicator_id=data.book_indicator_id,
        org_id=book.org_id,
        task=data.task,
        assignee_id=data.assignee_id,
        due_on=data.due_on,
        status=AssignmentStatus.open,
        progress_percent=0,
        assigned_by=principal.user_id,
    )
    session.add(assignment)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="assignment.create",
        object_type="assignment",
        object_id=assignment.id,
        scope_path=principal.org_path,
        detail={"book_id": book.id, "assignee_id": data.assignee_id},
    )
    return assignment


async def add_note(
    session: AsyncSession, principal: Principal, assignment_id: int, data: AssignmentNoteCreate
) -> AssignmentNote:
    """A progress note; ``done`` closes the assignment at 100%."""
    assignment = await get_assignment(session, principal, assignment_id)
    if assignment.status is not AssignmentStatus.open:
        raise Unprocessable("The assignment is closed", loc=["path", "assignment_id"])
    progress = 100 if data.done else data.progress_percent
    note = AssignmentNote(
        assignment_id=assignment.id, note=data.note, progress_percent=progress, written_by=principal.user_id
    )
    session.add(note)
    if progress is not None:
        assignment.progress_percent = progress
    if data.done:
        assignment.status = AssignmentStatus.done
    assignment.updated_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="assignment.note",
        object_type="assignment",
        object_id=assignment.id,
        scope_path=principal.org_path,
        detail={"progress_percent": progress, "done": data.done},
    )
    return note


async def reassign(session: AsyncSession, principal: Principal, data: Reassign) -> list[int]:
    """Move every open assignment of a worker in the caller's area to a successor, in one call.

    The successor must be eligible for each book concerned (its community/unit or street); if not
    for one, nothing moves (422).
    """
    items = list(
        (
            await session.execute(
                select(Assignment)
                .where(
                    Assignment.assignee_id == data.from_user_id,
                    Assignment.status == AssignmentStatus.open,
                    org_id_scope(Assignment.org_id, principal),
                )
                .order_by(Assignment.id)
            )
        ).scalars()
    )
    for book_id in sorted({a.book_id for a in items}):
        book = await get_book(session, principal, book_id)
        await _eligible_assignee(session, data.to_user_id, book, "to_user_id")
    ids = [a.id for a in items]
    if ids:
        await session.execute(
            update(Assignment)
            .where(Assignment.id.in_(ids))
            .values(assignee_id=data.to_user_id, version=Assignment.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        text = f"reassigned from user {data.from_user_id} to user {data.to_user_id}"
        session.add_all(
            AssignmentNote(
                assignment_id=i,
                note=f"{text}: {data.note}" if data.note else text,
                written_by=principal.user_id,
            )
            for i in ids
        )
        await session.flush()
        for a in items:
            await session.refresh(a)
    await audit.record(
        session,
        actor=principal,
        action="assignment.reassign",
        object_type="assignment",
        object_id=None,
        scope_path=principal.org_path,
        detail={"from_user_id": data.from_user_id, "to_user_id": data.to_user_id, "moved": ids},
    )
    return ids
