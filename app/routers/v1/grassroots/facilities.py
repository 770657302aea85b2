"""Facilities in place (设施到位) and the publicity environment (环境推动): facilities, inspections,
content refreshes of boards and walls."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.facility import (
    FacilityCreate,
    FacilityRead,
    InspectionCreate,
    InspectionRead,
    RefreshCreate,
    RefreshRead,
)
from app.services.grassroots import facilities as service
from app.services.grassroots import facility_reads as reads

router = APIRouter(prefix="/facilities", tags=["Task 2 · Publicity and education (宣传教育)"])
Writer = Requires("facilities:write")


@router.get(
    "",
    operation_id="listFacilities",
    summary="Facilities of the area: stations, publicity sites, boards, walls, distribution points",
    response_model=Page[FacilityRead],
    responses=problems(*AUTHED),
)
@lane
async def list_facilities(
    principal: Reads("grassroots:read"),
    today: Today,
    where: Annotated[reads.FacilityFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.FACILITIES.page(principal, limit=limit, cursor=cursor, where=where, today=today)


@router.post(
    "",
    operation_id="createFacility",
    summary="Record a facility (a distribution point's links the point of /distribution-points)",
    status_code=status.HTTP_201_CREATED,
    response_model=FacilityRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_facility(
    body: FacilityCreate, response: Response, session: Session, principal: Writer, today: Today
) -> Any:
    facility = await service.create_facility(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/facilities/{facility.id}"
    set_etag(response, facility.version)
    return await service.read(session, facility)


@router.get(
    "/{facility_id}",
    operation_id="getFacility",
    summary="Read a facility with its condition and refresh schedule",
    response_model=FacilityRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_facility(facility_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await reads.FACILITIES.one(principal, facility_id)


@router.get(
    "/{facility_id}/inspections",
    operation_id="listFacilityInspections",
    summary="The facility's inspections, newest first",
    response_model=Page[InspectionRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_inspections(
    facility_id: IdPath,
    principal: Reads("grassroots:read"),
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.inspections_page(principal, facility_id, limit=limit, cursor=cursor)


@router.post(
    "/{facility_id}/inspections",
    operation_id="inspectFacility",
    summary="Record an inspection; the latest by date sets the facility's condition",
    status_code=status.HTTP_201_CREATED,
    response_model=InspectionRead,
    responses=problems(*AUTHED, 404),
)
async def inspect_facility(
    facility_id: IdPath, body: InspectionCreate, session: Session, principal: Writer, today: Today
) -> Any:
    inspection = await service.record_inspection(session, principal, facility_id, body, today)
    return InspectionRead.model_validate(inspection)


@router.get(
    "/{facility_id}/refreshes",
    operation_id="listFacilityRefreshes",
    summary="A board's or wall's content refreshes, newest first",
    response_model=Page[RefreshRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_refreshes(
    facility_id: IdPath,
    principal: Reads("grassroots:read"),
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.refreshes_page(principal, facility_id, limit=limit, cursor=cursor)


@router.post(
    "/{facility_id}/refreshes",
    operation_id="refreshFacility",
    summary="Record a board's or wall's content refresh (date, theme, photos); the next one falls due",
    status_code=status.HTTP_201_CREATED,
    response_model=RefreshRead,
    responses=problems(*AUTHED, 404, 409),
)
async def refresh_facility(
    facility_id: IdPath, body: RefreshCreate, session: Session, principal: Writer, today: Today
) -> Any:
    refresh = await service.record_refresh(session, principal, facility_id, body, today)
    return RefreshRead.model_validate(refresh)
