"""Migrants (流动人口): arrival, 婚育证明, residence permit, departure, and the duty lists."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

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
    UpdatedSinceQuery,
    set_etag,
)
from app.models.migrants.migrant import Migrant
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.migrants.migrant import CertificateSubmit, Departure, MigrantCreate, MigrantRead, PermitStep
from app.services.migrants import migrant_reads
from app.services.migrants import migrants as service
from app.services.migrants.migrant_workflow import CERTIFICATE_WORKFLOW, MIGRANT_WORKFLOW
from app.services.migrants.migrants import PERMIT_WORKFLOW
from app.step_routes import StepRoutes, step_principal

TAG = "Task 5 · Floating population (流动人口)"
router = APIRouter(prefix="/migrants", tags=[TAG])

Writer = Requires("migrants:write")
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)
MonthQuery = Annotated[
    str | None,
    Query(pattern=r"^(19|20|21)\d{2}-(0[1-9]|1[0-2])$", description="YYYY-MM, from 1900-01 to 2199-12"),
]


@router.get(
    "",
    operation_id="listMigrants",
    summary="Migrants in the caller's area, with the duty lists as filters",
    response_model=Page[MigrantRead],
    responses=problems(*AUTHED),
)
@lane
async def list_migrants(
    request: Request,
    principal: Reads("migrants:read"),
    today: Today,
    where: Annotated[migrant_reads.MigrantFilters, Query()],
    updated_since: UpdatedSinceQuery = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    if updated_since is None:
        return await migrant_reads.MIGRANTS.page(
            principal, limit=limit, cursor=cursor, context=today, where=where, today=today
        )
    async with request_session(request) as session:
        page = await migrant_reads.changes_page(
            session,
            request.app.state.settings,
            principal,
            where,
            today=today,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
        )
    return JSONResponse(page.model_dump(mode="json"))


@router.post(
    "",
    operation_id="registerMigrantArrival",
    summary="Register a migrant's arrival (流入登记); the 婚育证明 falls due 30 days later",
    status_code=status.HTTP_201_CREATED,
    response_model=MigrantRead,
    responses=problems(*AUTHED, 404, 409),
)
async def register_arrival(
    body: MigrantCreate, response: Response, session: Session, principal: Writer, today: Today
) -> MigrantRead:
    migrant = await service.register_arrival(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/migrants/{migrant.id}"
    set_etag(response, migrant.version)
    return service.to_read(migrant, today)


@router.get(
    "/{migrant_id}",
    operation_id="getMigrant",
    summary="Read a migrant record",
    response_model=MigrantRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_migrant(migrant_id: IdPath, principal: Reads("migrants:read"), today: Today) -> Any:
    return await migrant_reads.MIGRANTS.one(principal, migrant_id, context=today)


async def _present(session: Session, migrant: Migrant, today: date) -> MigrantRead:
    return service.to_read(migrant, today)


certificate = StepRoutes(
    router, "migrant_id", MigrantRead, _present, CERTIFICATE_WORKFLOW, responses=STEP_PROBLEMS
)
certificate.post(
    "certificate",
    "submitMigrantCertificate",
    "The migrant handed in the 婚育证明 (number, issuing place, date)",
    service.submit_certificate,
    CertificateSubmit,
    step="submit",
)
certificate.post(
    "certificate/verify",
    "verifyMigrantCertificate",
    "The registration place confirmed the submitted 婚育证明",
    service.verify_certificate,
    step="verify",
)


@router.post(
    "/{migrant_id}/permit/{action}",
    operation_id="stepMigrantPermit",
    summary="Residence permit (居住证): apply, issue (with expiry) or endorse (yearly)",
    response_model=MigrantRead,
    responses=STEP_PROBLEMS,
)
async def permit_step(
    migrant_id: IdPath,
    action: Literal["apply", "issue", "endorse"],
    body: PermitStep,
    response: Response,
    session: Session,
    principal: step_principal(PERMIT_WORKFLOW, ("apply", "issue", "endorse"), "stepMigrantPermit"),
    if_match: IfMatch,
    today: Today,
) -> MigrantRead:
    migrant = await service.permit_step(
        session, principal, migrant_id, action, body, expected_version=if_match, today=today
    )
    set_etag(response, migrant.version)
    return service.to_read(migrant, today)


steps = StepRoutes(router, "migrant_id", MigrantRead, _present, MIGRANT_WORKFLOW, responses=STEP_PROBLEMS)
steps.post(
    "depart",
    "recordMigrantDeparture",
    "The migrant left (流出), with the destination",
    service.depart,
    Departure,
)
