"""Service types and their guides (一次性告知), and the working-day calendar behind the clock."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import IdPath, IfMatch, Reads, Requires, Session, set_etag
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.lawful_services.service import (
    ServiceTypeCreate,
    ServiceTypeRead,
    ServiceTypeUpdate,
)
from app.services.lawful_services import service_type_reads
from app.services.lawful_services import service_types as type_service

TAG = "Task 4 · Administration by law (依法行政)"
router = APIRouter(tags=[TAG])


@router.get(
    "/service-types",
    operation_id="listServiceTypes",
    summary="Service guides with every required material",
    response_model=list[ServiceTypeRead],
    responses=problems(*AUTHED),
)
@lane
async def list_service_types(
    principal: Reads("services:read"),
    where: Annotated[service_type_reads.ServiceTypeFilters, Query()],
) -> Any:
    return await service_type_reads.GUIDES.all(principal, where=where)


@router.post(
    "/service-types",
    operation_id="createServiceType",
    summary="Add a service guide (street or district)",
    status_code=status.HTTP_201_CREATED,
    response_model=ServiceTypeRead,
    responses=problems(*AUTHED, 409),
)
async def create_service_type(
    body: ServiceTypeCreate, response: Response, session: Session, principal: Requires("service-types:write")
) -> ServiceTypeRead:
    guide = await type_service.create_service_type(session, principal, body)
    response.headers["Location"] = f"/api/v1/service-types/{guide.id}"
    set_etag(response, guide.version)
    return guide


@router.get(
    "/service-types/{type_id}",
    operation_id="getServiceType",
    summary="Read a service guide",
    response_model=ServiceTypeRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_service_type(type_id: IdPath, principal: Reads("services:read")) -> Any:
    return await service_type_reads.GUIDES.one(principal, type_id)


@router.patch(
    "/service-types/{type_id}",
    operation_id="updateServiceType",
    summary="Change a guide's limit, fee, place or availability",
    response_model=ServiceTypeRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_service_type(
    type_id: IdPath,
    body: ServiceTypeUpdate,
    response: Response,
    session: Session,
    principal: Requires("service-types:write"),
    if_match: IfMatch,
) -> ServiceTypeRead:
    guide = await type_service.update_service_type(session, principal, type_id, body, if_match)
    set_etag(response, guide.version)
    return guide
