"""Live quality services (Task 6): this year's and last year's screening programs with targets and
screenings, referrals in every state (one overdue), a lot near expiry, stock near its threshold and
the dispensations that brought it there."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.clock import CHINA
from app.demo.live import Live
from app.models.core.partner import Partner, PartnerKind
from app.models.core.resident import MaritalStatus, Resident, Sex
from app.models.quality.contraceptive import ContraceptiveProduct, DistributionPoint
from app.models.quality.referral import ReferralPriority
from app.models.quality.screening import RiskLevel, Screening, ScreeningProgram
from app.models.quality.stock import StockBatch
from app.schemas.quality.referral import ReferralCreate
from app.schemas.quality.screening import ProgramCreate, ScreeningCreate
from app.schemas.quality.stock import DispensationCreate, StockMovementCreate
from app.services.quality.contraceptive_catalogue import set_threshold
from app.services.quality.dispensing import dispense
from app.services.quality.referrals import create_referral, transition
from app.services.quality.screening import create_program, record_screening
from app.services.quality.stock_ledger import usable_on_hand
from app.services.quality.stock_operations import record_movement

CHECK_ITEMS = ["病史询问", "体格检查", "血常规", "尿常规", "风疹病毒IgG", "风险评估"]
# Referral states, each with (days before the anchor it was made, follow-up due after the anchor).
REFERRALS = [
    ("requested", -2, 12),
    ("accepted", -6, 4),
    ("scheduled", -9, 9),
    ("completed", -40, -10),
    ("declined", -25, 5),
    ("overdue", -30, -3),
]


async def seed(live: Live) -> None:
    session = live.session
    hospital = (
        (await session.execute(select(Partner).where(Partner.kind == PartnerKind.mch_hospital)))
        .scalars()
        .first()
    )
    assert hospital is not None
    programs: dict[tuple[int, str], ScreeningProgram] = {}
    street_id = live.ctx.orgs["street"].id
    for year in (live.anchor.year - 1, live.anchor.year):
        for kind, name, per_community in (
            ("pre_pregnancy_check", "国家免费孕前优生健康检查", 40),
            ("reproductive_health_census", "已婚育龄妇女生殖健康普查", 120),
        ):
            # The street runs one program of a kind a year: the fixed demo's 2019 ones are reused.
            running = (
                await session.execute(
                    select(ScreeningProgram).where(
                        ScreeningProgram.org_id == street_id,
                        ScreeningProgram.year == year,
                        ScreeningProgram.kind == kind,
                    )
                )
            ).scalar_one_or_none()
            if running is not None:
                programs[(year, kind)] = running
                continue
            data = ProgramCreate.model_validate(
                {
                    "year": year,
                    "kind": kind,
                    "name": f"{year}年{name}",
                    "org_id": street_id,
                    "targets": [
                        {"org_id": live.ctx.orgs[c].id, "target_count": per_community}
                        for c in ("community-a", "community-b")
                    ],
                }
            )
            programs[(year, kind)] = await create_program(session, live.actors["street"], data)
    for community in ("community-a", "community-b"):
        women = await _women(live, community)
        screenings = []
        for i, woman in enumerate(women[:16]):
            this_year = i % 4 != 3
            if this_year:
                day = min(live.anchor, max(date(live.anchor.year, 1, 1), live.day(-3 - 11 * i)))
            else:
                day = date(live.anchor.year - 1, 3 + i % 9, 5 + i)
            kind = "pre_pregnancy_check" if i % 2 == 0 else "reproductive_health_census"
            high = (this_year and i % 2 == 0) or i == 3
            screening = await record_screening(
                session,
                live.ctx.settings,
                live.actors[community],
                ScreeningCreate.model_validate(
                    {
                        "program_id": programs[(day.year, kind)].id,
                        "resident_id": woman.id,
                        "provider_partner_id": hospital.id,
                        "screened_on": day,
                        "items": CHECK_ITEMS,
                        "risk_level": RiskLevel.high if high else RiskLevel.low,
                        "findings": "风疹病毒IgG阴性，建议接种疫苗3个月后再孕" if high else "未见异常",
                    }
                ),
            )
            if high and day.year == live.anchor.year:
                screenings.append(screening)
        await _referrals(live, community, hospital, screenings)
    await _prenatal(live, hospital)
    await _stock(live)


PRENATAL_TARGETS = {"community-a": 30, "community-b": 25}
PRENATAL_ITEMS = ["孕中期血清学筛查（唐氏综合征、18-三体、神经管缺陷）", "胎儿系统超声筛查"]


async def _prenatal(live: Live, hospital: Partner) -> None:
    """This year's birth-defect prenatal screening (出生缺陷产前筛查, the kind migration 0032 adds):
    the street's program with targets typed from the expected pregnancies, six women screened in each
    community (one high risk, for a prenatal diagnosis referral), so its coverage is its own figure."""
    year, street_id = live.anchor.year, live.ctx.orgs["street"].id
    program = await create_program(
        live.session,
        live.actors["street"],
        ProgramCreate.model_validate(
            {
                "year": year,
                "kind": "prenatal_screening",
                "name": f"{year}年出生缺陷产前筛查",
                "org_id": street_id,
                "population": {"sex": "female", "min_age": 15, "max_age": 49},
                "targets": [
                    {"org_id": live.ctx.orgs[c].id, "target_count": n} for c, n in PRENATAL_TARGETS.items()
                ],
            }
        ),
    )
    for community in PRENATAL_TARGETS:
        for i, woman in enumerate((await _women(live, community))[16:22]):
            high = i == 0
            await record_screening(
                live.session,
                live.ctx.settings,
                live.actors[community],
                ScreeningCreate.model_validate(
                    {
                        "program_id": program.id,
                        "resident_id": woman.id,
                        "provider_partner_id": hospital.id,
                        "screened_on": min(live.anchor, max(date(year, 1, 1), live.day(-5 - 9 * i))),
                        "items": PRENATAL_ITEMS,
                        "risk_level": RiskLevel.high if high else RiskLevel.low,
                        "findings": "唐氏综合征血清学筛查高风险（1/150），建议产前诊断" if high else "低风险",
                    }
                ),
            )


async def _women(live: Live, community: str) -> list[Resident]:
    """Married women of childbearing age in the community, the live layer's young couples first."""
    org_id = live.ctx.orgs[community].id
    rows = await live.session.execute(
        select(Resident)
        .where(
            Resident.community_id == org_id,
            Resident.sex == Sex.female,
            Resident.marital_status == MaritalStatus.married,
            Resident.birth_date > date(live.anchor.year - 45, 1, 1),
            Resident.birth_date < date(live.anchor.year - 22, 1, 1),
        )
        .order_by(Resident.id.desc())
    )
    return list(rows.scalars())


async def _referrals(live: Live, community: str, hospital: Partner, screenings: list[Screening]) -> None:
    actor = live.actors[community]
    for (state, made, due), screening in zip(REFERRALS, screenings, strict=False):
        made_on = max(live.day(made), screening.screened_on)
        referral = await create_referral(
            live.session,
            actor,
            ReferralCreate.model_validate(
                {
                    "screening_id": screening.id,
                    "partner_id": hospital.id,
                    "reason": "孕前优生检查高风险，转诊妇幼保健院遗传咨询",
                    "priority": ReferralPriority.urgent if state == "overdue" else ReferralPriority.routine,
                    "follow_up_due_on": max(live.day(due), made_on),
                }
            ),
            today=made_on,
        )
        plans: dict[str, list[tuple[str, dict[str, Any]]]] = {
            "requested": [],
            "overdue": [],
            "accepted": [("accept", {})],
            "scheduled": [
                ("accept", {}),
                ("schedule", {"scheduled_for": datetime.combine(live.day(3), time(9, 0), tzinfo=CHINA)}),
            ],
            "completed": [
                ("accept", {}),
                ("schedule", {"scheduled_for": datetime.combine(live.day(-20), time(9, 0), tzinfo=CHINA)}),
                ("complete", {"outcome": "已接种风疹疫苗，遗传咨询未见异常，可计划妊娠"}),
            ],
            "declined": [("decline", {"reason": "本人已在外院就诊，无需转诊"})],
        }
        for action, extra in plans[state]:
            await transition(live.session, actor, referral.id, action, expected_version=None, **extra)


async def _stock(live: Live) -> None:
    session = live.session
    products = {p.code: p for p in (await session.execute(select(ContraceptiveProduct))).scalars()}
    points = {p.name: p for p in (await session.execute(select(DistributionPoint))).scalars()}
    station_b = points["较场口社区药具发放站"]
    station_a = points["民生路社区药具发放站"]
    community_b = live.actors["community-b"]
    await _write_off_expired(live)
    # The district tops the stations up to their usual stock with a lot good for two years.
    for point, code, actor_key in (
        (station_b, "CONDOM-10", "community-b"),
        (station_a, "CONDOM-10", "community-a"),
        (station_a, "PILL-SHORT-21", "community-a"),
    ):
        await _top_up(live, point, products[code], actor_key)
    # A lot received last year that expires in six weeks (临近效期).
    await record_movement(
        session,
        community_b,
        StockMovementCreate.model_validate(
            {
                "kind": "receipt",
                "point_id": station_b.id,
                "product_id": products["PILL-SHORT-21"].id,
                "batch_no": f"P{live.anchor.year - 1}0610",
                "expires_on": live.day(45),
                "quantity": 30,
                "source": "district_allocation",
                "document_no": f"区卫健委药具调拨〔{live.anchor.year}〕12号",
            }
        ),
        today=live.anchor,
    )
    # Community B's condoms: 120 received, a warning level of 100, a dozen handed out since.
    await set_threshold(session, live.actors["street"], station_b.id, products["CONDOM-10"].id, 100)
    for point, actor_key in ((station_b, "community-b"), (station_a, "community-a")):
        residents = (
            await session.execute(
                select(Resident)
                .where(Resident.community_id == point.org_id)
                .order_by(Resident.id.desc())
                .limit(6)
            )
        ).scalars()
        for resident in residents:
            code = "CONDOM-10" if resident.sex is Sex.male else "PILL-SHORT-21"
            if point is station_b and code == "PILL-SHORT-21":
                code = "CONDOM-10"
            await dispense(
                session,
                live.ctx.settings,
                live.actors[actor_key],
                DispensationCreate.model_validate(
                    {
                        "product_id": products[code].id,
                        "quantity": 2,
                        "point_id": point.id,
                        "resident_id": resident.id,
                    }
                ),
            )


# The stock a station keeps of what it hands out (the fixed demo's opening quantities).
USUAL_STOCK = {
    ("较场口社区药具发放站", "CONDOM-10"): 120,
    ("民生路社区药具发放站", "CONDOM-10"): 200,
    ("民生路社区药具发放站", "PILL-SHORT-21"): 80,
}
BATCH_PREFIX = {"CONDOM-10": "C", "PILL-SHORT-21": "P"}


async def _write_off_expired(live: Live) -> None:
    """Lots that expired before the anchor (the fixed demo's on a later anchor): written off (过期报损)."""
    expired = (
        await live.session.execute(
            select(StockBatch)
            .where(StockBatch.expires_on < live.anchor, StockBatch.qty_on_hand > 0)
            .order_by(StockBatch.id)
        )
    ).scalars()
    for batch in list(expired):
        await record_movement(
            live.session,
            live.actors["street"],
            StockMovementCreate.model_validate(
                {
                    "kind": "expiry_write_off",
                    "point_id": batch.point_id,
                    "product_id": batch.product_id,
                    "batch_no": batch.batch_no,
                    "quantity": batch.qty_on_hand,
                    "reason": "过期药具清点报损，按规定回收销毁",
                }
            ),
            today=live.anchor,
        )


async def _top_up(
    live: Live, point: DistributionPoint, product: ContraceptiveProduct, actor_key: str
) -> None:
    """A district allocation bringing the units that can still be handed out back to the usual stock.

    On a load at today's date the fixed demo's lots are good and nothing is received; on a later
    anchor they have expired (or will within the dispensing shelf days) and a fresh lot arrives.
    """
    good_from = live.anchor + timedelta(days=live.ctx.settings.dispense_min_shelf_days)
    usable = await usable_on_hand(live.session, point_id=point.id, product_id=product.id, on=good_from)
    missing = USUAL_STOCK[(point.name, product.code)] - usable
    if missing <= 0:
        return
    await record_movement(
        live.session,
        live.actors[actor_key],
        StockMovementCreate.model_validate(
            {
                "kind": "receipt",
                "point_id": point.id,
                "product_id": product.id,
                # The letter, the year and month of allocation: never one of the fixed demo's numbers.
                "batch_no": f"{BATCH_PREFIX[product.code]}{live.anchor.year}-{live.anchor.month:02d}",
                "expires_on": live.day(730),
                "quantity": missing,
                "source": "district_allocation",
                "document_no": f"区卫健委药具调拨〔{live.anchor.year}〕15号",
            }
        ),
        today=live.anchor,
    )
