"""The caller of a sync call: its device first (a revoked one is told to wipe, whatever token it
sends), then the verified user holding ``sync:use``, whose device it must be."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request

from app.authz import Principal
from app.deps import REQUIRED_PERMISSION, Session, bearer_scheme, principal_for
from app.errors import Forbidden
from app.idempotency import claim_key
from app.models.sync.device import SyncDevice
from app.services.sync import devices

DEVICE_HEADER = "Fpw-Device"


@dataclass(frozen=True)
class SyncCaller:
    principal: Principal
    device: SyncDevice


async def _sync_caller(
    request: Request,
    session: Session,
    authorization: Annotated[str | None, Depends(bearer_scheme)],
    fpw_device: Annotated[
        str | None,
        Header(alias=DEVICE_HEADER, max_length=128, description="The secret the device got when registered"),
    ] = None,
) -> SyncCaller:
    device = await devices.by_secret(session, fpw_device)
    if device is not None and device.revoked_at is not None:
        raise devices.DeviceWipe()
    principal = await principal_for(request, authorization, session)
    if not principal.can("sync:use"):
        raise Forbidden("This action needs the 'sync:use' permission")
    caller = SyncCaller(principal, devices.check_caller(device, principal))
    await claim_key(request, session)  # the Idempotency-Key is kept only for a caller let in
    return caller


REQUIRED_PERMISSION[_sync_caller] = "sync:use"
Caller = Annotated[SyncCaller, Depends(_sync_caller)]
