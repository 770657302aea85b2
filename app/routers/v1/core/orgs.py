"""Organisations: the district, its streets, their communities and social units."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.deps import IdPath, IdQuery, IfMatch, PageParams, Requires, Session, set_etag
from app.models.core.org import OrgKind
from app.pagination import Page
from app.schemas.common import AUTHED, problems
from app.schemas.core.org import OrgCreate, OrgRead, OrgUpdate
from app.services.core import orgs as org_service

router = APIRouter(prefix="/orgs", tags=["Platform: organisations and users"])


@router.get(
    "",
    operation_id="listOrgs",
    summary="List organisations in the caller's area",
    response_model=Page[OrgRead],
    responses=problems(*AUTHED),
)
async def list_orgs(
    session: Session,
    principal: Requires("orgs:read"),
    page: PageParams,
    kind: Annotated[OrgKind | None, Query()] = None,
    parent_id: IdQuery = None,
) -> Page[OrgRead]:
    items, next_cursor = await org_service.list_orgs(
        session, principal, kind=kind, parent_id=parent_id, limit=page.limit, cursor=page.cursor
    )
    return Page(items=[OrgRead.model_validate(o) for o in items], next_cursor=next_cursor)


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
async def get_org(
    org_id: IdPath, response: Response, session: Session, principal: Requires("orgs:read")
) -> OrgRead:
    org = await org_service.get_org(session, principal, org_id)
    set_etag(response, org.version)
    return OrgRead.model_validate(org)


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
async def list_org_children(
    org_id: IdPath, session: Session, principal: Requires("orgs:read"), page: PageParams
) -> Page[OrgRead]:
    await org_service.get_org(session, principal, org_id)
    items, next_cursor = await org_service.list_orgs(
        session, principal, kind=None, parent_id=org_id, limit=page.limit, cursor=page.cursor
    )
    return Page(items=[OrgRead.model_validate(o) for o in items], next_cursor=next_cursor)
