"""What core gives mobile sync (app/sync.py): residents and families; life events and contact fixes.

Contact fields merge field by field by recorded time: a device's value is applied unless the server
changed that field after the device recorded it (the server's newer value stays, and the device's
is listed as a conflict for the worker).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import family_scope, resident_scope
from app.errors import Conflict
from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from app.models.core.resident import Resident, ResidentStatus
from app.schemas.core.resident import DIVISION_CODE_PATTERN, PHONE_PATTERN, ResidentRead, ResidentUpdate
from app.services.core import residents
from app.sync import Applied, Clash, FeedKind, FeedRequest, OperationContext, OperationKind

CONTACT_FIELDS = ("phone", "household_division_code")


async def _residents(session: AsyncSession, request: FeedRequest) -> list[tuple[int, dict[str, Any]]]:
    stmt = select(Resident).where(resident_scope(request.principal), Resident.status == ResidentStatus.active)
    stmt = stmt.where(Resident.id.in_(request.ids)) if request.ids is not None else stmt
    rows = (
        await session.execute(
            stmt.where(Resident.id > request.after).order_by(Resident.id).limit(request.limit)
        )
    ).scalars()
    return [
        (
            r.id,
            (
                residents.to_read(r, request.settings, reveal=True)
                if request.reveal
                else ResidentRead.model_validate(r)
            ).model_dump(mode="json"),
        )
        for r in rows
    ]


async def _families(session: AsyncSession, request: FeedRequest) -> list[tuple[int, dict[str, Any]]]:
    stmt = select(
        Family.id,
        Family.community_id,
        Family.husband_id,
        Family.wife_id,
        Family.marriage_date,
        Family.version,
    ).where(family_scope(request.principal))
    stmt = stmt.where(Family.id.in_(request.ids)) if request.ids is not None else stmt
    rows = (
        await session.execute(stmt.where(Family.id > request.after).order_by(Family.id).limit(request.limit))
    ).all()
    return [
        (
            row.id,
            {
                "id": row.id,
                "community_id": row.community_id,
                "husband_id": row.husband_id,
                "wife_id": row.wife_id,
                "marriage_date": row.marriage_date.isoformat() if row.marriage_date else None,
                "version": row.version,
            },
        )
        for row in rows
    ]


FEEDS = (FeedKind("resident", _residents, personal=True), FeedKind("family", _families))


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LifeEvent(_Body):
    resident_id: int = Field(ge=1)
    event: str = Field(pattern="^(death|move_out)$")
    on: date | None = Field(default=None, description="The event's date; the recorded date if left out")


class ContactCorrection(_Body):
    resident_id: int = Field(ge=1)
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    household_division_code: str | None = Field(default=None, pattern=DIVISION_CODE_PATTERN)


async def _life_event(session: AsyncSession, ctx: OperationContext, data: dict[str, Any]) -> Applied:
    body = LifeEvent.model_validate(data)
    resident = await residents.get_resident(session, ctx.principal, body.resident_id)
    status = ResidentStatus.deceased if body.event == "death" else ResidentStatus.moved_out
    if resident.status is not ResidentStatus.active:
        # The server wins on state: the record already says moved out or deceased.
        return Applied(
            "resident",
            resident.id,
            [
                Clash(
                    "resident",
                    resident.id,
                    "workflow-state",
                    {"status": resident.status.value, "status_date": str(resident.status_date)},
                    {"event": body.event},
                )
            ],
        )
    await residents.change_status(
        session, ctx.principal, resident.id, status.value, body.on or ctx.recorded_on, None
    )
    return Applied("resident", resident.id)


async def _last_server_change(session: AsyncSession, resident_id: int, field: str) -> datetime | None:
    """When ``field`` was last changed on the office clock, from the audit trail of the resident."""
    details = (
        await session.execute(
            select(AuditEvent.detail, AuditEvent.occurred_at).where(
                AuditEvent.object_type == "resident",
                AuditEvent.object_id == str(resident_id),
                AuditEvent.action == "resident.updated",
            )
        )
    ).all()
    latest: datetime | None = None
    for detail, occurred in details:
        if isinstance(detail, dict) and field in (detail.get("fields") or []):
            at = datetime.fromisoformat(detail["at"]) if detail.get("at") else occurred
            latest = at if latest is None or at > latest else latest
    return latest


async def _contact(session: AsyncSession, ctx: OperationContext, data: dict[str, Any]) -> Applied:
    body = ContactCorrection.model_validate(data)
    sent = body.model_fields_set - {"resident_id"}
    if not sent:
        raise Conflict("Nothing to correct", zh="没有要更正的字段")
    resident = await residents.get_resident(session, ctx.principal, body.resident_id)
    apply: dict[str, Any] = {}
    clashes: list[Clash] = []
    for field in sorted(sent):
        last = await _last_server_change(session, resident.id, field)
        if last is not None and last > ctx.recorded_at:
            current = resident.phone_masked if field == "phone" else getattr(resident, field)
            clashes.append(
                Clash("resident", resident.id, "newer-on-server", current, getattr(body, field), field)
            )
        else:
            apply[field] = getattr(body, field)
    if apply:
        await residents.update_resident(
            session,
            ctx.settings,
            ctx.principal,
            resident.id,
            ResidentUpdate.model_validate(apply),
            None,
            changed_at=ctx.recorded_at,
        )
    return Applied("resident", resident.id, clashes)


async def _use_device(session: AsyncSession, ctx: OperationContext, clash: Clash) -> None:
    await residents.update_resident(
        session,
        ctx.settings,
        ctx.principal,
        clash.object_id,
        ResidentUpdate.model_validate({clash.field or "": clash.device_value}),
        None,
    )


OPERATIONS = (
    OperationKind(
        "life_event", _life_event, "A death or a move-out reported (居民死亡、迁出)", "residents:life-events"
    ),
    OperationKind(
        "phone_correction",
        _contact,
        "A phone number (or household code) corrected; merged field by field by recorded time",
        "residents:write",
        resolve=_use_device,
    ),
)
