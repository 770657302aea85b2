"""Equal basic public services for migrants: services given, and the coverage report."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import IdPath, Reads, Requires, Session
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.migrants.migrant import CoverageReport, ServiceCreate, ServiceRead
from app.services.migrants import migrant_reads
from app.services.migrants import public_services as service

router = APIRouter(prefix="/migrants", tags=["Task 5 · Floating population (流动人口)"])

Reader = Requires("migrants:read")
Writer = Requires("migrants:write")


@router.get(
    "/coverage",
    operation_id="migrantServiceCoverage",
    summary="Equal basic public services: share of migrants present six months or more served, per "
    "community or unit",
    response_model=CoverageReport,
    responses=problems(*AUTHED),
)
async def coverage(
    session: Session,
    principal: Reader,
    today: Today,
    group_by: Annotated[Literal["community", "unit"], Query()] = "community",
    as_of: Annotated[IsoDate | None, Query(description="The report day; default today")] = None,
) -> CoverageReport:
    return await service.coverage_report(session, principal, as_of=as_of or today, group_by=group_by)


@router.post(
    "/{migrant_id}/services",
    operation_id="recordMigrantService",
    summary="Record a basic public service given to a migrant",
    status_code=status.HTTP_201_CREATED,
    response_model=ServiceRead,
    responses=problems(*AUTHED, 404, 409),
)
async def record_service(
    migrant_id: IdPath,
    body: ServiceCreate,
    response: Response,
    session: Session,
    principal: Writer,
    today: Today,
) -> ServiceRead:
    row = await service.record_service(session, principal, migrant_id, body, today)
    response.headers["Location"] = f"/api/v1/migrants/{migrant_id}/services"
    return ServiceRead.model_validate(row)


@router.get(
    "/{migrant_id}/services",
    operation_id="listMigrantServices",
    summary="Services given to a migrant, typed in or taken from screening and dispensing",
    response_model=list[ServiceRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_services(migrant_id: IdPath, principal: Reads("migrants:read")) -> Any:
    return Response(await migrant_reads.services_json(principal, migrant_id), media_type="application/json")
