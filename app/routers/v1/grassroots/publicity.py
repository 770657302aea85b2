"""Task 2, publicity and education: campaigns (opened from a template), activities, the report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import (
    CursorQuery,
    IdPath,
    LimitQuery,
    Reads,
    Requires,
    Session,
    set_etag,
)
from app.models.grassroots.publicity import Activity
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.publicity import (
    ActivityCreate,
    ActivityRead,
    ActivityReport,
    CampaignCreate,
    CampaignRead,
    CampaignReport,
)
from app.services.grassroots import publicity as service
from app.services.grassroots import publicity_reads as reads
from app.services.grassroots.publicity import ACTIVITY_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(tags=["Task 2 · Publicity and education (宣传教育)"])


def _campaign(campaign: object, opened: int = 0) -> CampaignRead:
    return CampaignRead.model_validate(campaign).model_copy(update={"activities_opened": opened})


@router.get(
    "/campaigns",
    operation_id="listCampaigns",
    summary="Campaigns of the caller's street (newest first)",
    response_model=Page[CampaignRead],
    responses=problems(*AUTHED),
)
@lane
async def list_campaigns(
    principal: Reads("grassroots:read"),
    where: Annotated[reads.CampaignFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.CAMPAIGNS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/campaigns",
    operation_id="createCampaign",
    summary="Create a key-day campaign; the template opens one activity per community and unit",
    status_code=status.HTTP_201_CREATED,
    response_model=CampaignRead,
    responses=problems(*AUTHED, 404),
)
async def create_campaign(
    body: CampaignCreate, response: Response, session: Session, principal: Requires("campaigns:write")
) -> CampaignRead:
    campaign, opened = await service.create_campaign(session, principal, body)
    response.headers["Location"] = f"/api/v1/campaigns/{campaign.id}"
    set_etag(response, campaign.version)
    return _campaign(campaign, opened)


@router.get(
    "/campaigns/{campaign_id}",
    operation_id="getCampaign",
    summary="Read a campaign",
    response_model=CampaignRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_campaign(campaign_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await reads.CAMPAIGNS.one(principal, campaign_id)


@router.get(
    "/campaigns/{campaign_id}/report",
    operation_id="getCampaignReport",
    summary="Every community's and unit's activities and totals, and who has not reported",
    response_model=CampaignReport,
    responses=problems(*AUTHED, 404),
)
async def campaign_report(
    campaign_id: IdPath, session: Session, principal: Requires("grassroots:read")
) -> CampaignReport:
    return await service.campaign_report(session, principal, campaign_id)


@router.get(
    "/activities",
    operation_id="listActivities",
    summary="Activities in the caller's area: campaigns, Association (三进), care-action lectures",
    response_model=Page[ActivityRead],
    responses=problems(*AUTHED),
)
@lane
async def list_activities(
    principal: Reads("grassroots:read"),
    where: Annotated[reads.ActivityFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.ACTIVITIES.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/activities",
    operation_id="createActivity",
    summary="Plan an activity (extra to a campaign, an Association branch's, or a care-action lecture)",
    status_code=status.HTTP_201_CREATED,
    response_model=ActivityRead,
    responses=problems(*AUTHED, 404),
)
async def create_activity(
    body: ActivityCreate, response: Response, session: Session, principal: Requires("activities:write")
) -> ActivityRead:
    activity = await service.create_activity(session, principal, body)
    response.headers["Location"] = f"/api/v1/activities/{activity.id}"
    set_etag(response, activity.version)
    return ActivityRead.model_validate(activity)


@router.get(
    "/activities/{activity_id}",
    operation_id="getActivity",
    summary="Read an activity",
    response_model=ActivityRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_activity(activity_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await reads.ACTIVITIES.one(principal, activity_id)


async def _present_activity(session: Session, activity: Activity) -> ActivityRead:
    return ActivityRead.model_validate(activity)


activity_steps = StepRoutes(
    router,
    "activity_id",
    ActivityRead,
    _present_activity,
    ACTIVITY_WORKFLOW,
    responses=problems(*AUTHED, 404, 409, 412),
    prefix="/activities",
)
activity_steps.post(
    "report",
    "reportActivity",
    "Report what happened: attendance, materials, partner, photos as links (again to correct)",
    service.report_activity,
    ActivityReport,
)
