"""Referrals (转诊) to partner providers, following FHIR ServiceRequest/Task states.

requested → accepted → scheduled → completed (with the outcome); a referral may be declined
(by the provider, before it is scheduled) or cancelled (by the referring side, while open). Any
other step is an illegal transition (409 with the current state). A referral is overdue when its
follow-up date has passed and it is still open. Every step is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, resident_scope
from app.clock import local_date, local_today
from app.db import utcnow
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.referral import (
    OPEN_REFERRAL_STATES,
    Referral,
    ReferralPriority,
    ReferralStatus,
    is_overdue,
    overdue_on,
)
from app.pagination import fetch_page
from app.schemas.quality.referral import ReferralCreate, ReferralRead
from app.services.core.loading import one_or_404
from app.services.core.scope import partner_scope
from app.services.quality.scope import referral_scope
from app.services.quality.screening import get_screening
from app.workflow import Workflow, step

S = ReferralStatus

REFERRAL_WORKFLOW = Workflow(
    "referral",
    ReferralStatus,
    [
        step("accept", [S.requested], S.accepted, "referrals:update", zh="接收", en="Accept"),
        step(
            "schedule",
            [S.accepted, S.scheduled],
            S.scheduled,
            "referrals:update",
            "scheduled_for is required; scheduling again reschedules",
            zh="预约",
            en="Schedule",
        ),
        step(
            "complete",
            [S.scheduled],
            S.completed,
            "referrals:update",
            "records the outcome",
            zh="完成",
            en="Complete",
        ),
        step(
            "decline",
            [S.requested, S.accepted],
            S.declined,
            "referrals:update",
            "with a reason",
            zh="拒绝",
            en="Decline",
        ),
        step(
            "cancel",
            OPEN_REFERRAL_STATES,
            S.cancelled,
            "referrals:write",
            "with a reason",
            zh="撤销",
            en="Cancel",
        ),
    ],
)


def to_read(referral: Referral, today: date | None = None) -> ReferralRead:
    today = today or local_today()
    return ReferralRead.model_validate(
        {
            **{c: getattr(referral, c) for c in ReferralRead.model_fields if hasattr(referral, c)},
            "overdue": is_overdue(referral.status, referral.follow_up_due_on, today),
        }
    )


async def get_referral(session: AsyncSession, principal: Principal, referral_id: int) -> Referral:
    return await one_or_404(
        session, select(Referral).where(Referral.id == referral_id, referral_scope(principal)), "Referral"
    )


async def list_referrals(
    session: AsyncSession,
    principal: Principal,
    *,
    status: ReferralStatus | None,
    overdue: bool | None,
    partner_id: int | None,
    resident_id: int | None,
    screening_id: int | None,
    priority: ReferralPriority | None,
    limit: int,
    cursor: str | None,
    today: date | None = None,
) -> tuple[list[Referral], str | None]:
    stmt = select(Referral).where(referral_scope(principal))
    if status is not None:
        stmt = stmt.where(Referral.status == status)
    if overdue is not None:
        day = today or local_today()
        late = overdue_on(day)
        stmt = stmt.where(late if overdue else ~late)
    for column, value in (
        (Referral.partner_id, partner_id),
        (Referral.resident_id, resident_id),
        (Referral.screening_id, screening_id),
        (Referral.priority, priority),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    return await fetch_page(session, stmt, id_column=Referral.id, limit=limit, cursor=cursor)


async def create_referral(
    session: AsyncSession, principal: Principal, data: ReferralCreate, today: date | None = None
) -> Referral:
    """Refer a resident of the caller's area to a partner, from a screening or on its own."""
    if data.screening_id is not None:
        screening = await get_screening(session, principal, data.screening_id)
        if data.resident_id is not None and data.resident_id != screening.resident_id:
            raise Unprocessable("resident_id must be the screened resident", loc=["body", "resident_id"])
        resident_id = screening.resident_id
    elif data.resident_id is not None:
        resident_id = data.resident_id
    else:
        raise Unprocessable("Give screening_id or resident_id", loc=["body", "resident_id"])
    resident = (
        await session.execute(select(Resident).where(Resident.id == resident_id, resident_scope(principal)))
    ).scalar_one_or_none()
    if resident is None:
        raise NotFound("Resident not found")
    partner = await one_or_404(
        session,
        select(Partner).where(Partner.id == data.partner_id, partner_scope(principal)),
        "Partner",
    )
    if not partner.active:
        raise Unprocessable("This partner no longer takes referrals", loc=["body", "partner_id"])
    if data.follow_up_due_on < (today or local_today()):
        raise Unprocessable("follow_up_due_on is in the past", loc=["body", "follow_up_due_on"])
    referral = Referral(
        screening_id=data.screening_id,
        resident_id=resident.id,
        partner_id=partner.id,
        org_id=resident.community_id,
        reason=data.reason,
        priority=data.priority,
        status=ReferralStatus.requested,
        follow_up_due_on=data.follow_up_due_on,
        requested_by=principal.user_id,
    )
    session.add(referral)
    await session.flush()
    await _audit(
        session,
        principal,
        referral,
        "referral.requested",
        {"partner_id": partner.id, "screening_id": data.screening_id, "priority": data.priority.value},
    )
    return referral


def _record_appointment(referral: Referral, given: dict[str, Any]) -> None:
    if given["scheduled_for"] is None:
        raise Unprocessable("scheduled_for is required", loc=["body", "scheduled_for"])
    referral.scheduled_for = given["scheduled_for"].astimezone(UTC)


def _record_outcome(referral: Referral, given: dict[str, Any]) -> None:
    """Completed on or after the day it was scheduled for (Beijing date), never before."""
    if referral.scheduled_for is not None:
        scheduled_on = local_date(referral.scheduled_for)
        if (given["today"] or local_today()) < scheduled_on:
            raise Conflict(
                f"The referral is scheduled for {scheduled_on.isoformat()}: it cannot be completed before",
                zh=f"该转诊预约在{scheduled_on.isoformat()}，预约日之前不能登记完成",
                extra={"scheduled_on": scheduled_on.isoformat()},
            )
    referral.outcome = given["outcome"]


def _record_reason(referral: Referral, given: dict[str, Any]) -> None:
    referral.status_reason = given["reason"]


# What each step of REFERRAL_WORKFLOW records besides the state (its checks first); the table says
# from which states it may start and where it leads.
STEP_EFFECTS: dict[str, Callable[[Referral, dict[str, Any]], None]] = {
    "accept": lambda referral, given: None,
    "schedule": _record_appointment,
    "complete": _record_outcome,
    "decline": _record_reason,
    "cancel": _record_reason,
}
CLOSED_STATES = frozenset(ReferralStatus) - frozenset(OPEN_REFERRAL_STATES)


async def transition(
    session: AsyncSession,
    principal: Principal,
    referral_id: int,
    action: str,
    *,
    expected_version: int | None,
    scheduled_for: datetime | None = None,
    outcome: str | None = None,
    reason: str | None = None,
    comment: str | None = None,
    today: date | None = None,
) -> Referral:
    """Apply one workflow step; a step not allowed from the current state is 409 with that state."""
    referral = await get_referral(session, principal, referral_id)
    target = REFERRAL_WORKFLOW.move(referral, action, expected_version)
    given = {"scheduled_for": scheduled_for, "outcome": outcome, "reason": reason, "today": today}
    STEP_EFFECTS[action](referral, given)
    previous = referral.status
    referral.status = target
    if target in CLOSED_STATES:
        referral.closed_at = utcnow()
    await session.flush()
    detail: dict[str, object] = {"from": previous.value, "to": target.value}
    if scheduled_for is not None:
        detail["scheduled_for"] = scheduled_for.isoformat()
    if reason or comment:
        detail["reason"] = reason or comment
    await _audit(session, principal, referral, f"referral.{target.value}", detail)
    return referral


async def _audit(
    session: AsyncSession, principal: Principal, referral: Referral, action: str, detail: dict[str, object]
) -> None:
    org = await session.get(Org, referral.org_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="referral",
        object_id=referral.id,
        scope_path=org.path if org else principal.org_path,
        detail=detail,
    )
