"""Organisations: the district, its streets, their communities and social units."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.core.org import OrgCreate, OrgRead, OrgUpdate
from app.services.core import org_reads
from app.services.core import orgs as org_service

router = APIRouter(prefix="/orgs", tags=["Platform: organisations and users"])


@router.get(
    "",
    operation_id="listOrgs",
    summary="List organisations in the caller's area",
    response_model=Page[OrgRead],
    responses=problems(*AUTHED),
)
@lane
async def list_orgs(
    principal: Reads("orgs:read"),
    where: Annotated[org_reads.OrgFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await org_reads.ORGS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createOrg",
    summary="Create a community or unit under a street",
    status_code=status.HTTP_201_CREATED,
    response_model=OrgRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_org(
    body: OrgCreate, response: Response, session: Session, principal: Requires("orgs:write")
) -> OrgRead:
    org = await org_service.create_org(session, principal, body)
    response.headers["Location"] = f"/api/v1/orgs/{org.id}"
    set_etag(response, org.version)
    return OrgRead.model_validate(org)


@router.get(
    "/{org_id}",
    operation_id="getOrg",
    summary="Read an organisation",
    response_model=OrgRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_org(org_id: IdPath, principal: Reads("orgs:read")) -> Any:
    return await org_reads.ORGS.one(principal, org_id)


@router.patch(
    "/{org_id}",
    operation_id="updateOrg",
    summary="Rename an organisation or change its code",
    response_model=OrgRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def update_org(
    org_id: IdPath,
    body: OrgUpdate,
    response: Response,
    session: Session,
    principal: Requires("orgs:write"),
    if_match: IfMatch,
) -> OrgRead:
    org = await org_service.update_org(session, principal, org_id, body, if_match)
    set_etag(response, org.version)
    return OrgRead.model_validate(org)


@router.get(
    "/{org_id}/children",
    operation_id="listOrgChildren",
    summary="The organisations directly under this one",
    response_model=Page[OrgRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_org_children(
    org_id: IdPath,
    principal: Reads("orgs:read"),
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    await org_reads.ORGS.one(principal, org_id)  # 404 unless the org itself is in scope
    where = org_reads.OrgFilters(parent_id=org_id)
    return await org_reads.ORGS.page(principal, limit=limit, cursor=cursor, where=where)
