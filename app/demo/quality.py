"""Quality-services demo data (Task 6): partners, the 2019 screening programs with targets,
a few screenings and referrals, the contraceptive catalogue, distribution points (a station in
each of community A and B, a self-service machine in A with its device account ``dispenser-a``,
client secret ``demo-secret-2019``, documented demo data), thresholds and opening stock.

Batch expiry dates are relative to the day the demo is loaded, so the stock stays usable.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Role
from app.clock import local_today
from app.db import utcnow
from app.demo.context import DEMO_CLIENT_SECRET, DemoContext
from app.models.core.partner import Partner, PartnerKind
from app.models.core.resident import MaritalStatus, Sex
from app.models.core.user import User
from app.models.quality.contraceptive import (
    ContraceptiveMethod,
    ContraceptiveProduct,
    DistributionPoint,
    PointKind,
    StockThreshold,
)
from app.models.quality.referral import Referral, ReferralPriority, ReferralStatus
from app.models.quality.screening import (
    RiskLevel,
    Screening,
    ScreeningProgram,
    ScreeningTarget,
)
from app.models.quality.stock import MovementKind, ReceiptSource, StockBatch, StockMovement
from app.security import hash_secret_token, pii_cipher

DEVICE_USERNAME = "dispenser-a"

PRODUCTS = [
    # code, name, method, form, unit, units per pack
    ("CONDOM-10", "避孕套(10只装)", ContraceptiveMethod.condom, "乳胶", "盒", 10),
    ("PILL-SHORT-21", "复方左炔诺孕酮片(短效)", ContraceptiveMethod.oral_short_acting, "片剂", "板", 21),
    ("PILL-EMERG-1", "左炔诺孕酮片(紧急)", ContraceptiveMethod.oral_emergency, "片剂", "盒", 1),
    ("SUPP-NONOX", "壬苯醇醚栓", ContraceptiveMethod.suppository, "栓剂", "盒", 10),
    ("FILM-NONOX", "壬苯醇醚药膜", ContraceptiveMethod.film, "药膜", "盒", 10),
    ("GEL-NONOX", "壬苯醇醚凝胶", ContraceptiveMethod.gel, "凝胶", "支", 1),
    ("IUD-CU", "含铜宫内节育器", ContraceptiveMethod.iud, "器械", "个", 1),
    ("IMPLANT-LNG", "左炔诺孕酮硅胶棒", ContraceptiveMethod.implant, "埋植剂", "套", 1),
    ("INJ-DMPA", "醋酸甲羟孕酮避孕针", ContraceptiveMethod.injection, "注射剂", "支", 1),
]

# program kind, name, targets per org key
# Who each program is for (see docs/quality.md for the sources) and the targets the street typed.
POPULATIONS = {
    "pre_pregnancy_check": {"min_age": 20, "max_age": 49, "marital_status": ["married"]},
    "reproductive_health_census": {
        "sex": "female",
        "min_age": 20,
        "max_age": 49,
        "marital_status": ["married"],
    },
    "migrant_youth_health": {"min_age": 16, "max_age": 35, "registration": "migrant"},
}
PROGRAMS_2019 = [
    (
        "pre_pregnancy_check",
        "2019年国家免费孕前优生健康检查",
        {"community-a": 60, "community-b": 45},
    ),
    (
        "reproductive_health_census",
        "2019年已婚育龄妇女生殖健康普查",
        {"community-a": 150, "community-b": 110},
    ),
    (
        "migrant_youth_health",
        "2019年外来务工青年健康项目",
        {"community-a": 30, "community-b": 20, "unit": 25},
    ),
]


async def seed(session: AsyncSession, ctx: DemoContext) -> None:
    street = ctx.orgs["street"]
    hospital = Partner(
        name="渝中区妇幼保健院",
        kind=PartnerKind.mch_hospital,
        org_id=ctx.orgs["district"].id,
        services=["孕前优生健康检查", "高危孕产妇管理", "遗传咨询"],
        contact_name="孙医生",
        contact_phone="023-63801234",
        address="渝中区大坪正街",
    )
    clinic = Partner(
        name="解放碑社区卫生服务中心",
        kind=PartnerKind.clinic,
        org_id=street.id,
        services=["生殖健康普查", "避孕药具发放", "宫内节育器放置"],
        contact_name="周护士长",
        contact_phone="023-63792468",
        address="渝中区民族路",
    )
    session.add_all([hospital, clinic])
    await session.flush()
    await _seed_screening(session, ctx, hospital, clinic)
    await _seed_contraceptives(session, ctx, clinic)


async def _seed_screening(
    session: AsyncSession, ctx: DemoContext, hospital: Partner, clinic: Partner
) -> None:
    programs: dict[str, ScreeningProgram] = {}
    for kind, name, targets in PROGRAMS_2019:
        program = ScreeningProgram(
            year=2019, kind=kind, name=name, org_id=ctx.orgs["street"].id, population=POPULATIONS[kind]
        )
        session.add(program)
        await session.flush()
        programs[kind] = program
        for org_key, count in targets.items():
            session.add(
                ScreeningTarget(program_id=program.id, org_id=ctx.orgs[org_key].id, target_count=count)
            )
    cipher = pii_cipher(ctx.settings)
    women = [
        r
        for r in ctx.residents
        if r.sex is Sex.female
        and r.marital_status is MaritalStatus.married
        and 1970 <= r.birth_date.year <= 1997
        and r.community_id in (ctx.orgs["community-a"].id, ctx.orgs["community-b"].id)
    ]
    check = programs["pre_pregnancy_check"]
    census = programs["reproductive_health_census"]
    for i, woman in enumerate(women[:24]):
        high = i % 8 == 0
        session.add(
            Screening(
                program_id=(check if i % 2 == 0 else census).id,
                resident_id=woman.id,
                org_id=woman.community_id,
                counted_org_id=woman.community_id,
                provider_partner_id=(hospital if i % 2 == 0 else clinic).id,
                screened_on=date(2019, 3 + i % 8, 1 + i),
                items=["病史询问", "体格检查", "血常规", "风险评估"],
                risk_level=RiskLevel.high if high else RiskLevel.low,
                findings_enc=cipher.encrypt("风疹病毒IgG阴性，建议接种后再孕" if high else "未见异常"),
            )
        )
    await session.flush()
    # One high-risk woman is already referred to the hospital; the others still need a referral.
    first = women[0]
    screening_id = (
        await session.execute(select(Screening.id).where(Screening.resident_id == first.id))
    ).scalar_one()
    session.add(
        Referral(
            screening_id=screening_id,
            resident_id=first.id,
            partner_id=hospital.id,
            org_id=first.community_id,
            reason="孕前优生检查高风险，转诊妇幼保健院遗传咨询",
            priority=ReferralPriority.urgent,
            status=ReferralStatus.accepted,
            follow_up_due_on=date(2019, 4, 30),
        )
    )
    await session.flush()


async def _seed_contraceptives(session: AsyncSession, ctx: DemoContext, clinic: Partner) -> None:
    products = {}
    for code, name, method, form, unit, per_pack in PRODUCTS:
        product = ContraceptiveProduct(
            code=code, name=name, method=method, form=form, unit=unit, units_per_pack=per_pack
        )
        session.add(product)
        products[code] = product
    device = User(
        username=DEVICE_USERNAME,
        full_name="民生路社区药具自助发放机",
        role=Role.dispenser_device.value,
        org_id=ctx.orgs["community-a"].id,
        client_secret_hash=hash_secret_token(DEMO_CLIENT_SECRET),
    )
    session.add(device)
    ctx.users[DEVICE_USERNAME] = device
    await session.flush()
    station_a = DistributionPoint(
        name="民生路社区药具发放站",
        kind=PointKind.community_station,
        org_id=ctx.orgs["community-a"].id,
        address="民生路社区居委会一层",
    )
    station_b = DistributionPoint(
        name="较场口社区药具发放站",
        kind=PointKind.community_station,
        org_id=ctx.orgs["community-b"].id,
        address="较场口社区居委会",
    )
    machine = DistributionPoint(
        name="民生路社区药具自助发放机",
        kind=PointKind.self_service_machine,
        org_id=ctx.orgs["community-a"].id,
        address="民生路社区服务站门口",
        device_user_id=device.id,
    )
    clinic_point = DistributionPoint(
        name="解放碑社区卫生服务中心发放点",
        kind=PointKind.clinic,
        org_id=ctx.orgs["street"].id,
        partner_id=clinic.id,
    )
    session.add_all([station_a, station_b, machine, clinic_point])
    await session.flush()
    today = local_today()
    stock = [
        # point, product, batch, expires in days, quantity
        (station_a, "CONDOM-10", "C20190301", 700, 200),
        (station_a, "CONDOM-10", "C20181101", 60, 30),  # near expiry: listed as an alert
        (station_a, "PILL-SHORT-21", "P20190115", 500, 80),
        (station_a, "PILL-EMERG-1", "E20190220", 400, 40),
        (station_b, "CONDOM-10", "C20190301", 700, 120),
        (station_b, "GEL-NONOX", "G20190110", 300, 25),
        (machine, "CONDOM-10", "C20190301", 700, 50),
        (machine, "PILL-EMERG-1", "E20190220", 400, 8),
        (clinic_point, "IUD-CU", "U20181201", 900, 30),
    ]
    now = utcnow()
    for point, code, batch_no, days, qty in stock:
        product = products[code]
        batch = StockBatch(
            point_id=point.id,
            product_id=product.id,
            batch_no=batch_no,
            expires_on=today + timedelta(days=days),
            qty_on_hand=qty,
        )
        session.add(batch)
        await session.flush()
        session.add(
            StockMovement(
                kind=MovementKind.receipt,
                point_id=point.id,
                product_id=product.id,
                batch_id=batch.id,
                batch_no=batch_no,
                expires_on=batch.expires_on,
                quantity=qty,
                source=ReceiptSource.district_allocation,
                document_no="渝中卫药具〔2019〕3号",
                occurred_at=now,
                occurred_on=today,
            )
        )
    session.add_all(
        [
            StockThreshold(point_id=machine.id, product_id=products["CONDOM-10"].id, threshold=10),
            StockThreshold(point_id=machine.id, product_id=products["PILL-EMERG-1"].id, threshold=10),
            StockThreshold(point_id=station_a.id, product_id=products["CONDOM-10"].id, threshold=50),
        ]
    )
    await session.flush()
