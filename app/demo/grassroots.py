"""Grassroots demo data: the workforce (community B's worker post is vacant), a training, the 5·29
campaign (community A reported, community B and the unit not yet), an Association branch, an
integrity agreement, a commitment, an answered complaint and a demonstration candidate.

No care case is opened: the care-case suggestions show the two showcase families (bereaved and
disabled only child) for the community to review.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.context import DemoContext
from app.models.grassroots.association import (
    AssociationBranch,
    AssociationMember,
    IntegrityAgreement,
    MemberRole,
)
from app.models.grassroots.demonstration import Demonstration, DemonstrationCriterion, DemonstrationTheme
from app.models.grassroots.network import Training, TrainingAttendance, Worker, WorkerKind
from app.models.grassroots.publicity import Activity, ActivityKind, ActivityStatus, Campaign, KeyDay
from app.models.grassroots.sunshine import Commitment, Feedback, FeedbackCategory, FeedbackStatus
from app.security import mask_phone, pii_cipher
from app.services.core.tracking_codes import new_tracking_code

WORKERS = [
    # org key, name, kind, post, phone
    ("street", "李建华", WorkerKind.cadre, "计生办主任", "13501010001"),
    ("community-a", "张桂兰", WorkerKind.community_worker, "社区计生专干", "13501010002"),
    ("community-a", "刘志强", WorkerKind.volunteer, "计生志愿者", None),
    ("unit", "赵敏", WorkerKind.unit_liaison, "单位计生联络员", "13501010003"),
]
CRITERIA = [
    ("宣传阵地：宣传栏、人口学校、图书角齐全", 30),
    ("重点节日宣传活动（5·29、7·11）按时开展并上报", 30),
    ("群众知晓率调查达到90%", 20),
    ("计生协会员活动记录完整", 20),
]


async def seed(session: AsyncSession, ctx: DemoContext) -> None:
    cipher = pii_cipher(ctx.settings)
    orgs = ctx.orgs
    workers = []
    for key, name, kind, post, phone in WORKERS:
        worker = Worker(
            org_id=orgs[key].id,
            name=name,
            kind=kind,
            post=post,
            phone_enc=cipher.encrypt(phone) if phone else None,
            phone_masked=mask_phone(phone) if phone else None,
            started_on=date(2016, 3, 1),
            qualifications=["计划生育专业技术培训合格证"] if kind is not WorkerKind.volunteer else [],
            user_id=ctx.users["community-a"].id
            if key == "community-a" and kind is WorkerKind.community_worker
            else None,
        )
        session.add(worker)
        workers.append(worker)
    await session.flush()
    training = Training(
        org_id=orgs["street"].id, title="2019年计生专干业务培训", held_on=date(2019, 3, 15), hours=6.0
    )
    session.add(training)
    await session.flush()
    for worker in (workers[1], workers[3]):
        session.add(TrainingAttendance(training_id=training.id, worker_id=worker.id))

    campaign = Campaign(
        org_id=orgs["street"].id,
        theme="5·29会员活动日：计生协在身边",
        key_day=KeyDay.members_day,
        held_on=date(2019, 5, 29),
        report_due_on=date(2019, 6, 5),
    )
    session.add(campaign)
    await session.flush()
    for key in ("community-a", "community-b", "unit"):
        reported = key == "community-a"
        session.add(
            Activity(
                org_id=orgs[key].id,
                campaign_id=campaign.id,
                kind=ActivityKind.consultation_booth,
                title=f"{campaign.theme}（{orgs[key].name}）",
                held_on=campaign.held_on,
                status=ActivityStatus.reported if reported else ActivityStatus.planned,
                place="民生路社区广场" if reported else None,
                attendance=86 if reported else 0,
                materials_handed_out=240 if reported else 0,
                photo_links=["https://example.org/demo/529-yonganli.jpg"] if reported else [],
                reported_at=datetime(2019, 5, 30, 2, 0, tzinfo=UTC) if reported else None,
            )
        )

    branch = AssociationBranch(
        org_id=orgs["community-a"].id, name="民生路社区计生协会", founded_on=date(2005, 5, 29)
    )
    session.add(branch)
    await session.flush()
    session.add(
        AssociationMember(
            branch_id=branch.id,
            org_id=branch.org_id,
            worker_id=workers[1].id,
            joined_on=date(2016, 5, 29),
            role=MemberRole.secretary,
        )
    )
    family = next(f for f in ctx.families if f.community_id == orgs["community-a"].id)
    session.add(
        IntegrityAgreement(
            family_id=family.id,
            org_id=family.community_id,
            signed_on=date(2019, 1, 10),
            term_years=3,
            ends_on=date(2022, 1, 10),
            commitments=["依法生育", "如实提供婚育信息", "按时参加孕前优生健康检查"],
        )
    )
    session.add(
        Commitment(
            org_id=orgs["street"].id,
            content="生育登记材料齐全的当场办结；网上申请3个工作日内办结",
            due_on=date(2019, 12, 31),
            published_on=date(2019, 1, 2),
        )
    )
    session.add(
        Feedback(
            tracking_code=new_tracking_code(),
            org_id=orgs["community-a"].id,
            category=FeedbackCategory.suggestion,
            subject="希望增加药具自助发放机",
            content="小区北门附近希望增设一台避孕药具自助发放机。",
            anonymous=True,
            status=FeedbackStatus.answered,
            received_on=date(2019, 3, 4),
            due_on=date(2019, 3, 18),
            reply="已报街道，计划年内在北门社区服务站增设。",
            answered_on=date(2019, 3, 6),
        )
    )
    demonstration = Demonstration(
        org_id=orgs["community-a"].id, theme=DemonstrationTheme.publicity, year=2019, pass_score=85
    )
    session.add(demonstration)
    await session.flush()
    for position, (title, weight) in enumerate(CRITERIA, start=1):
        session.add(
            DemonstrationCriterion(
                demonstration_id=demonstration.id,
                position=position,
                title=title,
                weight=weight,
                evidence_links=[],
            )
        )
    await session.flush()
