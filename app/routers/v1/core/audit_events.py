"""The audit trail (street level and above)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import IdQuery, PageParams, Requires, Session
from app.pagination import Page
from app.schemas.common import AUTHED, problems
from app.schemas.core.audit import AuditEventRead
from app.services.core import audit_log

router = APIRouter(prefix="/audit-events", tags=["Platform: audit"])


@router.get(
    "",
    operation_id="listAuditEvents",
    summary="Audit events in the caller's area, newest first",
    response_model=Page[AuditEventRead],
    responses=problems(*AUTHED),
)
async def list_audit_events(
    session: Session,
    principal: Requires("audit:read"),
    page: PageParams,
    actor_id: IdQuery = None,
    action: Annotated[str | None, Query(max_length=64, examples=["resident.pii_revealed"])] = None,
    object_type: Annotated[str | None, Query(max_length=48)] = None,
    object_id: Annotated[str | None, Query(max_length=64)] = None,
) -> Page[AuditEventRead]:
    items, next_cursor = await audit_log.list_events(
        session,
        principal,
        actor_id=actor_id,
        action=action,
        object_type=object_type,
        object_id=object_id,
        limit=page.limit,
        cursor=page.cursor,
    )
    return Page(items=[AuditEventRead.model_validate(e) for e in items], next_cursor=next_cursor)
