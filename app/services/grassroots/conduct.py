"""Work style (作风建设), Task 8's three activities (三项活动) and political style (政风行风).

The street keeps its own list of activity kinds (zh/en names; a kind is retired, never deleted);
it runs activities under them for its own team or a community's, names who took part (workers of
the workforce register or users of the office) and records what each found: the problem, the
rectification asked for and its due date (app/services/grassroots/conduct_findings.py). A
community sees its own activities and findings; the street sees all of its communities'.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.user import User
from app.models.grassroots.conduct import ConductActivity, ConductActivityKind, ConductParticipant
from app.models.grassroots.network import Worker
from app.preconditions import check_version
from app.schemas.grassroots.conduct import (
    ConductActivityCreate,
    ConductKindCreate,
    ConductKindUpdate,
    ParticipantRef,
)
from app.services.core.loading import apply_changes, one_or_404
from app.services.core.scope import user_scope
from app.services.grassroots.scope import (
    conduct_activity_scope,
    conduct_kind_scope,
    editable_conduct_kind_scope,
    org_in_scope,
    worker_scope,
)


async def create_kind(
    session: AsyncSession, principal: Principal, data: ConductKindCreate
) -> ConductActivityKind:
    org = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.street,))
    taken = await session.scalar(
        select(ConductActivityKind.id).where(
            ConductActivityKind.org_id == org.id, ConductActivityKind.code == data.code
        )
    )
    if taken is not None:
        raise Conflict(f"The street already has an activity kind {data.code}")
    kind = ConductActivityKind(
        org_id=org.id, code=data.code, name_zh=data.name_zh, name_en=data.name_en, active=True
    )
    session.add(kind)
    await session.flush()
    await _audit(
        session, principal, "conduct_kind", kind.id, "conduct_kind.create", org.path, {"code": data.code}
    )
    return kind


async def update_kind(
    session: AsyncSession,
    principal: Principal,
    kind_id: int,
    data: ConductKindUpdate,
    expected_version: int | None,
) -> ConductActivityKind:
    """Rename a kind or retire it; only the street that keeps the list (or above) changes it."""
    kind = await one_or_404(
        session,
        select(ConductActivityKind).where(
            ConductActivityKind.id == kind_id, editable_conduct_kind_scope(principal)
        ),
        "Conduct activity kind",
    )
    check_version(kind, expected_version)
    changed = apply_changes(kind, data.model_dump(exclude_unset=True))
    await session.flush()
    await _audit(
        session,
        principal,
        "conduct_kind",
        kind.id,
        "conduct_kind.update",
        principal.org_path,
        {"fields": sorted(changed)},
    )
    return kind


async def get_activity(session: AsyncSession, principal: Principal, activity_id: int) -> ConductActivity:
    return await one_or_404(
        session,
        select(ConductActivity).where(ConductActivity.id == activity_id, conduct_activity_scope(principal)),
        "Conduct activity",
    )


async def create_activity(
    session: AsyncSession, principal: Principal, data: ConductActivityCreate
) -> ConductActivity:
    """An activity of a street or community team, of a kind on its street's list, with who took part."""
    org = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.street, OrgKind.community))
    kind = await one_or_404(
        session,
        select(ConductActivityKind).where(
            ConductActivityKind.id == data.kind_id, conduct_kind_scope(principal)
        ),
        "Conduct activity kind",
    )
    street_id = org.id if org.kind is OrgKind.street else org.parent_id
    if kind.org_id != street_id:
        raise Unprocessable("The kind is not on the list of the activity's street", loc=["body", "kind_id"])
    if not kind.active:
        raise Unprocessable("The kind is retired; choose an active one", loc=["body", "kind_id"])
    activity = ConductActivity(
        org_id=org.id,
        kind_id=kind.id,
        title=data.title,
        held_on=data.held_on,
        summary=data.summary,
        created_by=principal.user_id,
    )
    session.add(activity)
    await session.flush()
    for position, ref in enumerate(data.participants):
        await _add(session, principal, activity, org, ref, ["body", "participants", position])
    await session.flush()
    await _audit(
        session,
        principal,
        "conduct_activity",
        activity.id,
        "conduct_activity.create",
        org.path,
        {"kind": kind.code, "participants": len(data.participants)},
    )
    return activity


async def add_participant(
    session: AsyncSession, principal: Principal, activity_id: int, ref: ParticipantRef
) -> ConductActivity:
    activity = await get_activity(session, principal, activity_id)
    org = await session.get_one(Org, activity.org_id)
    participant = await _add(session, principal, activity, org, ref, ["body"])
    await session.flush()
    await _audit(
        session,
        principal,
        "conduct_activity",
        activity.id,
        "conduct_activity.participant",
        org.path,
        {"worker_id": participant.worker_id, "user_id": participant.user_id},
    )
    return activity


async def _add(
    session: AsyncSession,
    principal: Principal,
    activity: ConductActivity,
    org: Org,
    ref: ParticipantRef,
    loc: list[Any],
) -> ConductParticipant:
    """A worker or user of the activity's org or beneath it, once."""
    if ref.worker_id is not None:
        person: Any = await one_or_404(
            session,
            select(Worker).where(Worker.id == ref.worker_id, worker_scope(principal)),
            "Worker",
        )
        taken = ConductParticipant.worker_id == person.id
    else:
        person = await one_or_404(
            session,
            select(User).where(User.id == ref.user_id, user_scope(principal)),
            "User",
        )
        taken = ConductParticipant.user_id == person.id
    path = await session.scalar(select(Org.path).where(Org.id == person.org_id))
    if path is None or not path.startswith(org.path):
        raise Unprocessable("The person is not of the activity's org", loc=loc)
    if await session.scalar(
        select(ConductParticipant.id).where(ConductParticipant.activity_id == activity.id, taken)
    ):
        raise Conflict("The person already takes part in the activity")
    participant = ConductParticipant(activity_id=activity.id, worker_id=ref.worker_id, user_id=ref.user_id)
    session.add(participant)
    await session.flush()
    return participant


async def _audit(
    session: AsyncSession,
    principal: Principal,
    object_type: str,
    object_id: int,
    action: str,
    scope_path: str,
    detail: dict[str, object],
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type=object_type,
        object_id=object_id,
        scope_path=scope_path,
        detail=detail,
    )
