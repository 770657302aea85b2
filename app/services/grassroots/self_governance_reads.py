"""Resident meetings and the clauses they adopted on the fast read path; a clause's volunteers
(with their names) come with it, read for the whole page in one more query. Both are seen by their
community and the orgs above it, never by a sibling community."""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.list_filters import Equals, ListFilters
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.grassroots.association import AssociationMember
from app.models.grassroots.network import Worker
from app.models.grassroots.self_governance import CommunityRule, ResidentMeeting, RuleBook, RuleVolunteer
from app.read_path import ReadPath, Related, Row
from app.schemas.common import DbId
from app.schemas.grassroots.self_governance import CommunityRuleRead, MeetingRead
from app.services.grassroots.scope import meeting_scope, rule_scope
from app.services.grassroots.session_reads import in_session


def _org_name(org_id: Any) -> ColumnElement[str]:
    return select(Org.name).where(Org.id == org_id).scalar_subquery()


class MeetingFilters(ListFilters):
    """The resident meeting list's query parameters."""

    org_id: Annotated[DbId | None, Equals(ResidentMeeting.org_id)] = None


MEETINGS = ReadPath(
    model=ResidentMeeting,
    schema=MeetingRead,
    scope=meeting_scope,
    label="Resident meeting",
    columns={
        "org_name": _org_name(ResidentMeeting.org_id),
        "rules_adopted": select(func.count(CommunityRule.id))
        .where(CommunityRule.meeting_id == ResidentMeeting.id)
        .scalar_subquery(),
    },
    filters=MeetingFilters,
    descending=True,
)

_MEMBER_NAME = func.coalesce(
    select(Resident.name)
    .join(AssociationMember, AssociationMember.resident_id == Resident.id)
    .where(AssociationMember.id == RuleVolunteer.member_id)
    .scalar_subquery(),
    select(Worker.name)
    .join(AssociationMember, AssociationMember.worker_id == Worker.id)
    .where(AssociationMember.id == RuleVolunteer.member_id)
    .scalar_subquery(),
    "",
).label("name")

_VOLUNTEER_COLUMNS = (RuleVolunteer.member_id, _MEMBER_NAME, RuleVolunteer.duty)
VOLUNTEERS = Related(*_VOLUNTEER_COLUMNS, key=RuleVolunteer.rule_id, order_by=RuleVolunteer.member_id)


async def _with_volunteers(rows: list[Row], _context: Any) -> None:
    volunteers = await VOLUNTEERS.fetch([row["id"] for row in rows])
    for row in rows:
        row["volunteers"] = volunteers[row["id"]]


class RuleFilters(ListFilters):
    """The community rule list's query parameters."""

    org_id: Annotated[DbId | None, Equals(CommunityRule.org_id)] = None
    meeting_id: Annotated[DbId | None, Equals(CommunityRule.meeting_id)] = None
    book: Annotated[RuleBook | None, Equals(CommunityRule.book)] = None


RULES = ReadPath(
    model=CommunityRule,
    schema=CommunityRuleRead,
    scope=rule_scope,
    label="Community rule",
    columns={
        "org_name": _org_name(CommunityRule.org_id),
        "meeting_title": select(ResidentMeeting.title)
        .where(ResidentMeeting.id == CommunityRule.meeting_id)
        .scalar_subquery(),
    },
    filters=RuleFilters,
    derived=("volunteers",),
    complete=_with_volunteers,
)


async def meeting_now(session: AsyncSession, principal: Principal, meeting_id: int) -> MeetingRead:
    """The meeting as the list shows it, read in the caller's transaction (what a write just did)."""
    return MeetingRead.model_validate(await in_session(session, MEETINGS, principal, meeting_id))


async def rule_now(session: AsyncSession, principal: Principal, rule_id: int) -> CommunityRuleRead:
    row = await in_session(session, RULES, principal, rule_id)
    volunteers = await session.execute(
        select(*_VOLUNTEER_COLUMNS).where(RuleVolunteer.rule_id == rule_id).order_by(RuleVolunteer.member_id)
    )
    return CommunityRuleRead.model_validate({**row, "volunteers": [dict(v) for v in volunteers.mappings()]})
