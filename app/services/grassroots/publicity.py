"""Task 2, publicity and education (宣传教育): campaigns on key days and their activities.

The street creates a campaign for a key day — 5·29 (the Association's members' day), 7·11 (World
Population Day) or another it names — and the template opens one planned activity for every
community and unit of the street in the same call. Each community or unit reports its activity
(上报): date, place, partner, attendance, materials handed out, photos as links. The campaign's
report totals every org's activities and lists those that have not reported.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, scoped_org_ids
from app.db import utcnow
from app.errors import NotFound, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.partner import Partner
from app.models.grassroots.association import AssociationBranch
from app.models.grassroots.publicity import Activity, ActivityStatus, Campaign
from app.preconditions import check_version
from app.schemas.grassroots.publicity import (
    ActivityCreate,
    ActivityReport,
    CampaignCreate,
    CampaignOrgLine,
    CampaignReport,
    CampaignTotals,
)
from app.services.core.loading import one_or_404
from app.services.core.scope import partner_scope
from app.services.grassroots.publicity_effect_reads import knowledge_change, reach_by_channel
from app.services.grassroots.scope import activity_scope, branch_scope, campaign_scope, org_in_scope
from app.workflow import Workflow, step

ACTIVITY_WORKFLOW = Workflow(
    "activity",
    ActivityStatus,
    [
        step(
            "report",
            [ActivityStatus.planned, ActivityStatus.reported],
            ActivityStatus.reported,
            "activities:write",
            "attendance and materials handed out; reporting again corrects the report",
            zh="上报",
            en="Report",
        ),
    ],
)
PARTICIPANTS = (OrgKind.community, OrgKind.unit)


async def get_campaign(session: AsyncSession, principal: Principal, campaign_id: int) -> Campaign:
    return await one_or_404(
        session,
        select(Campaign).where(Campaign.id == campaign_id, campaign_scope(principal)),
        "Campaign",
    )


async def create_campaign(
    session: AsyncSession, principal: Principal, data: CampaignCreate
) -> tuple[Campaign, int]:
    """The street's campaign; the template opens one activity per community and unit of the street."""
    street = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.street,))
    campaign = Campaign(
        org_id=street.id,
        theme=data.theme,
        key_day=data.key_day,
        key_day_name=data.key_day_name,
        held_on=data.held_on,
        report_due_on=data.report_due_on,
    )
    session.add(campaign)
    await session.flush()
    opened = 0
    if data.open_activities:
        participants = (
            await session.execute(
                select(Org).where(Org.parent_id == street.id, Org.kind.in_(PARTICIPANTS)).order_by(Org.id)
            )
        ).scalars()
        for org in participants:
            session.add(
                Activity(
                    org_id=org.id,
                    campaign_id=campaign.id,
                    kind=data.activity_kind,
                    title=f"{data.theme}（{org.name}）",
                    held_on=data.held_on,
                    status=ActivityStatus.planned,
                )
            )
            opened += 1
        await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="campaign.created",
        object_type="campaign",
        object_id=campaign.id,
        scope_path=street.path,
        detail={"key_day": data.key_day.value, "activities_opened": opened},
    )
    return campaign, opened


async def get_activity(session: AsyncSession, principal: Principal, activity_id: int) -> Activity:
    return await one_or_404(
        session,
        select(Activity).where(Activity.id == activity_id, activity_scope(principal)),
        "Activity",
    )


async def create_activity(session: AsyncSession, principal: Principal, data: ActivityCreate) -> Activity:
    """An activity outside a campaign's template (an extra one, an Association or care-action one)."""
    org = await org_in_scope(session, principal, data.org_id)
    if data.campaign_id is not None:
        campaign = await get_campaign(session, principal, data.campaign_id)
        if not org.path.startswith((await _org(session, campaign.org_id)).path):
            raise Unprocessable("The org does not take part in this campaign", loc=["body", "campaign_id"])
    if data.branch_id is not None:
        branch = (
            await session.execute(
                select(AssociationBranch).where(
                    AssociationBranch.id == data.branch_id, branch_scope(principal)
                )
            )
        ).scalar_one_or_none()
        if branch is None:
            raise NotFound("Association branch not found")
    if data.partner_id is not None:
        await _partner(session, principal, data.partner_id)
    activity = Activity(**data.model_dump(), status=ActivityStatus.planned, photo_links=[])
    session.add(activity)
    await session.flush()
    await _audit(session, principal, activity, "activity.created", {"kind": data.kind.value})
    return activity


async def report_activity(
    session: AsyncSession,
    principal: Principal,
    activity_id: int,
    body: ActivityReport,
    expected_version: int | None,
) -> Activity:
    """The org reports what happened (上报); reporting again corrects the figures."""
    activity = await get_activity(session, principal, activity_id)
    check_version(activity, expected_version)
    activity.status = ActivityStatus(ACTIVITY_WORKFLOW.advance(activity.status, "report"))
    if body.partner_id is not None:
        await _partner(session, principal, body.partner_id)
        activity.partner_id = body.partner_id
    if body.held_on is not None:
        activity.held_on = body.held_on
    if body.place is not None:
        activity.place = body.place
    activity.attendance = body.attendance
    activity.materials_handed_out = body.materials_handed_out
    activity.photo_links = [str(link) for link in body.photo_links]
    activity.notes = body.notes
    activity.reported_at = utcnow()
    await session.flush()
    await _audit(
        session,
        principal,
        activity,
        "activity.reported",
        {"attendance": body.attendance, "materials_handed_out": body.materials_handed_out},
    )
    return activity


async def campaign_report(session: AsyncSession, principal: Principal, campaign_id: int) -> CampaignReport:
    """Every participating org of the caller's area: activities, reported, totals; who has not reported;
    the people reached by channel and the knowledge surveys before and after (实效性)."""
    campaign = await get_campaign(session, principal, campaign_id)
    street = await _org(session, campaign.org_id)
    orgs = list(
        (
            await session.execute(
                select(Org)
                .where(
                    Org.parent_id == street.id,
                    Org.kind.in_(PARTICIPANTS),
                    Org.id.in_(scoped_org_ids(principal)),
                )
                .order_by(Org.id)
            )
        ).scalars()
    )
    reported = Activity.status == ActivityStatus.reported
    rows = {
        r[0]: r
        for r in (
            await session.execute(
                select(
                    Activity.org_id,
                    func.count(Activity.id),
                    func.count(Activity.id).filter(reported),
                    func.coalesce(func.sum(Activity.attendance).filter(reported), 0),
                    func.coalesce(func.sum(Activity.materials_handed_out).filter(reported), 0),
                )
                .where(Activity.campaign_id == campaign.id, activity_scope(principal))
                .group_by(Activity.org_id)
            )
        ).all()
    }
    lines = []
    for org in orgs:
        row = rows.get(org.id)
        lines.append(
            CampaignOrgLine(
                org_id=org.id,
                org_name=org.name,
                org_kind=org.kind.value,
                activities=row[1] if row else 0,
                reported=row[2] if row else 0,
                attendance=int(row[3]) if row else 0,
                materials_handed_out=int(row[4]) if row else 0,
            )
        )
    totals = CampaignTotals(
        activities=sum(line.activities for line in lines),
        reported=sum(line.reported for line in lines),
        attendance=sum(line.attendance for line in lines),
        materials_handed_out=sum(line.materials_handed_out for line in lines),
    )
    reach = await reach_by_channel(session, principal, campaign.id)
    return CampaignReport(
        campaign_id=campaign.id,
        theme=campaign.theme,
        key_day=campaign.key_day,
        orgs=lines,
        totals=totals,
        not_reported=[line for line in lines if line.reported == 0],
        reach=reach,
        people_reached=sum(line.people_reached for line in reach),
        knowledge=await knowledge_change(session, principal, campaign.id),
    )


async def _org(session: AsyncSession, org_id: int) -> Org:
    org = await session.get(Org, org_id)
    assert org is not None
    return org


async def _partner(session: AsyncSession, principal: Principal, partner_id: int) -> Partner:
    partner = (
        await session.execute(select(Partner).where(Partner.id == partner_id, partner_scope(principal)))
    ).scalar_one_or_none()
    if partner is None:
        raise Unprocessable("Unknown partner", loc=["body", "partner_id"])
    return partner


async def _audit(
    session: AsyncSession, principal: Principal, activity: Activity, action: str, detail: dict[str, object]
) -> None:
    org = await _org(session, activity.org_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="activity",
        object_id=activity.id,
        scope_path=org.path,
        detail=detail,
    )
