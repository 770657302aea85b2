"""Grassroots demo data of Task 8's work style and self-governance: the street's list of work-style
activity kinds, two activities of 2019 with participants and findings (one rectified on time, one
still open past its due date), a complaint about a staff member's conduct answered and upheld (the
conduct view of 2019 shows them), and a resident meeting in community A and in community B, each
adopting clauses on family planning (A's carried by its Association's secretary).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.context import DemoContext
from app.models.grassroots.association import AssociationMember
from app.models.grassroots.conduct import (
    ConductActivity,
    ConductActivityKind,
    ConductFinding,
    ConductParticipant,
    FindingStatus,
)
from app.models.grassroots.network import Worker
from app.models.grassroots.self_governance import CommunityRule, ResidentMeeting, RuleBook, RuleVolunteer
from app.models.grassroots.sunshine import Feedback, FeedbackCategory, FeedbackStatus
from app.services.core.tracking_codes import new_tracking_code

KINDS = [
    ("style_meeting", "作风建设专题会", "Work-style meeting"),
    ("three_activities", "三项活动督查", "Three activities inspection"),
    ("style_review", "政风行风评议", "Public review of political style"),
]
RULES_A = [
    ("第八条", "提倡婚育新风，晚婚晚育、少生优生，按政策生育并主动办理生育登记。"),
    ("第九条", "育龄夫妇自觉参加孕前优生健康检查，落实避孕节育措施。"),
]
RULES_B = [("第六条", "流动人口入住本社区三日内到居委会登记并查验婚育证明。")]


async def seed(session: AsyncSession, ctx: DemoContext) -> None:
    orgs, users = ctx.orgs, ctx.users
    kinds = [
        ConductActivityKind(org_id=orgs["street"].id, code=c, name_zh=z, name_en=e, active=True)
        for c, z, e in KINDS
    ]
    session.add_all(kinds)
    await session.flush()
    workers = {w.name: w for w in (await session.execute(select(Worker))).scalars()}
    review = ConductActivity(
        org_id=orgs["street"].id,
        kind_id=kinds[2].id,
        title="2019年上半年计生系统政风行风评议会",
        held_on=date(2019, 6, 20),
        summary="邀请居民代表、人大代表评议街道和社区计生工作人员的服务态度、办事效率。",
        created_by=users["street"].id,
    )
    inspection = ConductActivity(
        org_id=orgs["community-a"].id,
        kind_id=kinds[1].id,
        title="民生路社区三项活动督查",
        held_on=date(2019, 9, 10),
        summary="督查社区计生窗口服务、政务公开和群众来访接待。",
        created_by=users["street"].id,
    )
    session.add_all([review, inspection])
    await session.flush()
    session.add_all(
        [
            ConductParticipant(activity_id=review.id, user_id=users["street"].id),
            ConductParticipant(activity_id=review.id, worker_id=workers["李建华"].id),
            ConductParticipant(activity_id=review.id, worker_id=workers["张桂兰"].id),
            ConductParticipant(activity_id=inspection.id, worker_id=workers["张桂兰"].id),
            ConductFinding(
                activity_id=review.id,
                org_id=orgs["community-a"].id,
                problem="社区计生窗口午间无人值守，群众办事需二次跑路",
                rectification="实行午间轮班值守，公示值班电话",
                due_on=date(2019, 7, 31),
                status=FindingStatus.rectified,
                rectified_on=date(2019, 7, 15),
                rectified_note="7月起午间轮班值守，值班电话已在公示栏公布",
            ),
            ConductFinding(
                activity_id=inspection.id,
                org_id=orgs["community-a"].id,
                problem="政务公开栏计生政策未及时更新",
                rectification="更新公开栏内容，建立每月检查制度",
                due_on=date(2019, 10, 31),
                status=FindingStatus.open,
            ),
            Feedback(
                tracking_code=new_tracking_code(),
                org_id=orgs["community-a"].id,
                category=FeedbackCategory.complaint,
                subject="办理生育登记时工作人员态度生硬",
                content="9月2日到社区办理生育登记，工作人员不耐烦，没有一次性告知所需材料。",
                anonymous=True,
                status=FeedbackStatus.closed,
                received_on=date(2019, 9, 3),
                due_on=date(2019, 9, 10),
                reply="经核实情况属实，已对相关工作人员批评教育，并重新一次性告知所需材料。",
                answered_on=date(2019, 9, 6),
                satisfaction=4,
                about_staff=True,
                staff_upheld=True,
            ),
        ]
    )
    await _meetings(session, ctx)


async def _meetings(session: AsyncSession, ctx: DemoContext) -> None:
    orgs, users = ctx.orgs, ctx.users
    secretary = (
        await session.execute(
            select(AssociationMember).where(AssociationMember.org_id == orgs["community-a"].id)
        )
    ).scalar_one()
    for key, title, held_on, attendance, rules in (
        ("community-a", "民生路社区2019年居民代表会议", date(2019, 4, 12), 46, RULES_A),
        ("community-b", "较场口社区2019年居民会议", date(2019, 5, 8), 38, RULES_B),
    ):
        meeting = ResidentMeeting(
            org_id=orgs[key].id,
            held_on=held_on,
            title=title,
            matters="修订居民公约中计划生育条款；通报上年度诚信计生协议履约情况。",
            resolutions="表决通过居民公约计划生育条款修订稿。",
            attendance=attendance,
            recorded_by=users[key].id,
        )
        session.add(meeting)
        await session.flush()
        for clause_no, text in rules:
            rule = CommunityRule(
                org_id=meeting.org_id,
                meeting_id=meeting.id,
                book=RuleBook.residents_convention,
                clause_no=clause_no,
                text=text,
                adopted_on=held_on,
            )
            session.add(rule)
            await session.flush()
            if key == "community-a":
                session.add(RuleVolunteer(rule_id=rule.id, member_id=secretary.id, duty="入户宣讲、监督执行"))
    await session.flush()
