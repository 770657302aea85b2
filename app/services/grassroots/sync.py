"""What grassroots gives mobile sync (app/sync.py): open care cases with their next visit due, and
care-case visits recorded at the door."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import InvalidTransition
from app.models.grassroots.care import CareCase, CareStatus
from app.schemas.grassroots.care import CareCaseRead, CareVisitCreate
from app.services.grassroots.care_visits import add_visit
from app.services.grassroots.scope import case_scope
from app.sync import Applied, Clash, FeedKind, FeedRequest, OperationContext, OperationKind


async def _cases(session: AsyncSession, request: FeedRequest) -> list[tuple[int, dict[str, Any]]]:
    if not request.principal.can("grassroots:read"):
        return []
    stmt = select(CareCase).where(case_scope(request.principal), CareCase.status != CareStatus.closed)
    stmt = stmt.where(CareCase.id.in_(request.ids)) if request.ids is not None else stmt
    rows = (
        await session.execute(
            stmt.where(CareCase.id > request.after).order_by(CareCase.id).limit(request.limit)
        )
    ).scalars()
    return [(c.id, CareCaseRead.model_validate(c).model_dump(mode="json")) for c in rows]


FEEDS = (FeedKind("care_case", _cases),)


class CareVisit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_id: int = Field(ge=1)
    visited_on: date
    notes: str = Field(min_length=1, max_length=5000)


async def _visit(session: AsyncSession, ctx: OperationContext, data: dict[str, Any]) -> Applied:
    body = CareVisit.model_validate(data)
    try:
        visit = await add_visit(
            session,
            ctx.settings,
            ctx.principal,
            body.case_id,
            CareVisitCreate(visited_on=body.visited_on, notes=body.notes),
            ctx.recorded_on,
        )
    except InvalidTransition as exc:  # closed on the server meanwhile: the server's state stays
        state = exc.extra.get("current_state") if exc.extra else None
        return Applied(
            "care_case", body.case_id, [Clash("care_case", body.case_id, "workflow-state", {"status": state})]
        )
    return Applied("care_visit", visit.id)


OPERATIONS = (OperationKind("care_visit", _visit, "A care-case visit (关怀走访)", "care:write"),)
