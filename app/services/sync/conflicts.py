"""Conflicts of synced operations, listed for the worker who sent them, and their resolution.

Nothing is lost silently: each clash (the server kept its workflow state, or a newer contact value)
is kept with what the device sent, encrypted. The worker keeps the server's value, or, where the
operation kind allows it (contact fields), applies the device's through the same service.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import local_date, now
from app.config import Settings
from app.errors import Conflict, Forbidden, NotFound
from app.models.sync.device import ConflictState, Resolution, SyncConflict, SyncOperation
from app.pagination import fetch_page
from app.security import mask_phone, pii_cipher
from app.services.sync.registry import OPERATIONS
from app.sync import Clash, OperationContext
from app.workflow import Workflow, step

CONFLICT_WORKFLOW = Workflow(
    "sync_conflict",
    ConflictState,
    [
        step(
            "resolve",
            [ConflictState.open],
            ConflictState.resolved,
            "sync:use",
            "the device's user: keep the server's value, or apply the device's (contact fields only)",
            zh="处理",
            en="Resolve",
            refusal="The conflict is already resolved",
        )
    ],
    attribute="state",
)


def to_row(conflict: SyncConflict, settings: Settings, recorded_at: Any = None) -> dict[str, Any]:
    device_value = None
    if conflict.device_value_enc:
        device_value = json.loads(pii_cipher(settings).decrypt(conflict.device_value_enc))
        if conflict.field == "phone" and isinstance(device_value, str):
            device_value = mask_phone(device_value)
    return {
        "id": conflict.id,
        "kind": conflict.kind,
        "object_type": conflict.object_type,
        "object_id": conflict.object_id,
        "field": conflict.field,
        "reason": conflict.reason,
        "server_value": conflict.server_value,
        "device_value": device_value,
        "state": conflict.state,
        "resolution": conflict.resolution,
        "created_at": conflict.created_at,
        "resolved_at": conflict.resolved_at,
    }


async def list_conflicts(
    session: AsyncSession, principal: Principal, *, state: str | None, limit: int, cursor: str | None
) -> tuple[list[SyncConflict], str | None]:
    stmt = select(SyncConflict).where(SyncConflict.user_id == principal.user_id)
    if state is not None:
        stmt = stmt.where(SyncConflict.state == state)
    return await fetch_page(session, stmt, id_column=SyncConflict.id, limit=limit, cursor=cursor)


async def resolve(
    session: AsyncSession, settings: Settings, principal: Principal, conflict_id: int, resolution: Resolution
) -> SyncConflict:
    conflict = (
        await session.execute(
            select(SyncConflict).where(
                SyncConflict.id == conflict_id, SyncConflict.user_id == principal.user_id
            )
        )
    ).scalar_one_or_none()
    if conflict is None:
        raise NotFound("Conflict not found")
    resolved = CONFLICT_WORKFLOW.advance(conflict.state, "resolve")
    if resolution is Resolution.use_device:
        operation = OPERATIONS.get(conflict.kind)
        if operation is None or operation.resolve is None or conflict.field is None:
            raise Conflict(
                "The server's workflow state stands; only contact fields can take the device's value",
                zh="流程状态以服务器为准；仅联系信息字段可以采用设备上的值",
            )
        if not principal.can(operation.permission):
            raise Forbidden(f"This action needs the '{operation.permission}' permission")
        receipt = await session.get(SyncOperation, conflict.operation_id)
        value = json.loads(pii_cipher(settings).decrypt(conflict.device_value_enc or "null"))
        recorded = receipt.recorded_at if receipt else now()
        context = OperationContext(principal, settings, local_date(now()), recorded, local_date(recorded))
        await operation.resolve(
            session,
            context,
            Clash(
                conflict.object_type,
                conflict.object_id,
                conflict.reason,
                conflict.server_value,
                value,
                conflict.field,
            ),
        )
    conflict.state = resolved
    conflict.resolution = resolution.value
    conflict.resolved_at = now()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="sync_conflict.resolved",
        object_type="sync_conflict",
        object_id=conflict.id,
        scope_path=principal.org_path,
        detail={
            "resolution": resolution.value,
            "object_type": conflict.object_type,
            "object_id": conflict.object_id,
        },
    )
    return conflict
