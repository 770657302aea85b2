"""Devices (手机、平板) registered to a user for mobile sync.

A device is registered by a signed-in user and bound to that sign-in session; it presents the secret
it was given in the ``Fpw-Device`` header of every sync call. Revoking it (the user, or the street
for the users of its area) revokes the bound session at once (the principal cache forgets it in
every process: migration 0012's triggers), and the device's next contact, whatever token it sends,
is answered 401 ``device-wipe``: delete every record kept on the device. A device that has not
synced for ``sync_device_stale_days`` (14) must sign in again (a new session, with the password)
and register again before it downloads.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, Role, grant, in_subtree
from app.clock import now
from app.config import Settings
from app.errors import AppError, NotFound
from app.models.core.org import Org
from app.models.core.user import AuthSession, User
from app.models.sync.device import SyncDevice
from app.pagination import fetch_page
from app.principal_cache import forget_after_commit

grant(Role.community_officer, "sync:use")
grant(Role.street_admin, "sync:use", "devices:revoke")
grant(Role.street_officer, "sync:use", "devices:revoke")


class DeviceWipe(AppError):
    status_code = 401
    code = "device-wipe"
    title = "Device revoked: wipe it"
    title_zh = "设备已停用：请清除数据"

    def __init__(self) -> None:
        super().__init__(
            "This device was revoked: delete every record it keeps, then sign in again",
            zh="此设备已被停用：请清除设备上保存的全部数据后重新登录",
            extra={"wipe": True},
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )


class DeviceSignInRequired(AppError):
    status_code = 401
    code = "device-sign-in-required"
    title = "Sign in again on this device"
    title_zh = "请在此设备上重新登录"


class DeviceNotRegistered(AppError):
    status_code = 401
    code = "device-not-registered"
    title = "Device not registered"
    title_zh = "设备未登记"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


async def by_secret(session: AsyncSession, secret: str | None) -> SyncDevice | None:
    if not secret or len(secret) > 128:
        return None
    return (
        await session.execute(select(SyncDevice).where(SyncDevice.secret_hash == _digest(secret)))
    ).scalar_one_or_none()


def check_caller(device: SyncDevice | None, principal: Principal) -> SyncDevice:
    """The caller's own, unrevoked device (a revoked one is told to wipe before anything else)."""
    if device is None or device.user_id != principal.user_id:
        raise DeviceNotRegistered(
            "Register this device (POST /api/v1/sync/devices) and send its secret in Fpw-Device",
            zh="请先登记设备（POST /api/v1/sync/devices），并在 Fpw-Device 请求头中发送其密钥",
        )
    return device


def check_fresh(device: SyncDevice, settings: Settings) -> None:
    """A device idle for longer than the setting must sign in again before it downloads."""
    last = max(device.signed_in_at, device.last_synced_at or device.signed_in_at)
    if now() - last > timedelta(days=settings.sync_device_stale_days):
        raise DeviceSignInRequired(
            f"This device has not synced for over {settings.sync_device_stale_days} days: sign in "
            "with the password and register the device again",
            zh=f"此设备已超过{settings.sync_device_stale_days}天未同步：请用密码重新登录并重新登记设备",
        )


async def register(
    session: AsyncSession, settings: Settings, principal: Principal, installation_id: str, label: str
) -> tuple[SyncDevice, str]:
    """Register (or re-register after a fresh sign-in) the caller's device; answers it and its secret."""
    device = (
        await session.execute(
            select(SyncDevice).where(
                SyncDevice.user_id == principal.user_id, SyncDevice.installation_id == installation_id
            )
        )
    ).scalar_one_or_none()
    secret = secrets.token_urlsafe(32)
    if device is None:
        device = SyncDevice(user_id=principal.user_id, installation_id=installation_id, label=label)
        session.add(device)
    elif device.session_id == principal.session_id and device.revoked_at is None:
        check_fresh(device, settings)  # the same session again: only while the device is fresh
    elif device.session_id == principal.session_id:
        raise DeviceWipe()
    device.label = label
    device.secret_hash = _digest(secret)
    device.session_id = principal.session_id
    device.signed_in_at = now()
    device.revoked_at = None
    device.revoked_by = None
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="sync_device.registered",
        object_type="sync_device",
        object_id=device.id,
        scope_path=principal.org_path,
        detail={"installation_id": installation_id},
    )
    return device, secret


def _visible(principal: Principal) -> Any:
    """The caller's own devices; the street's revokers also see those of the users of their area."""
    if not principal.can("devices:revoke"):
        return SyncDevice.user_id == principal.user_id
    users = select(User.id).join(Org, Org.id == User.org_id).where(in_subtree(Org.path, principal))
    return SyncDevice.user_id.in_(users)


async def list_devices(
    session: AsyncSession, principal: Principal, *, limit: int, cursor: str | None
) -> tuple[list[SyncDevice], str | None]:
    return await fetch_page(
        session,
        select(SyncDevice).where(_visible(principal)),
        id_column=SyncDevice.id,
        limit=limit,
        cursor=cursor,
    )


async def revoke(session: AsyncSession, principal: Principal, device_id: int) -> SyncDevice:
    """Revoke a device: its session's tokens stop at once; its next contact is told to wipe."""
    device = (
        await session.execute(select(SyncDevice).where(SyncDevice.id == device_id, _visible(principal)))
    ).scalar_one_or_none()
    if device is None:
        raise NotFound("Device not found")
    if device.revoked_at is None:
        device.revoked_at = now()
        device.revoked_by = principal.user_id
        if device.session_id is not None:
            await session.execute(
                update(AuthSession)
                .where(AuthSession.id == device.session_id, AuthSession.revoked_at.is_(None))
                .values(revoked_at=now(), revoked_reason="device-revoked")
            )
            forget_after_commit(session, session_id=device.session_id)
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="sync_device.revoked",
            object_type="sync_device",
            object_id=device.id,
            scope_path=principal.org_path,
            detail={"user_id": device.user_id},
        )
    return device


async def touch(session: AsyncSession, device: SyncDevice) -> None:
    """Note a successful sync (download page or upload)."""
    await session.execute(update(SyncDevice).where(SyncDevice.id == device.id).values(last_synced_at=now()))
