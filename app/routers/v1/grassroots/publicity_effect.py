"""Task 2, the effectiveness of publicity (实效性): a campaign's reach by channel, knowledge surveys."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.publicity_effect import ReachCreate, ReachRead, SurveyCreate, SurveyRead
from app.services.grassroots import publicity_effect as service
from app.services.grassroots import publicity_effect_reads as reads

router = APIRouter(tags=["Task 2 · Publicity and education (宣传教育)"])
Writer = Requires("activities:write")


@router.get(
    "/campaigns/{campaign_id}/reach",
    operation_id="listCampaignReach",
    summary="People the campaign reached, by org and channel, in the caller's area",
    response_model=Page[ReachRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_reach(
    campaign_id: IdPath,
    principal: Reads("grassroots:read"),
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.reach_page(principal, campaign_id, limit=limit, cursor=cursor)


@router.post(
    "/campaigns/{campaign_id}/reach",
    operation_id="recordCampaignReach",
    summary="Record the people an org reached for the campaign through one channel",
    status_code=status.HTTP_201_CREATED,
    response_model=ReachRead,
    responses=problems(*AUTHED, 404),
)
async def record_reach(
    campaign_id: IdPath, body: ReachCreate, session: Session, principal: Writer, today: Today
) -> Any:
    reach = await service.record_reach(session, principal, campaign_id, body, today)
    return await service.read_reach(session, reach.id)


@router.get(
    "/knowledge-surveys",
    operation_id="listKnowledgeSurveys",
    summary="Knowledge surveys (知晓率调查) before and after campaigns, newest first",
    response_model=Page[SurveyRead],
    responses=problems(*AUTHED),
)
@lane
async def list_surveys(
    principal: Reads("grassroots:read"),
    where: Annotated[reads.SurveyFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.SURVEYS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/knowledge-surveys",
    operation_id="recordKnowledgeSurvey",
    summary="Record a knowledge survey before (pre) or after (post) a campaign or one of its activities",
    status_code=status.HTTP_201_CREATED,
    response_model=SurveyRead,
    responses=problems(*AUTHED, 404),
)
async def record_survey(
    body: SurveyCreate, response: Response, session: Session, principal: Writer, today: Today
) -> Any:
    survey = await service.record_survey(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/knowledge-surveys/{survey.id}"
    return await service.read_survey(session, survey.id)


@router.get(
    "/knowledge-surveys/{survey_id}",
    operation_id="getKnowledgeSurvey",
    summary="Read a knowledge survey",
    response_model=SurveyRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_survey(survey_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await reads.SURVEYS.one(principal, survey_id)
