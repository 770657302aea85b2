"""Mobile sync (issue 27): devices, the download feed, uploads and conflicts (docs/mobile-sync.md)."""

from __future__ import annotations

import gzip
from typing import Annotated, Any

import pydantic_core
from fastapi import APIRouter, Query, Request, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Requires, Session, SettingsDep
from app.errors import PayloadTooLarge, request_language
from app.models.sync.device import ConflictState
from app.pagination import DEFAULT_LIMIT, Page
from app.routers.v1.sync.caller import Caller
from app.schemas.common import AUTHED, problems
from app.schemas.sync.sync import (
    ConflictRead,
    ConflictResolve,
    DeviceRead,
    DeviceRegister,
    DeviceRegistered,
    SyncPage,
    UploadIn,
    UploadResult,
)
from app.services.sync import conflicts, devices, feed, uploads
from app.services.sync.conflicts import CONFLICT_WORKFLOW
from app.step_routes import step_principal

router = APIRouter(prefix="/sync", tags=["Mobile sync (移动端离线同步)"])
# Answers smaller than this are sent as they are: gzip's header costs more than it saves.
_GZIP_FROM_BYTES = 1024
SyncProblems = problems(*AUTHED)


def _json(request: Request, body: object, status_code: int = 200) -> Response:
    """JSON, gzip-compressed when the client accepts it (every mobile HTTP stack does)."""
    raw = pydantic_core.to_json(body)
    headers = {"Vary": "Accept-Encoding"}
    if len(raw) >= _GZIP_FROM_BYTES and "gzip" in request.headers.get("accept-encoding", "").lower():
        raw = gzip.compress(raw, compresslevel=6)
        headers["Content-Encoding"] = "gzip"
    return Response(raw, status_code=status_code, media_type="application/json", headers=headers)


@router.post(
    "/devices",
    operation_id="registerSyncDevice",
    summary="Register the caller's device (again after a fresh sign-in); answers its secret once",
    status_code=status.HTTP_201_CREATED,
    response_model=DeviceRegistered,
    responses=problems(*AUTHED),
)
async def register_device(
    body: DeviceRegister, principal: Requires("sync:use"), session: Session, settings: SettingsDep
) -> Any:
    device, secret = await devices.register(session, settings, principal, body.installation_id, body.label)
    return DeviceRegistered.model_validate(
        {**DeviceRead.model_validate(device).model_dump(), "secret": secret}
    )


@router.get(
    "/devices",
    operation_id="listSyncDevices",
    summary="The caller's devices (a street's revokers: those of every user of their area)",
    response_model=Page[DeviceRead],
    responses=problems(*AUTHED),
)
async def list_devices(
    principal: Requires("sync:use"),
    session: Session,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    rows, next_cursor = await devices.list_devices(session, principal, limit=limit, cursor=cursor)
    return Page[DeviceRead](items=[DeviceRead.model_validate(d) for d in rows], next_cursor=next_cursor)


@router.post(
    "/devices/{device_id}/revoke",
    operation_id="revokeSyncDevice",
    summary="Revoke a lost device: its tokens stop now, its next contact is told to wipe",
    response_model=DeviceRead,
    responses=problems(*AUTHED, 404),
)
async def revoke_device(device_id: IdPath, principal: Requires("sync:use"), session: Session) -> Any:
    return DeviceRead.model_validate(await devices.revoke(session, principal, device_id))


@router.get(
    "/feed",
    operation_id="downloadSyncFeed",
    summary="The device's working set, then the changes since the token (upserts and tombstones)",
    response_model=SyncPage,
    responses=problems(*AUTHED, 410),
)
async def download(
    request: Request,
    caller: Caller,
    session: Session,
    settings: SettingsDep,
    today: Today,
    token: Annotated[
        str | None,
        Query(max_length=512, pattern=r"^[A-Za-z0-9_.-]+$", description="The next_token of the last answer"),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=2000, description="Records per page, at most 2000")] = 500,
    reveal: Annotated[bool, Query(description="Unmasked personal data (needs pii:read; audited)")] = False,
) -> Any:
    devices.check_fresh(caller.device, settings)
    page = await feed.download(
        session,
        settings,
        caller.principal,
        caller.device,
        token=token,
        limit=limit,
        reveal=reveal,
        today=today,
    )
    await devices.touch(session, caller.device)
    return _json(request, page)


@router.post(
    "/uploads",
    operation_id="uploadSyncOperations",
    summary="A day of work: operations applied in order, each all or nothing; each one's outcome",
    response_model=UploadResult,
    responses=problems(*AUTHED, 413),
)
async def upload(
    request: Request, body: UploadIn, caller: Caller, session: Session, settings: SettingsDep
) -> Any:
    if len(body.operations) > settings.sync_max_operations:
        raise PayloadTooLarge(
            f"At most {settings.sync_max_operations} operations per batch: send the rest in another",
            zh=f"每批最多{settings.sync_max_operations}项操作，其余请分批发送",
        )
    outcomes = await uploads.upload(
        session, settings, caller.principal, caller.device, [op.model_dump() for op in body.operations]
    )
    await devices.touch(session, caller.device)
    language = request_language(request)
    return _json(request, {"outcomes": [uploads.localize(o, language) for o in outcomes]})


@router.get(
    "/conflicts",
    operation_id="listSyncConflicts",
    summary="The caller's conflicts from synced operations, to resolve",
    response_model=Page[ConflictRead],
    responses=problems(*AUTHED),
)
async def list_conflicts(
    principal: Requires("sync:use"),
    session: Session,
    settings: SettingsDep,
    state: ConflictState | None = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    rows, next_cursor = await conflicts.list_conflicts(
        session, principal, state=state.value if state else None, limit=limit, cursor=cursor
    )
    return Page[ConflictRead](
        items=[ConflictRead.model_validate(conflicts.to_row(c, settings)) for c in rows],
        next_cursor=next_cursor,
    )


@router.post(
    "/conflicts/{conflict_id}/resolve",
    operation_id="resolveSyncConflict",
    summary="Keep the server's value, or apply the device's (contact fields only)",
    response_model=ConflictRead,
    responses=problems(*AUTHED, 404, 409),
)
async def resolve_conflict(
    conflict_id: IdPath,
    body: ConflictResolve,
    principal: step_principal(CONFLICT_WORKFLOW, "resolve", "resolveSyncConflict"),
    session: Session,
    settings: SettingsDep,
) -> Any:
    conflict = await conflicts.resolve(session, settings, principal, conflict_id, body.resolution)
    return ConflictRead.model_validate(conflicts.to_row(conflict, settings))
