"""Screening programs with targets and coverage, and screenings with protected findings."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.authz import Principal
from app.deps import PageParams, Session, SettingsDep, UpdatedSinceQuery, require, set_etag
from app.models.quality.screening import RiskLevel
from app.pagination import Page
from app.routers.v1.quality.params import IdPath, IdQuery
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.quality.screening import (
    CoverageRow,
    ProgramCreate,
    ScreeningCreate,
    ScreeningProgramRead,
    ScreeningRead,
    TargetRead,
    TargetSet,
)
from app.services.quality import coverage as coverage_service
from app.services.quality import screening as screening_service

router = APIRouter(tags=["Task 6 · Quality services (优质服务)"])

Reader = Annotated[Principal, require("screening:read")]
Recorder = Annotated[Principal, require("screening:write")]
ProgramManager = Annotated[Principal, require("screening:programs")]


@router.get(
    "/screening-programs",
    operation_id="listScreeningPrograms",
    summary="Screening programs reaching the caller's area",
    response_model=Page[ScreeningProgramRead],
    responses=problems(*AUTHED),
)
async def list_programs(
    session: Session,
    principal: Reader,
    page: PageParams,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
) -> Page[ScreeningProgramRead]:
    items, next_cursor = await screening_service.list_programs(
        session, principal, year=year, limit=page.limit, cursor=page.cursor
    )
    return Page(items=[ScreeningProgramRead.model_validate(p) for p in items], next_cursor=next_cursor)


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
async def get_program(
    program_id: IdPath, response: Response, session: Session, principal: Reader
) -> ScreeningProgramRead:
    program = await screening_service.get_program(session, principal, program_id)
    set_etag(response, program.version)
    return ScreeningProgramRead.model_validate(program)


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
async def list_screenings(
    session: Session,
    principal: Reader,
    page: PageParams,
    settings: SettingsDep,
    program_id: IdQuery = None,
    resident_id: IdQuery = None,
    org_id: IdQuery = None,
    risk_level: Annotated[RiskLevel | None, Query()] = None,
    updated_since: UpdatedSinceQuery = None,
    screened_from: Annotated[IsoDate | None, Query(description="On or after")] = None,
    screened_to: Annotated[IsoDate | None, Query(description="On or before")] = None,
) -> Page[ScreeningRead]:
    items, next_cursor = await screening_service.list_screenings(
        session,
        principal,
        program_id=program_id,
        resident_id=resident_id,
        org_id=org_id,
        risk_level=risk_level,
        needing_referral=False,
        screened_from=screened_from,
        screened_to=screened_to,
        limit=page.limit,
        cursor=page.cursor,
        settings=settings,
        updated_since=updated_since,
    )
    return Page(items=await screening_service.to_reads(session, items), next_cursor=next_cursor)


@router.get(
    "/screenings/needing-referral",
    operation_id="listScreeningsNeedingReferral",
    summary="High-risk screenings with no referral made yet (declined or cancelled ones don't count)",
    response_model=Page[ScreeningRead],
    responses=problems(*AUTHED),
)
async def list_needing_referral(
    session: Session,
    principal: Reader,
    page: PageParams,
    program_id: IdQuery = None,
    org_id: IdQuery = None,
) -> Page[ScreeningRead]:
    items, next_cursor = await screening_service.list_screenings(
        session,
        principal,
        program_id=program_id,
        resident_id=None,
        org_id=org_id,
        risk_level=None,
        needing_referral=True,
        limit=page.limit,
        cursor=page.cursor,
    )
    return Page(items=await screening_service.to_reads(session, items), next_cursor=next_cursor)


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
async def get_screening(
    screening_id: IdPath,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: Reader,
    reveal: Annotated[bool, Query(description="Show the findings (needs health:read; audited)")] = False,
) -> ScreeningRead:
    screening, read = await screening_service.read_screening(
        session, settings, principal, screening_id, reveal=reveal
    )
    set_etag(response, screening.version)
    if reveal:
        response.headers["Cache-Control"] = "no-store"
    return read
