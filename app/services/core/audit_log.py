"""Reading the audit trail: street level and above, within the caller's area."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, in_subtree
from app.models.core.audit import AuditEvent
from app.pagination import fetch_page


async def list_events(
    session: AsyncSession,
    principal: Principal,
    *,
    actor_id: int | None,
    action: str | None,
    object_type: str | None,
    object_id: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[AuditEvent], str | None]:
    """Newest first; only events about objects inside the caller's org subtree."""
    stmt = select(AuditEvent).where(in_subtree(AuditEvent.scope_path, principal))
    if actor_id is not None:
        stmt = stmt.where(AuditEvent.actor_id == actor_id)
    if action is not None:
        stmt = stmt.where(AuditEvent.action == action)
    if object_type is not None:
        stmt = stmt.where(AuditEvent.object_type == object_type)
    if object_id is not None:
        stmt = stmt.where(AuditEvent.object_id == object_id)
    return await fetch_page(
        session, stmt, id_column=AuditEvent.id, limit=limit, cursor=cursor, descending=True
    )
