"""Assignments of a book's indicators or tasks to named workers (任务分解到人)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.leadership.books import TAG
from app.schemas.common import AUTHED, problems
from app.schemas.leadership.assignment import (
    AssignmentCreate,
    AssignmentNoteCreate,
    AssignmentNoteRead,
    AssignmentRead,
    Reassign,
    ReassignResult,
)
from app.services.leadership import assignment_reads
from app.services.leadership import assignments as assignment_service

router = APIRouter(prefix="/assignments", tags=[TAG])

Writer = Requires("assignments:write")


@router.get(
    "",
    operation_id="listAssignments",
    summary="Assignments in the caller's area; needs_reassignment=true lists those of departed workers",
    response_model=Page[AssignmentRead],
    responses=problems(*AUTHED),
)
@lane
async def list_assignments(
    principal: Reads("books:read"),
    where: Annotated[assignment_reads.AssignmentFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await assignment_reads.ASSIGNMENTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createAssignment",
    summary="Assign a book's indicator or task to a named worker",
    status_code=status.HTTP_201_CREATED,
    response_model=AssignmentRead,
    responses=problems(*AUTHED, 404),
)
async def create_assignment(
    body: AssignmentCreate, response: Response, session: Session, principal: Writer
) -> AssignmentRead:
    assignment = await assignment_service.create_assignment(session, principal, body)
    response.headers["Location"] = f"/api/v1/assignments/{assignment.id}"
    set_etag(response, assignment.version)
    return (await assignment_service.to_reads(session, [assignment]))[0]


@router.post(
    "/reassign",
    operation_id="reassignAssignments",
    summary="Move every open assignment of a worker to a successor, in one call",
    response_model=ReassignResult,
    responses=problems(*AUTHED, 404),
)
async def reassign(body: Reassign, session: Session, principal: Writer) -> ReassignResult:
    return ReassignResult(moved=await assignment_service.reassign(session, principal, body))


@router.get(
    "/{assignment_id}",
    operation_id="getAssignment",
    summary="One assignment",
    response_model=AssignmentRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_assignment(assignment_id: IdPath, principal: Reads("books:read")) -> Any:
    return await assignment_reads.ASSIGNMENTS.one(principal, assignment_id)


@router.post(
    "/{assignment_id}/notes",
    operation_id="addAssignmentNote",
    summary="A progress note (done=true closes the assignment)",
    status_code=status.HTTP_201_CREATED,
    response_model=AssignmentNoteRead,
    responses=problems(*AUTHED, 404),
)
async def add_note(
    assignment_id: IdPath, body: AssignmentNoteCreate, session: Session, principal: Writer
) -> AssignmentNoteRead:
    return AssignmentNoteRead.model_validate(
        await assignment_service.add_note(session, principal, assignment_id, body)
    )


@router.get(
    "/{assignment_id}/notes",
    operation_id="listAssignmentNotes",
    summary="An assignment's progress notes and reassignments, oldest first",
    response_model=list[AssignmentNoteRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_notes(assignment_id: IdPath, principal: Reads("books:read")) -> Any:
    await assignment_reads.ASSIGNMENT_SEEN.one(principal, assignment_id)
    return await assignment_reads.NOTES.all(principal, assignment_id=assignment_id)
