"""The two highlights: demonstration communities, checklist, self and street assessment, status."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.authz import Principal
from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.demonstration import (
    Assessment,
    DemonstrationCreate,
    DemonstrationRead,
    StatusChange,
)
from app.services.grassroots import demonstration_reads
from app.services.grassroots import demonstrations as service

router = APIRouter(prefix="/demonstrations", tags=["Demonstration communities (示范社区)"])
Assessor = Requires("demonstrations:assess")
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)


@router.get(
    "",
    operation_id="listDemonstrations",
    summary="Demonstration projects of the caller's area",
    response_model=Page[DemonstrationRead],
    responses=problems(*AUTHED),
)
@lane
async def list_demonstrations(
    principal: Reads("grassroots:read"),
    where: Annotated[demonstration_reads.DemonstrationFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await demonstration_reads.DEMONSTRATIONS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createDemonstration",
    summary="Name a community a candidate for a theme and year, with the weighted checklist",
    status_code=status.HTTP_201_CREATED,
    response_model=DemonstrationRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_demonstration(
    body: DemonstrationCreate, response: Response, session: Session, principal: Assessor
) -> DemonstrationRead:
    demonstration = await service.create_demonstration(session, principal, body)
    response.headers["Location"] = f"/api/v1/demonstrations/{demonstration.id}"
    set_etag(response, demonstration.version)
    return await service.to_read(session, demonstration)


@router.get(
    "/{demonstration_id}",
    operation_id="getDemonstration",
    summary="Read a demonstration project with its checklist and scores",
    response_model=DemonstrationRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_demonstration(demonstration_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await demonstration_reads.DEMONSTRATIONS.one(principal, demonstration_id)


@router.post(
    "/{demonstration_id}/self-assessment",
    operation_id="selfAssessDemonstration",
    summary="The community's self-assessment: a score and evidence links per criterion",
    response_model=DemonstrationRead,
    responses=STEP_PROBLEMS,
)
async def self_assess(
    demonstration_id: IdPath,
    body: Assessment,
    response: Response,
    session: Session,
    principal: Requires("demonstrations:self-assess"),
    if_match: IfMatch,
) -> DemonstrationRead:
    demonstration = await service.assess(
        session, principal, demonstration_id, body, by_street=False, expected_version=if_match
    )
    set_etag(response, demonstration.version)
    return await service.to_read(session, demonstration)


@router.post(
    "/{demonstration_id}/assessment",
    operation_id="assessDemonstration",
    summary="The street's assessment: its score per criterion decides",
    response_model=DemonstrationRead,
    responses=STEP_PROBLEMS,
)
async def assess(
    demonstration_id: IdPath,
    body: Assessment,
    response: Response,
    session: Session,
    principal: Assessor,
    if_match: IfMatch,
) -> DemonstrationRead:
    demonstration = await service.assess(
        session, principal, demonstration_id, body, by_street=True, expected_version=if_match
    )
    set_etag(response, demonstration.version)
    return await service.to_read(session, demonstration)


async def _step(
    step_name: str,
    demonstration_id: int,
    body: StatusChange | None,
    response: Response,
    session: Session,
    principal: Principal,
    if_match: int | None,
) -> DemonstrationRead:
    demonstration = await service.change_status(
        session, principal, demonstration_id, step_name, body.reason if body else None, if_match
    )
    set_etag(response, demonstration.version)
    return await service.to_read(session, demonstration)


@router.post(
    "/{demonstration_id}/name",
    operation_id="nameDemonstration",
    summary="Name the community a demonstration (the street total reaches the pass score)",
    response_model=DemonstrationRead,
    responses=STEP_PROBLEMS,
)
async def name_demonstration(
    demonstration_id: IdPath,
    response: Response,
    session: Session,
    principal: Assessor,
    if_match: IfMatch,
    body: StatusChange | None = None,
) -> DemonstrationRead:
    return await _step("name", demonstration_id, body, response, session, principal, if_match)


@router.post(
    "/{demonstration_id}/return",
    operation_id="returnDemonstration",
    summary="Send it back to the community (below the pass score), with a reason",
    response_model=DemonstrationRead,
    responses=STEP_PROBLEMS,
)
async def return_demonstration(
    demonstration_id: IdPath,
    body: StatusChange,
    response: Response,
    session: Session,
    principal: Assessor,
    if_match: IfMatch,
) -> DemonstrationRead:
    return await _step("return", demonstration_id, body, response, session, principal, if_match)


@router.post(
    "/{demonstration_id}/revoke",
    operation_id="revokeDemonstration",
    summary="Revoke a named demonstration community, with a reason",
    response_model=DemonstrationRead,
    responses=STEP_PROBLEMS,
)
async def revoke_demonstration(
    demonstration_id: IdPath,
    body: StatusChange,
    response: Response,
    session: Session,
    principal: Assessor,
    if_match: IfMatch,
) -> DemonstrationRead:
    return await _step("revoke", demonstration_id, body, response, session, principal, if_match)
