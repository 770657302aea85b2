"""Facilities and the effectiveness of publicity in the demo (issue 29, points 1 and 4).

Every community (and the street) has facilities with an inspection or two: community A's service
room needs repair since its last inspection, the two community distribution points are recorded as
facilities (linked, not kept twice), and community A's north-gate board is overdue for its content
refresh (every 90 days, last refreshed 120 days ago); the other boards and walls are on schedule.
Dates follow the office's date, so the overdue board stays overdue in the live demo. The 5·29
campaign gets its reach by channel and community A's knowledge surveys before and after.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import local_today
from app.demo.context import DemoContext
from app.models.grassroots.facility import (
    Facility,
    FacilityCondition,
    FacilityInspection,
    FacilityKind,
    FacilityRefresh,
)
from app.models.grassroots.publicity import Activity, Campaign
from app.models.grassroots.publicity_effect import CampaignReach, KnowledgeSurvey, ReachChannel, SurveyStage
from app.models.quality.contraceptive import DistributionPoint

GOOD, REPAIR = FacilityCondition.good, FacilityCondition.needs_repair
# org key, kind, name, location, refresh every (days), last refreshed (days ago), inspections
# (days ago, inspector, condition found, findings)
Inspection = tuple[int, str, FacilityCondition, str | None]
Row = tuple[str, FacilityKind, str, str, int | None, int | None, list[Inspection]]
FACILITIES: list[Row] = [
    (
        "community-a",
        FacilityKind.service_room,
        "民生路社区计生服务室",
        "民生路社区居委会二楼",
        None,
        None,
        [(200, "李建华", GOOD, None), (14, "张桂兰", REPAIR, "咨询台抽屉损坏，宣传资料架松动，已报修")],
    ),
    (
        "community-a",
        FacilityKind.publicity_board,
        "小区北门计生宣传栏",
        "民生路小区北门",
        90,
        120,
        [(30, "张桂兰", GOOD, "栏体完好，内容已超期未更新")],
    ),
    (
        "community-a",
        FacilityKind.publicity_site,
        "民生路社区人口学校",
        "民生路社区活动中心三楼",
        None,
        None,
        [(45, "李建华", GOOD, None)],
    ),
    (
        "community-b",
        FacilityKind.cultural_wall,
        "较场口婚育新风文化墙",
        "较场口社区文化广场东侧",
        180,
        40,
        [(40, "李建华", GOOD, "新换“优生优育”主题画面")],
    ),
    (
        "community-b",
        FacilityKind.service_room,
        "较场口社区计生服务室",
        "较场口社区居委会一楼",
        None,
        None,
        [(60, "李建华", GOOD, None)],
    ),
    (
        "community-c",
        FacilityKind.publicity_board,
        "中山一路社区宣传栏",
        "中山一路社区居委会门口",
        90,
        20,
        [(20, "周敏", GOOD, None)],
    ),
    (
        "street",
        FacilityKind.service_station,
        "解放碑街道计生服务站",
        "解放碑街道办事处一楼",
        None,
        None,
        [(90, "李建华", GOOD, None), (10, "李建华", GOOD, "设施完好，服务公示牌已更新")],
    ),
]
LINKED_POINTS = [("community-a", "民生路社区药具发放站"), ("community-b", "较场口社区药具发放站")]


async def seed(session: AsyncSession, ctx: DemoContext) -> None:
    today = local_today()
    opened = date(2016, 3, 1)
    for key, kind, name, location, every, refreshed_ago, inspections in FACILITIES:
        last_refresh = today - timedelta(days=refreshed_ago) if refreshed_ago is not None else None
        latest = max(inspections, key=lambda i: -i[0])
        facility = Facility(
            org_id=ctx.orgs[key].id,
            kind=kind,
            name=name,
            location=location,
            opened_on=opened,
            condition=latest[2],
            last_inspected_on=today - timedelta(days=latest[0]),
            refresh_every_days=every,
            last_refreshed_on=last_refresh,
            refresh_due_on=last_refresh + timedelta(days=every) if last_refresh and every else None,
        )
        session.add(facility)
        await session.flush()
        for days_ago, inspector, condition, findings in inspections:
            session.add(
                FacilityInspection(
                    facility_id=facility.id,
                    inspected_on=today - timedelta(days=days_ago),
                    inspector=inspector,
                    condition=condition,
                    findings=findings,
                    photo_links=[],
                )
            )
        if last_refresh is not None:
            session.add(
                FacilityRefresh(
                    facility_id=facility.id, refreshed_on=last_refresh, theme="新时代婚育新风", photo_links=[]
                )
            )
    points = {p.name: p for p in (await session.execute(select(DistributionPoint))).scalars()}
    for key, name in LINKED_POINTS:
        point = points[name]
        facility = Facility(
            org_id=ctx.orgs[key].id,
            kind=FacilityKind.distribution_point,
            name=name,
            location=point.address or name,
            distribution_point_id=point.id,
            opened_on=opened,
            condition=GOOD,
            last_inspected_on=today - timedelta(days=30),
        )
        session.add(facility)
        await session.flush()
        session.add(
            FacilityInspection(
                facility_id=facility.id,
                inspected_on=today - timedelta(days=30),
                inspector="李建华",
                condition=GOOD,
                findings="药具摆放整齐，有效期内",
                photo_links=[],
            )
        )
    await _publicity_effect(session, ctx)
    await session.flush()


async def _publicity_effect(session: AsyncSession, ctx: DemoContext) -> None:
    """The 5·29 campaign's reach and community A's surveys before and after it."""
    campaign = (await session.execute(select(Campaign).order_by(Campaign.id).limit(1))).scalar_one()
    org_a = ctx.orgs["community-a"].id
    activity = (
        await session.execute(
            select(Activity).where(Activity.campaign_id == campaign.id, Activity.org_id == org_a)
        )
    ).scalar_one()
    for channel, people in (
        (ReachChannel.on_site, 86),
        (ReachChannel.wechat, 1200),
        (ReachChannel.door_to_door, 35),
    ):
        session.add(
            CampaignReach(
                campaign_id=campaign.id,
                org_id=org_a,
                channel=channel,
                people_reached=people,
                recorded_on=date(2019, 5, 30),
            )
        )
    for stage, day, correct in (
        (SurveyStage.pre, date(2019, 5, 20), 248),
        (SurveyStage.post, date(2019, 5, 29), 356),
    ):
        session.add(
            KnowledgeSurvey(
                org_id=org_a,
                campaign_id=campaign.id,
                activity_id=activity.id if stage is SurveyStage.post else None,
                stage=stage,
                conducted_on=day,
                questions=10,
                respondents=40,
                correct_answers=correct,
                notes="计生政策与优生优育知识问卷" if stage is SurveyStage.pre else "活动现场发放问卷",
            )
        )
