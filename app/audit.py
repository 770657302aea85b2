"""The append-only audit writer. Services call ``record``; nothing updates or deletes events."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.models.core.audit import AuditEvent
from app.request_context import current_request_id

# Keys that must never land in an audit record, whatever a caller passes.
_FORBIDDEN_KEYS = {"password", "id_number", "phone", "token", "secret", "client_secret"}


async def record(
    session: AsyncSession,
    *,
    actor: Principal | None,
    action: str,
    object_type: str,
    object_id: Any,
    scope_path: str,
    detail: dict[str, Any] | None = None,
    actor_username: str | None = None,
) -> AuditEvent:
    clean = {k: v for k, v in (detail or {}).items() if k not in _FORBIDDEN_KEYS}
    event = AuditEvent(
        actor_id=actor.user_id if actor else None,
        actor_username=actor.username if actor else actor_username,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        scope_path=scope_path,
        request_id=current_request_id.get(),
        detail=clean,
    )
    session.add(event)
    await session.flush()
    return event
