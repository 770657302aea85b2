"""Work style (作风建设), the three activities (三项活动) and political style (政风行风): the
street's activity kinds, its activities with participants and findings, rectification, and the
conduct view of an org with its figures."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.authz import Principal
from app.clock import Today
from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.models.grassroots.conduct import ConductFinding
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.grassroots.conduct import (
    ConductActivityCreate,
    ConductActivityRead,
    ConductKindCreate,
    ConductKindRead,
    ConductKindUpdate,
    ConductView,
    FindingCreate,
    FindingRead,
    FindingRectify,
    ParticipantRef,
)
from app.services.grassroots import conduct as service
from app.services.grassroots import conduct_findings as findings
from app.services.grassroots import conduct_reads as reads
from app.services.grassroots.conduct_findings import FINDING_WORKFLOW
from app.services.grassroots.conduct_view import conduct_view
from app.step_routes import StepRoutes

router = APIRouter(tags=["Task 8 · Work style (作风建设、三项活动、政风行风)"])
READ = "grassroots:read"
Kinds = Requires("conduct:kinds")
Writer = Requires("conduct:write")


@router.get(
    "/conduct-activity-kinds",
    operation_id="listConductActivityKinds",
    summary="The kinds of work-style activity the street keeps (zh/en names); a community sees its street's",
    response_model=Page[ConductKindRead],
    responses=problems(*AUTHED),
)
@lane
async def list_kinds(
    principal: Reads(READ),
    where: Annotated[reads.KindFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.KINDS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/conduct-activity-kinds",
    operation_id="createConductActivityKind",
    summary="The street adds a kind of activity to its list",
    status_code=status.HTTP_201_CREATED,
    response_model=ConductKindRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_kind(body: ConductKindCreate, response: Response, session: Session, principal: Kinds) -> Any:
    kind = await service.create_kind(session, principal, body)
    response.headers["Location"] = f"/api/v1/conduct-activity-kinds/{kind.id}"
    set_etag(response, kind.version)
    return ConductKindRead.model_validate(kind)


@router.get(
    "/conduct-activity-kinds/{kind_id}",
    operation_id="getConductActivityKind",
    summary="Read a kind of work-style activity",
    response_model=ConductKindRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_kind(kind_id: IdPath, principal: Reads(READ)) -> Any:
    return await reads.KINDS.one(principal, kind_id)


@router.patch(
    "/conduct-activity-kinds/{kind_id}",
    operation_id="updateConductActivityKind",
    summary="Rename a kind or retire it (active=false: kept, but no new activity takes it)",
    response_model=ConductKindRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_kind(
    kind_id: IdPath,
    body: ConductKindUpdate,
    response: Response,
    session: Session,
    principal: Kinds,
    if_match: IfMatch,
) -> Any:
    kind = await service.update_kind(session, principal, kind_id, body, if_match)
    set_etag(response, kind.version)
    return ConductKindRead.model_validate(kind)


@router.get(
    "/conduct-activities",
    operation_id="listConductActivities",
    summary="Work-style activities of the area, newest first, with participants and findings counted",
    response_model=Page[ConductActivityRead],
    responses=problems(*AUTHED),
)
@lane
async def list_activities(
    principal: Reads(READ),
    where: Annotated[reads.ActivityFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.ACTIVITIES.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/conduct-activities",
    operation_id="createConductActivity",
    summary="The street records an activity of a kind on its list, with who took part",
    status_code=status.HTTP_201_CREATED,
    response_model=ConductActivityRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_activity(
    body: ConductActivityCreate, response: Response, session: Session, principal: Writer
) -> Any:
    activity = await service.create_activity(session, principal, body)
    response.headers["Location"] = f"/api/v1/conduct-activities/{activity.id}"
    set_etag(response, activity.version)
    return await reads.activity_now(session, principal, activity.id)


@router.get(
    "/conduct-activities/{activity_id}",
    operation_id="getConductActivity",
    summary="Read a work-style activity with its participants",
    response_model=ConductActivityRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_activity(activity_id: IdPath, principal: Reads(READ)) -> Any:
    return await reads.ACTIVITIES.one(principal, activity_id)


@router.post(
    "/conduct-activities/{activity_id}/participants",
    operation_id="addConductParticipant",
    summary="Add a worker or a user of the activity's org as a participant",
    response_model=ConductActivityRead,
    responses=problems(*AUTHED, 404, 409),
)
async def add_participant(
    activity_id: IdPath, body: ParticipantRef, session: Session, principal: Writer
) -> Any:
    await service.add_participant(session, principal, activity_id, body)
    return await reads.activity_now(session, principal, activity_id)


@router.post(
    "/conduct-activities/{activity_id}/findings",
    operation_id="addConductFinding",
    summary="Record a problem the activity found, the rectification asked for and its due date",
    status_code=status.HTTP_201_CREATED,
    response_model=FindingRead,
    responses=problems(*AUTHED, 404),
)
async def add_finding(
    activity_id: IdPath,
    body: FindingCreate,
    response: Response,
    session: Session,
    principal: Writer,
    today: Today,
) -> Any:
    finding = await findings.add_finding(session, principal, activity_id, body)
    response.headers["Location"] = f"/api/v1/conduct-findings/{finding.id}"
    set_etag(response, finding.version)
    return await reads.finding_now(session, principal, finding.id, today)


@router.get(
    "/conduct-findings",
    operation_id="listConductFindings",
    summary="Findings of the area's work-style activities, newest first; overdue=true for late ones",
    response_model=Page[FindingRead],
    responses=problems(*AUTHED),
)
@lane
async def list_findings(
    principal: Reads(READ),
    today: Today,
    where: Annotated[reads.FindingFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.FINDINGS.page(
        principal, limit=limit, cursor=cursor, context=today, where=where, today=today
    )


@router.get(
    "/conduct-findings/{finding_id}",
    operation_id="getConductFinding",
    summary="Read a finding with its rectification",
    response_model=FindingRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_finding(finding_id: IdPath, principal: Reads(READ), today: Today) -> Any:
    return await reads.FINDINGS.one(principal, finding_id, context=today)


async def _present_finding(
    session: Session, finding: ConductFinding, principal: Principal, today: date
) -> Any:
    return await reads.finding_now(session, principal, finding.id, today)


finding_steps = StepRoutes(
    router,
    "finding_id",
    FindingRead,
    _present_finding,
    FINDING_WORKFLOW,
    responses=problems(*AUTHED, 404, 409, 412),
    prefix="/conduct-findings",
)
finding_steps.post(
    "rectify",
    "rectifyConductFinding",
    "The team concerned records the rectification done and its date",
    findings.rectify,
    FindingRectify,
)


@router.get(
    "/conduct-view",
    operation_id="getConductView",
    summary="An org's work style in one view: activities, findings and conduct measures as indicator figures",
    response_model=ConductView,
    responses=problems(*AUTHED, 404),
)
async def get_conduct_view(
    session: Session,
    principal: Requires(READ),
    today: Today,
    org_id: Annotated[int, Query(ge=1, le=2**63 - 1, description="A street or community of the area")],
    on: Annotated[
        IsoDate | None, Query(description="From 1 January of its year to this day; default today")
    ] = None,
) -> Any:
    return await conduct_view(session, principal, org_id, on or today)
