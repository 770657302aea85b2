"""Resident self-governance (村(居)民自治): resident meetings on family planning matters, the
clauses of the village rules or residents' convention they adopt, and the volunteers who carry them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.self_governance import (
    CommunityRuleCreate,
    CommunityRuleRead,
    MeetingCreate,
    MeetingRead,
    VolunteerAdd,
)
from app.services.grassroots import self_governance as service
from app.services.grassroots import self_governance_reads as reads

router = APIRouter(tags=["Task 7 · Resident self-governance (村(居)民自治)"])
READ = "grassroots:read"
Writer = Requires("self-governance:write")


@router.get(
    "/resident-meetings",
    operation_id="listResidentMeetings",
    summary="Resident meetings on family planning matters, newest first, with the clauses each adopted",
    response_model=Page[MeetingRead],
    responses=problems(*AUTHED),
)
@lane
async def list_meetings(
    principal: Reads(READ),
    where: Annotated[reads.MeetingFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.MEETINGS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/resident-meetings",
    operation_id="createResidentMeeting",
    summary="A community records a resident meeting it held on family planning matters",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetingRead,
    responses=problems(*AUTHED, 404),
)
async def create_meeting(
    body: MeetingCreate, response: Response, session: Session, principal: Writer, today: Today
) -> Any:
    meeting = await service.create_meeting(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/resident-meetings/{meeting.id}"
    set_etag(response, meeting.version)
    return await reads.meeting_now(session, principal, meeting.id)


@router.get(
    "/resident-meetings/{meeting_id}",
    operation_id="getResidentMeeting",
    summary="Read a resident meeting",
    response_model=MeetingRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_meeting(meeting_id: IdPath, principal: Reads(READ)) -> Any:
    return await reads.MEETINGS.one(principal, meeting_id)


@router.post(
    "/resident-meetings/{meeting_id}/rules",
    operation_id="adoptCommunityRule",
    summary="A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers",
    status_code=status.HTTP_201_CREATED,
    response_model=CommunityRuleRead,
    responses=problems(*AUTHED, 404, 409),
)
async def adopt_rule(
    meeting_id: IdPath, body: CommunityRuleCreate, response: Response, session: Session, principal: Writer
) -> Any:
    rule = await service.adopt_rule(session, principal, meeting_id, body)
    response.headers["Location"] = f"/api/v1/community-rules/{rule.id}"
    set_etag(response, rule.version)
    return await reads.rule_now(session, principal, rule.id)


@router.get(
    "/community-rules",
    operation_id="listCommunityRules",
    summary="Clauses on family planning of the communities' village rules and residents' conventions",
    response_model=Page[CommunityRuleRead],
    responses=problems(*AUTHED),
)
@lane
async def list_rules(
    principal: Reads(READ),
    where: Annotated[reads.RuleFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.RULES.page(principal, limit=limit, cursor=cursor, where=where)


@router.get(
    "/community-rules/{rule_id}",
    operation_id="getCommunityRule",
    summary="Read a clause with the volunteers who carry it",
    response_model=CommunityRuleRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_rule(rule_id: IdPath, principal: Reads(READ)) -> Any:
    return await reads.RULES.one(principal, rule_id)


@router.post(
    "/community-rules/{rule_id}/volunteers",
    operation_id="addRuleVolunteer",
    summary="A member of the community's Association branch volunteers to carry the clause",
    response_model=CommunityRuleRead,
    responses=problems(*AUTHED, 404, 409),
)
async def add_volunteer(rule_id: IdPath, body: VolunteerAdd, session: Session, principal: Writer) -> Any:
    await service.add_volunteer(session, principal, rule_id, body)
    return await reads.rule_now(session, principal, rule_id)
