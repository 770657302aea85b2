"""The audit trail (street level and above)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from app.deps import CursorQuery, LimitQuery, Reads
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.core.audit import AuditEventRead
from app.services.core import audit_reads

router = APIRouter(prefix="/audit-events", tags=["Platform: audit"])


@router.get(
    "",
    operation_id="listAuditEvents",
    summary="Audit events in the caller's area, newest first",
    response_model=Page[AuditEventRead],
    responses=problems(*AUTHED),
)
@lane
async def list_audit_events(
    principal: Reads("audit:read"),
    where: Annotated[audit_reads.AuditFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await audit_reads.AUDIT_EVENTS.page(principal, limit=limit, cursor=cursor, where=where)
