"""User accounts inside the caller's area."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import (
    CursorQuery,
    IdPath,
    IfMatch,
    LimitQuery,
    Reads,
    Requires,
    Session,
    SettingsDep,
    set_etag,
)
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.core.user import UserCreate, UserRead, UserUpdate
from app.services.core import user_reads
from app.services.core import users as user_service

router = APIRouter(prefix="/users", tags=["Platform: organisations and users"])


@router.get(
    "",
    operation_id="listUsers",
    summary="List users in the caller's area",
    response_model=Page[UserRead],
    responses=problems(*AUTHED),
)
@lane
async def list_users(
    principal: Reads("users:read"),
    where: Annotated[user_reads.UserFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await user_reads.USERS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createUser",
    summary="Create a user in an org of the caller's area",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_user(
    body: UserCreate, response: Response, session: Session, principal: Requires("users:write")
) -> UserRead:
    user = await user_service.create_user(session, principal, body)
    response.headers["Location"] = f"/api/v1/users/{user.id}"
    set_etag(response, user.version)
    return UserRead.model_validate(user)


@router.get(
    "/{user_id}",
    operation_id="getUser",
    summary="Read a user",
    response_model=UserRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_user(user_id: IdPath, principal: Reads("users:read")) -> Any:
    return await user_reads.USERS.one(principal, user_id)


@router.patch(
    "/{user_id}",
    operation_id="updateUser",
    summary="Change a user's name, role, org, status or password",
    response_model=UserRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_user(
    user_id: IdPath,
    body: UserUpdate,
    response: Response,
    session: Session,
    principal: Requires("users:write"),
    if_match: IfMatch,
) -> UserRead:
    user = await user_service.update_user(session, principal, user_id, body, if_match)
    set_etag(response, user.version)
    return UserRead.model_validate(user)


@router.post(
    "/{user_id}/unlock",
    operation_id="unlockUser",
    summary="End an account's sign-in waits: forget its failed sign-ins (audited)",
    response_model=UserRead,
    responses=problems(*AUTHED, 404),
)
async def unlock_user(
    user_id: IdPath,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: Requires("users:write"),
) -> UserRead:
    user = await user_service.unlock_user(session, settings, principal, user_id)
    set_etag(response, user.version)
    return UserRead.model_validate(user)
