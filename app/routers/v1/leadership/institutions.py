"""Institutions and systems in force (制度、机构): rules and leading bodies as dated documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, DbId, IsoDate, problems
from app.schemas.leadership.institution import (
    InstitutionCreate,
    InstitutionRead,
    InstitutionRepeal,
    RequiredInstitutions,
)
from app.services.leadership import institutions as service
from app.services.leadership.budgets import row
from app.services.leadership.safeguard_permissions import READ

router = APIRouter(prefix="/institutions", tags=["Leadership · Safeguards (保障措施)"])
Writer = Requires("institutions:write")


@router.get(
    "",
    operation_id="listInstitutions",
    summary="Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D",
    response_model=Page[InstitutionRead],
    responses=problems(*AUTHED),
)
@lane
async def list_institutions(
    principal: Reads(READ),
    where: Annotated[service.InstitutionFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await service.INSTITUTIONS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createInstitution",
    summary="Record a rule or a body (its founding or adjusting document) with its number, date and file",
    status_code=status.HTTP_201_CREATED,
    response_model=InstitutionRead,
    responses=problems(*AUTHED, 404),
)
async def create_institution(
    body: InstitutionCreate, response: Response, session: Session, principal: Writer
) -> Any:
    document = await service.create(session, principal, body)
    response.headers["Location"] = f"/api/v1/institutions/{document.id}"
    set_etag(response, document.version)
    return await row(session, service.INSTITUTIONS, document.id)


@router.get(
    "/required",
    operation_id="getRequiredInstitutions",
    summary="Whether each kind the plan requires (leading group, Association, work rules, responsibility "
    "system) is in force on a date for an org",
    response_model=RequiredInstitutions,
    responses=problems(*AUTHED, 404),
)
async def get_required(
    session: Session,
    principal: Reads(READ),
    today: Today,
    org_id: Annotated[DbId | None, Query(description="Default: the caller's org")] = None,
    on: Annotated[IsoDate | None, Query(description="Default: today")] = None,
) -> Any:
    return await service.required(session, principal, org_id, on or today)


@router.get(
    "/{institution_id}",
    operation_id="getInstitution",
    summary="Read a rule or body's document",
    response_model=InstitutionRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_institution(institution_id: IdPath, principal: Reads(READ)) -> Any:
    return await service.INSTITUTIONS.one(principal, institution_id)


@router.post(
    "/{institution_id}/repeal",
    operation_id="repealInstitution",
    summary="Repeal a rule or dissolve a body on a date, with the reason (the document stays on record)",
    response_model=InstitutionRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def repeal(
    institution_id: IdPath,
    body: InstitutionRepeal,
    response: Response,
    session: Session,
    principal: Writer,
    if_match: IfMatch,
) -> Any:
    document = await service.repeal(session, principal, institution_id, body, if_match)
    set_etag(response, document.version)
    return await row(session, service.INSTITUTIONS, institution_id)
