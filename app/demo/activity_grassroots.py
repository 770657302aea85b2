"""Live grassroots work (Tasks 1, 2, 7, 8): the key-day campaigns of this year and last year with
the communities' and the unit's activities, public complaints (one waiting, one answered) and care
cases of bereaved families with their visits (one visit overdue)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.demo.live import Live
from app.models.grassroots.care import CareKind
from app.models.grassroots.network import Worker, WorkerKind
from app.models.grassroots.publicity import Activity, KeyDay
from app.models.grassroots.sunshine import FeedbackCategory
from app.schemas.grassroots.care import CareCaseCreate, CarePair, CareVisitCreate
from app.schemas.grassroots.publicity import ActivityReport, CampaignCreate
from app.schemas.grassroots.sunshine import FeedbackCreate
from app.services.grassroots.care import open_case, pair
from app.services.grassroots.care_visits import add_visit
from app.services.grassroots.feedback import file_feedback, reply
from app.services.grassroots.publicity import create_campaign, report_activity

CAMPAIGNS = [
    # key day, month, day, theme
    (KeyDay.members_day, 5, 29, "5·29会员活动日：暖心计生 幸福家庭"),
    (KeyDay.world_population_day, 7, 11, "7·11世界人口日：人口高质量发展"),
]


async def seed(live: Live) -> None:
    await _campaigns(live)
    await _feedback(live)
    await _care(live)


async def _campaigns(live: Live) -> None:
    session, street = live.session, live.actors["street"]
    for year in (live.anchor.year - 1, live.anchor.year):
        for key_day, month, day, theme in CAMPAIGNS:
            held = date(year, month, day)
            campaign, _ = await create_campaign(
                session,
                street,
                CampaignCreate(
                    org_id=live.ctx.orgs["street"].id,
                    theme=f"{year}年{theme}",
                    key_day=key_day,
                    held_on=held,
                    report_due_on=date(year, month, day + 1 if day < 28 else 30),
                ),
            )
            if held > live.anchor:
                continue
            activities = (
                await session.execute(
                    select(Activity).where(Activity.campaign_id == campaign.id).order_by(Activity.id)
                )
            ).scalars()
            for activity in activities:
                owner = next(k for k, o in live.ctx.orgs.items() if o.id == activity.org_id)
                # Last year everyone reported; this year the unit has not yet.
                if owner not in live.actors or (year == live.anchor.year and owner == "unit"):
                    continue
                await report_activity(
                    session,
                    live.actors[owner],
                    activity.id,
                    ActivityReport(
                        held_on=held,
                        place=f"{live.ctx.orgs[owner].name}广场",
                        attendance=40 + live.rng.randint(0, 80),
                        materials_handed_out=100 + live.rng.randint(0, 200),
                        notes="发放宣传折页，现场咨询优生优育、避孕节育和生育支持政策",
                    ),
                    None,
                )


async def _feedback(live: Live) -> None:
    session, settings = live.session, live.ctx.settings
    cases = [
        # org, category, days before the anchor, subject, content, answer
        (
            "community-a",
            FeedbackCategory.complaint,
            -15,
            "药具发放站周末不开门",
            "民生路药具发放站周六周日都关门，上班族只能请假去领，希望调整开放时间。",
            None,
        ),
        (
            "community-b",
            FeedbackCategory.complaint,
            -2,
            "生育登记要求重复提交材料",
            "网上已上传结婚证，社区又让交复印件，希望一次告知清楚。",
            None,
        ),
        (
            "community-b",
            FeedbackCategory.inquiry,
            -9,
            "育儿补贴怎么申领",
            "孩子今年出生，请问育儿补贴在哪里申请，需要什么材料？",
            "可在社区居委会或政务服务网申领，需身份证、出生医学证明和户口簿。",
        ),
    ]
    for i, (org, category, offset, subject, content, answer) in enumerate(cases):
        feedback = await file_feedback(
            session,
            settings,
            FeedbackCreate(
                org_code=live.ctx.orgs[org].code,
                category=category,
                subject=subject,
                content=content,
                anonymous=i % 2 == 0,
                name=None if i % 2 == 0 else "居民",
                # the submitters of the first and the last agree to be texted the reply
                sms_consent=i != 1,
                sms_phone=f"1390013900{i}" if i != 1 else None,
            ),
            client_address=f"demo-loader-{i}",
            today=live.day(offset),
        )
        if answer:
            await reply(session, live.actors[org], feedback.id, answer, live.day(offset + 2), None)


async def _care(live: Live) -> None:
    """Care cases (关怀) for the bereaved families of community A, paired with its worker."""
    session, settings = live.session, live.ctx.settings
    actor = live.actors["community-a"]
    worker = (
        await session.execute(
            select(Worker).where(
                Worker.org_id == live.ctx.orgs["community-a"].id, Worker.kind == WorkerKind.community_worker
            )
        )
    ).scalar_one()
    for n, family in enumerate(live.families.get("community-a:bereaved", [])[:2]):
        opened = live.day(-150)
        case = await open_case(
            session, actor, CareCaseCreate(family_id=family.id, kind=CareKind.bereaved), opened
        )
        case = await pair(
            session, actor, case.id, CarePair(worker_id=worker.id, visit_every_days=90), opened, None
        )
        # The first family was last visited 100 days ago (a visit is overdue); the second 20 days ago.
        last = -100 if n == 0 else -20
        for offset in (-140, last):
            await add_visit(
                session,
                settings,
                actor,
                case.id,
                CareVisitCreate(
                    visited_on=live.day(offset),
                    worker_id=worker.id,
                    notes="入户走访，了解生活和健康情况，送去慰问品",
                ),
                live.day(offset),
            )
    for family in live.families.get("community-b:bereaved", [])[:1]:
        await open_case(
            session,
            live.actors["community-b"],
            CareCaseCreate(family_id=family.id, kind=CareKind.bereaved),
            live.day(-10),
        )
