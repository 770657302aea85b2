"""Residents (居民): the people the work plan serves."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from app.clock import Today
from app.db import request_session
from app.deps import (
    CursorQuery,
    IdPath,
    IfMatch,
    LimitQuery,
    Reads,
    Requires,
    Session,
    SettingsDep,
    set_etag,
)
from app.models.core.resident import Resident
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.core.resident import (
    ResidentCreate,
    ResidentMove,
    ResidentRead,
    ResidentStatusChange,
    ResidentUpdate,
)
from app.services.core import resident_reads
from app.services.core import residents as resident_service
from app.services.core.resident_workflow import RESIDENT_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/residents", tags=["Core records: residents and families"])


@router.get(
    "",
    operation_id="listResidents",
    summary="List residents in the caller's area (ID numbers and phones masked)",
    response_model=Page[ResidentRead],
    responses=problems(*AUTHED),
)
@lane
async def list_residents(
    request: Request,
    principal: Reads("residents:read"),
    today: Today,
    where: Annotated[resident_reads.ResidentFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    settings = request.app.state.settings
    if where.updated_since is None:
        return await resident_reads.RESIDENTS.page(
            principal, limit=limit, cursor=cursor, where=where, today=today, settings=settings
        )
    async with request_session(request) as session:
        page = await resident_reads.changes_page(
            session,
            settings,
            principal,
            where,
            today=today,
            updated_since=where.updated_since,
            limit=limit,
            cursor=cursor,
        )
    return JSONResponse(page.model_dump(mode="json"))


@router.post(
    "",
    operation_id="createResident",
    summary="Register a resident",
    status_code=status.HTTP_201_CREATED,
    response_model=ResidentRead,
    responses=problems(*AUTHED, 409),
)
async def create_resident(
    body: ResidentCreate,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: Requires("residents:write"),
) -> ResidentRead:
    resident = await resident_service.create_resident(session, settings, principal, body)
    response.headers["Location"] = f"/api/v1/residents/{resident.id}"
    set_etag(response, resident.version)
    return resident_service.to_read(resident)


@router.get(
    "/{resident_id}",
    operation_id="getResident",
    summary="Read a resident; ?reveal=true shows the full ID number and phone (pii:read, audited)",
    response_model=ResidentRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_resident(
    resident_id: IdPath,
    request: Request,
    principal: Reads("residents:read"),
    reveal: Annotated[bool, Query(description="Show ID number and phone in full (needs pii:read)")] = False,
) -> Any:
    if not reveal:
        return await resident_reads.RESIDENTS.one(principal, resident_id)
    async with request_session(request) as session:
        resident, read = await resident_service.read_resident(
            session, request.app.state.settings, principal, resident_id, reveal=True
        )
    response = JSONResponse(read.model_dump(mode="json"), headers={"Cache-Control": "no-store"})
    set_etag(response, resident.version)
    return response


@router.patch(
    "/{resident_id}",
    operation_id="updateResident",
    summary="Correct a resident's details",
    response_model=ResidentRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_resident(
    resident_id: IdPath,
    body: ResidentUpdate,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: Requires("residents:write"),
    if_match: IfMatch,
) -> ResidentRead:
    resident = await resident_service.update_resident(
        session, settings, principal, resident_id, body, if_match
    )
    set_etag(response, resident.version)
    return resident_service.to_read(resident)


async def _present(session: Session, resident: Resident) -> ResidentRead:
    return resident_service.to_read(resident)


steps = StepRoutes(
    router,
    "resident_id",
    ResidentRead,
    _present,
    RESIDENT_WORKFLOW,
    responses=problems(*AUTHED, 404, 409, 412),
)
steps.post(
    "move",
    "moveResident",
    "Move a resident to another community of the street (street level)",
    resident_service.move_resident,
    ResidentMove,
)
steps.post(
    "status",
    "changeResidentStatus",
    "Mark a resident moved out or deceased",
    resident_service.change_status,
    ResidentStatusChange,
    step=("mark_moved_out", "mark_deceased"),
)
