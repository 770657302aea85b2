"""Live five links of the quality service action (优质服务"五联") in communities A, B and C.

The referrals laid by ``activity_quality`` are the work linkage (工作联动). On top of them, relative
to the anchor: the district's maternal and child health hospital paired with community A's
pregnant women and the street's health centre with its only-child families (对象联姻), the two
partners' service points in the communities' networks (网络联盟, one left last month), a free
clinic and a lecture held with a partner (活动联办) and visits and calls to partners and residents
(感情联络). Nothing here draws from the generator, so the layers before keep their draws.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.demo.live import Live
from app.models.core.family import Family
from app.models.core.partner import Partner
from app.models.core.resident import Resident, Sex
from app.models.grassroots.publicity import ActivityKind
from app.models.quality.five_links import ContactKind, PairingGroup
from app.schemas.grassroots.publicity import ActivityCreate, ActivityReport
from app.schemas.quality.five_links import ContactVisitCreate, NetworkMemberCreate, PartnerPairingCreate
from app.services.grassroots.publicity import create_activity, report_activity
from app.services.quality.five_links import (
    create_contact_visit,
    create_network_member,
    create_pairing,
    leave_network,
)

HOSPITAL, CLINIC = "渝中区妇幼保健院", "解放碑社区卫生服务中心"
# community, partner, service point, services, days before the anchor it joined (and left)
NETWORK: list[tuple[str, str, str, list[str], int, int | None]] = [
    (
        "community-a",
        CLINIC,
        "解放碑社区卫生服务中心民生路服务站",
        ["避孕药具发放", "生殖健康咨询"],
        -300,
        None,
    ),
    ("community-a", HOSPITAL, "区妇幼保健院民生路孕产妇服务点", ["孕期保健咨询", "产后访视"], -120, None),
    (
        "community-b",
        CLINIC,
        "解放碑社区卫生服务中心较场口服务站",
        ["避孕药具发放", "宫内节育器随访"],
        -200,
        -30,
    ),
    ("community-b", HOSPITAL, "区妇幼保健院较场口咨询点", ["孕前优生健康检查咨询"], -60, None),
    ("community-c", HOSPITAL, "区妇幼保健院中山一路咨询点", ["孕前优生健康检查咨询", "遗传咨询"], -90, None),
]
# community, partner, kind, days before the anchor, who, notes; a resident visit when partner is None
VISITS: list[tuple[str, str | None, ContactKind, int, str, str | None]] = [
    ("community-a", HOSPITAL, ContactKind.partner_visit, -40, "张专干", "商定下季度进社区义诊安排"),
    ("community-a", None, ContactKind.home_visit, -12, "张专干", "孕期情况良好，已告知结对医生联系方式"),
    ("community-a", CLINIC, ContactKind.phone_call, -3, "张专干", None),
    ("community-b", CLINIC, ContactKind.festival_greeting, -25, "陈专干", "走访共建单位，征求服务意见"),
    ("community-b", None, ContactKind.home_visit, -8, "陈专干", None),
    ("community-c", HOSPITAL, ContactKind.meeting, -15, "杨专干", "共建座谈会，确定咨询点开放时间"),
]


async def seed(live: Live) -> None:
    partners = {
        name: id_ for name, id_ in (await live.session.execute(select(Partner.name, Partner.id))).tuples()
    }
    await _pairings(live, partners)
    await _network(live, partners)
    await _joint_activities(live, partners)
    await _visits(live, partners)


async def _women(live: Live, community: str, n: int) -> list[int]:
    born_after = date(live.anchor.year - 40, 1, 1)
    rows = await live.session.execute(
        select(Resident.id)
        .where(
            Resident.community_id == live.ctx.orgs[community].id,
            Resident.sex == Sex.female,
            Resident.birth_date >= born_after,
        )
        .order_by(Resident.id.desc())
        .limit(n)
    )
    return list(rows.scalars())


async def _pairings(live: Live, partners: dict[str, int]) -> None:
    a = live.ctx.orgs["community-a"].id
    families = await live.session.execute(
        select(Family.id).where(Family.community_id == a, Family.honour_certificate_no.is_not(None)).limit(4)
    )
    await create_pairing(
        live.session,
        live.actors["community-a"],
        PartnerPairingCreate(
            org_id=a,
            partner_id=partners[HOSPITAL],
            target_group=PairingGroup.pregnant_women,
            title="区妇幼保健院结对民生路社区育龄妇女",
            services=["孕前优生咨询", "孕期保健指导", "产后访视"],
            started_on=date(live.anchor.year, 1, 1),
            resident_ids=await _women(live, "community-a", 3),
        ),
    )
    await create_pairing(
        live.session,
        live.actors["street"],
        PartnerPairingCreate(
            org_id=a,
            partner_id=partners[CLINIC],
            target_group=PairingGroup.only_child_families,
            title="社区卫生服务中心结对独生子女家庭",
            services=["家庭医生签约", "上门健康指导"],
            started_on=date(live.anchor.year - 1, 3, 1),
            family_ids=list(families.scalars()),
        ),
    )


async def _network(live: Live, partners: dict[str, int]) -> None:
    for community, partner, point, services, joined, left in NETWORK:
        actor = live.actors[community]
        member = await create_network_member(
            live.session,
            actor,
            NetworkMemberCreate(
                org_id=live.ctx.orgs[community].id,
                partner_id=partners[partner],
                service_point=point,
                services=services,
                joined_on=live.day(joined),
            ),
            live.anchor,
        )
        if left is not None:
            await leave_network(live.session, actor, member.id, live.day(left), None, live.anchor)


async def _joint_activities(live: Live, partners: dict[str, int]) -> None:
    held = [
        ("community-a", HOSPITAL, ActivityKind.consultation_booth, "妇幼保健院进社区义诊", -35, 86),
        ("community-b", CLINIC, ActivityKind.lecture, "避孕节育知识讲座（社区卫生服务中心主讲）", -20, 42),
    ]
    for community, partner, kind, title, offset, attendance in held:
        actor = live.actors[community]
        activity = await create_activity(
            live.session,
            actor,
            ActivityCreate(
                org_id=live.ctx.orgs[community].id,
                kind=kind,
                title=title,
                held_on=live.day(offset),
                partner_id=partners[partner],
            ),
        )
        await report_activity(
            live.session,
            actor,
            activity.id,
            ActivityReport(attendance=attendance, materials_handed_out=attendance * 2),
            None,
        )


async def _visits(live: Live, partners: dict[str, int]) -> None:
    for community, partner, kind, offset, who, notes in VISITS:
        resident = None if partner else (await _women(live, community, 1))[0]
        await create_contact_visit(
            live.session,
            live.actors[community],
            ContactVisitCreate(
                org_id=live.ctx.orgs[community].id,
                kind=kind,
                partner_id=partners[partner] if partner else None,
                resident_id=resident,
                contacted_on=live.day(offset),
                contact_by=who,
                notes=notes,
            ),
            live.anchor,
        )
