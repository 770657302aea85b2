"""Screening programs with targets and coverage, and screenings with protected findings."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from app.clock import local_today
from app.db import request_session
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, SettingsDep, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.quality.screening import (
    CoverageRow,
    ProgramCreate,
    ScreeningCreate,
    ScreeningKindRead,
    ScreeningProgramRead,
    ScreeningRead,
    TargetRead,
    TargetSet,
)
from app.services.quality import coverage as coverage_service
from app.services.quality import screening as screening_service
from app.services.quality import screening_kinds, screening_reads

router = APIRouter(tags=["Task 6 · Quality services (优质服务)"])

Reader = Requires("screening:read")
Recorder = Requires("screening:write")
ProgramManager = Requires("screening:programs")


@router.get(
    "/screening-kinds",
    operation_id="listScreeningKinds",
    summary="Screening kinds (筛查项目类别) a program may have, with names, suggested target population, "
    "source and effective dates: how a client discovers a new kind",
    response_model=list[ScreeningKindRead],
    responses=problems(*AUTHED),
)
@lane
async def list_kinds(principal: Reads("screening:read")) -> Any:
    return await screening_kinds.KINDS.all(principal, context=local_today())


@router.get(
    "/screening-programs",
    operation_id="listScreeningPrograms",
    summary="Screening programs reaching the caller's area",
    response_model=Page[ScreeningProgramRead],
    responses=problems(*AUTHED),
)
@lane
async def list_programs(
    principal: Reads("screening:read"),
    where: Annotated[screening_reads.ProgramFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await screening_reads.PROGRAMS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/screening-programs",
    operation_id="createScreeningProgram",
    summary="Open a year's screening program with targets per community",
    status_code=status.HTTP_201_CREATED,
    response_model=ScreeningProgramRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_program(
    body: ProgramCreate, response: Response, session: Session, principal: ProgramManager
) -> ScreeningProgramRead:
    program = await screening_service.create_program(session, principal, body)
    response.headers["Location"] = f"/api/v1/screening-programs/{program.id}"
    set_etag(response, program.version)
    return ScreeningProgramRead.model_validate(program)


@router.get(
    "/screening-programs/{program_id}",
    operation_id="getScreeningProgram",
    summary="Read a screening program",
    response_model=ScreeningProgramRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_program(program_id: IdPath, principal: Reads("screening:read")) -> Any:
    return await screening_reads.PROGRAMS.one(principal, program_id)


@router.put(
    "/screening-programs/{program_id}/targets/{org_id}",
    operation_id="setScreeningTarget",
    summary="Set a community's target count for the program",
    response_model=TargetRead,
    responses=problems(*AUTHED, 404),
)
async def set_target(
    program_id: IdPath, org_id: IdPath, body: TargetSet, session: Session, principal: ProgramManager
) -> TargetRead:
    row = await screening_service.set_target(session, principal, program_id, org_id, body.target_count)
    return TargetRead.model_validate(row)


@router.get(
    "/screening-programs/{program_id}/coverage",
    operation_id="getScreeningCoverage",
    summary="Coverage per community: distinct residents screened against the target",
    response_model=list[CoverageRow],
    responses=problems(*AUTHED, 404),
)
async def get_coverage(program_id: IdPath, session: Session, principal: Reader) -> list[CoverageRow]:
    return await coverage_service.coverage(session, principal, program_id)


@router.get(
    "/screenings",
    operation_id="listScreenings",
    summary="Screenings in the caller's area (findings never shown in lists)",
    response_model=Page[ScreeningRead],
    responses=problems(*AUTHED),
)
@lane
async def list_screenings(
    request: Request,
    principal: Reads("screening:read"),
    where: Annotated[screening_reads.ScreeningFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    if where.updated_since is None:
        return await screening_reads.SCREENINGS.page(principal, limit=limit, cursor=cursor, where=where)
    async with request_session(request) as session:
        page = await screening_reads.changes_page(
            session,
            request.app.state.settings,
            principal,
            where,
            updated_since=where.updated_since,
            limit=limit,
            cursor=cursor,
        )
    return JSONResponse(page.model_dump(mode="json"))


@router.get(
    "/screenings/needing-referral",
    operation_id="listScreeningsNeedingReferral",
    summary="High-risk screenings with no referral made yet (declined or cancelled ones don't count)",
    response_model=Page[ScreeningRead],
    responses=problems(*AUTHED),
)
@lane
async def list_needing_referral(
    principal: Reads("screening:read"),
    where: Annotated[screening_reads.NeedingReferralFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await screening_reads.NEEDING_REFERRAL.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/screenings",
    operation_id="recordScreening",
    summary="Record a screening of a resident or a couple (findings stored encrypted)",
    status_code=status.HTTP_201_CREATED,
    response_model=ScreeningRead,
    responses=problems(*AUTHED, 404),
)
async def record_screening(
    body: ScreeningCreate, response: Response, session: Session, settings: SettingsDep, principal: Recorder
) -> ScreeningRead:
    screening = await screening_service.record_screening(session, settings, principal, body)
    response.headers["Location"] = f"/api/v1/screenings/{screening.id}"
    set_etag(response, screening.version)
    return screening_service.to_read(screening)


@router.get(
    "/screenings/{screening_id}",
    operation_id="getScreening",
    summary="Read a screening; ?reveal=true shows the findings (health:read, audited)",
    response_model=ScreeningRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_screening(
    screening_id: IdPath,
    request: Request,
    principal: Reads("screening:read"),
    reveal: Annotated[bool, Query(description="Show the findings (needs health:read; audited)")] = False,
) -> Any:
    if not reveal:
        return await screening_reads.SCREENING.one(principal, screening_id)
    async with request_session(request) as session:
        screening, read = await screening_service.read_screening(
            session, request.app.state.settings, principal, screening_id, reveal=True
        )
    response = JSONResponse(read.model_dump(mode="json"), headers={"Cache-Control": "no-store"})
    set_etag(response, screening.version)
    return response
