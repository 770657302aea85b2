"""Family records (家庭档案) and their children."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

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
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.core.family import (
    ChildCreate,
    ChildRead,
    ChildUpdate,
    FamilyCreate,
    FamilyRead,
    FamilySummary,
    FamilyUpdate,
)
from app.services.core import families as family_service
from app.services.core import family_reads

router = APIRouter(prefix="/families", tags=["Core records: residents and families"])


@router.get(
    "",
    operation_id="listFamilies",
    summary="List families in the caller's area",
    response_model=Page[FamilySummary],
    responses=problems(*AUTHED),
)
@lane
async def list_families(
    request: Request,
    principal: Reads("families:read"),
    where: Annotated[family_reads.FamilyFilters, Query()],
    updated_since: UpdatedSinceQuery = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    if updated_since is None:
        return await family_reads.FAMILIES.page(principal, limit=limit, cursor=cursor, where=where)
    async with request_session(request) as session:
        page = await family_reads.changes_page(
            session,
            request.app.state.settings,
            principal,
            where,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
        )
    return JSONResponse(page.model_dump(mode="json"))


@router.post(
    "",
    operation_id="createFamily",
    summary="Create a family record, with its children",
    status_code=status.HTTP_201_CREATED,
    response_model=FamilyRead,
    responses=problems(*AUTHED, 404),
)
async def create_family(
    body: FamilyCreate, response: Response, session: Session, principal: Requires("families:write")
) -> FamilyRead:
    family = await family_service.create_family(session, principal, body)
    response.headers["Location"] = f"/api/v1/families/{family.id}"
    set_etag(response, family.version)
    return FamilyRead.model_validate(family)


@router.get(
    "/{family_id}",
    operation_id="getFamily",
    summary="Read a family with its children",
    response_model=FamilyRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_family(family_id: IdPath, principal: Reads("families:read")) -> Any:
    return await family_reads.FAMILY.one(principal, family_id)


@router.patch(
    "/{family_id}",
    operation_id="updateFamily",
    summary="Change parents, marriage date or honour certificate",
    response_model=FamilyRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_family(
    family_id: IdPath,
    body: FamilyUpdate,
    response: Response,
    session: Session,
    principal: Requires("families:write"),
    if_match: IfMatch,
) -> FamilyRead:
    family = await family_service.update_family(session, principal, family_id, body, if_match)
    set_etag(response, family.version)
    return FamilyRead.model_validate(family)


@router.get(
    "/{family_id}/children",
    operation_id="listFamilyChildren",
    summary="The family's children in birth order",
    response_model=list[ChildRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_children(family_id: IdPath, principal: Reads("families:read")) -> Any:
    return await family_reads.children_of(principal, family_id)


@router.post(
    "/{family_id}/children",
    operation_id="addFamilyChild",
    summary="Record a child born into or adopted by the family",
    status_code=status.HTTP_201_CREATED,
    response_model=ChildRead,
    responses=problems(*AUTHED, 404, 409),
)
async def add_child(
    family_id: IdPath,
    body: ChildCreate,
    response: Response,
    session: Session,
    principal: Requires("families:write"),
) -> ChildRead:
    child = await family_service.add_child(session, principal, family_id, body)
    response.headers["Location"] = f"/api/v1/families/{family_id}/children/{child.id}"
    set_etag(response, child.version)
    return ChildRead.model_validate(child)


@router.patch(
    "/{family_id}/children/{child_id}",
    operation_id="updateFamilyChild",
    summary="Record a child's death or disability grade",
    response_model=ChildRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_child(
    family_id: IdPath,
    child_id: IdPath,
    body: ChildUpdate,
    response: Response,
    session: Session,
    principal: Requires("families:write"),
    if_match: IfMatch,
) -> ChildRead:
    child = await family_service.update_child(session, principal, family_id, child_id, body, if_match)
    set_etag(response, child.version)
    return ChildRead.model_validate(child)
