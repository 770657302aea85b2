"""Resident self-governance (村(居)民自治) on family planning, as the Association reports it.

A community records its resident meetings (居民会议) on family planning matters; a meeting adopts
clauses of the village rules (村规民约) or the residents' convention (居民公约), in force from its
day; members of the community's Association branch volunteer to carry a clause (explain it door to
door, watch over it). A community sees its own records; the street sees all of its communities'.
Integrity agreements (诚信计生, app/services/grassroots/association.py) stay the families' side.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.grassroots.association import AssociationMember
from app.models.grassroots.self_governance import CommunityRule, ResidentMeeting, RuleVolunteer
from app.schemas.grassroots.self_governance import CommunityRuleCreate, MeetingCreate, VolunteerAdd
from app.services.core.loading import one_or_404
from app.services.grassroots.scope import meeting_scope, member_scope, org_in_scope, rule_scope


async def get_meeting(session: AsyncSession, principal: Principal, meeting_id: int) -> ResidentMeeting:
    return await one_or_404(
        session,
        select(ResidentMeeting).where(ResidentMeeting.id == meeting_id, meeting_scope(principal)),
        "Resident meeting",
    )


async def get_rule(session: AsyncSession, principal: Principal, rule_id: int) -> CommunityRule:
    return await one_or_404(
        session,
        select(CommunityRule).where(CommunityRule.id == rule_id, rule_scope(principal)),
        "Community rule",
    )


async def create_meeting(
    session: AsyncSession, principal: Principal, data: MeetingCreate, today: date
) -> ResidentMeeting:
    org = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.community,))
    if data.held_on > today:
        raise Unprocessable("held_on is not after today: record a meeting once held", loc=["body", "held_on"])
    meeting = ResidentMeeting(
        org_id=org.id,
        held_on=data.held_on,
        title=data.title,
        matters=data.matters,
        resolutions=data.resolutions,
        attendance=data.attendance,
        recorded_by=principal.user_id,
    )
    session.add(meeting)
    await session.flush()
    await _audit(session, principal, "resident_meeting", meeting.id, "resident_meeting.create", org.path, {})
    return meeting


async def adopt_rule(
    session: AsyncSession, principal: Principal, meeting_id: int, data: CommunityRuleCreate
) -> CommunityRule:
    """A clause the meeting adopted, in force from the meeting's day, with the volunteers who carry it."""
    meeting = await get_meeting(session, principal, meeting_id)
    taken = await session.scalar(
        select(CommunityRule.id).where(
            CommunityRule.org_id == meeting.org_id,
            CommunityRule.book == data.book,
            CommunityRule.clause_no == data.clause_no,
        )
    )
    if taken is not None:
        raise Conflict("The community's rules already have a clause with this number")
    if len({v.member_id for v in data.volunteers}) != len(data.volunteers):
        raise Unprocessable("A member is named twice", loc=["body", "volunteers"])
    rule = CommunityRule(
        org_id=meeting.org_id,
        meeting_id=meeting.id,
        book=data.book,
        clause_no=data.clause_no,
        text=data.text,
        adopted_on=meeting.held_on,
    )
    session.add(rule)
    await session.flush()
    for position, volunteer in enumerate(data.volunteers):
        await _volunteer(session, principal, rule, volunteer, ["body", "volunteers", position, "member_id"])
    await session.flush()
    org = await session.get_one(Org, rule.org_id)
    await _audit(
        session,
        principal,
        "community_rule",
        rule.id,
        "community_rule.adopt",
        org.path,
        {"meeting_id": meeting.id, "book": data.book.value, "volunteers": len(data.volunteers)},
    )
    return rule


async def add_volunteer(
    session: AsyncSession, principal: Principal, rule_id: int, data: VolunteerAdd
) -> CommunityRule:
    rule = await get_rule(session, principal, rule_id)
    if await session.get(RuleVolunteer, (rule.id, data.member_id)) is not None:
        raise Conflict("The member already carries this clause")
    await _volunteer(session, principal, rule, data, ["body", "member_id"])
    await session.flush()
    org = await session.get_one(Org, rule.org_id)
    await _audit(
        session,
        principal,
        "community_rule",
        rule.id,
        "community_rule.volunteer",
        org.path,
        {"member_id": data.member_id},
    )
    return rule


async def _volunteer(
    session: AsyncSession, principal: Principal, rule: CommunityRule, data: VolunteerAdd, loc: list[Any]
) -> None:
    """A member of the rule's community's Association branch (404 outside the caller's scope)."""
    member = await one_or_404(
        session,
        select(AssociationMember).where(AssociationMember.id == data.member_id, member_scope(principal)),
        "Association member",
    )
    if member.org_id != rule.org_id:
        raise Unprocessable("The member is not of the community's Association branch", loc=loc)
    session.add(RuleVolunteer(rule_id=rule.id, member_id=member.id, duty=data.duty))


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
