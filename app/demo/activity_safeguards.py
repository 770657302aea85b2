"""Live safeguards (保障措施到位): this year's budget by the plan's tasks and its spending, and the
institutions in force, laid relative to the anchor.

The street's office opened this year's budget in January: lines for its own work (leadership,
publicity, interest orientation, quality services) and care-action and demonstration money allotted
to communities A and B. Six invoices were paid since, each with its scanned evidence; one was keyed
twice and its copy reversed, one was settled for less and adjusted. The leading group was adjusted
last March (the old one repealed that day); the Association, the work rules, the funds rules and
this year's responsibility system are in force, and community A keeps its Association branch.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from fpdf import FPDF

from app.demo.live import Live
from app.models.leadership.institution import InstitutionKind
from app.models.leadership.safeguards import PlanTask
from app.schemas.leadership.institution import InstitutionCreate, InstitutionRepeal
from app.schemas.leadership.safeguards import (
    BudgetCreate,
    BudgetLineCreate,
    SpendingAdjustment,
    SpendingCreate,
    SpendingReversal,
)
from app.services.leadership import budgets, evidence_files, institutions, spendings

# task, org, approved (fen), note
LINES = [
    (PlanTask.leadership, "street", 3_000_000, "责任书考核、专干培训"),
    (PlanTask.publicity, "street", 5_000_000, "“5·29”“7·11”宣传"),
    (PlanTask.interest_orientation, "street", 12_000_000, "街道特别扶助项目"),
    (PlanTask.quality_services, "street", 4_000_000, "生殖健康普查"),
    (PlanTask.care_action, "community-a", 2_000_000, "计生特殊家庭关怀"),
    (PlanTask.care_action, "community-b", 1_500_000, "计生特殊家庭关怀"),
    (PlanTask.publicity_demonstration, "community-a", 1_000_000, "宣传示范社区创建"),
    (PlanTask.migrant_demonstration, "community-b", 1_000_000, "流动人口示范社区创建"),
]
# line index, days before the anchor, amount (fen), purpose, payee
PAID = [
    (1, -150, 1_280_000, "“5·29”会员活动日宣传品印制", "重庆渝中印务有限公司"),
    (0, -120, 450_000, "计生专干业务培训资料及场地费", "渝中区委党校"),
    (4, -60, 360_000, "计生特殊家庭节日慰问品", "重庆新世纪百货有限公司"),
    (5, -40, 280_000, "失独家庭走访慰问品", "重庆重百超市较场口店"),
    (1, -30, 600_000, "“7·11”世界人口日宣传展板", "重庆渝中广告有限公司"),
    (2, -20, 240_000, "街道特别扶助项目慰问金发放", "解放碑街道社会事务办"),
]


def _pdf(title: str, on: date) -> bytes:
    """A one-page scan stand-in, the same bytes for the same title and day (the examples' hashes)."""
    document = FPDF()
    document.set_title(title)
    document.set_creation_date(datetime.combine(on, time(9), tzinfo=UTC))
    document.add_page()
    document.set_font("helvetica", size=12)
    document.cell(text="fpwork demo evidence (scan)")
    return bytes(document.output())


def _on(live: Live, offset: int) -> date:
    """``offset`` days from the anchor, kept within the anchor's year and not after it."""
    return min(live.anchor, max(date(live.anchor.year, 1, 1), live.day(offset)))


async def seed(live: Live) -> None:
    await _budget(live)
    await _institutions(live)


async def _file(live: Live, title: str) -> int:
    stored = await evidence_files.upload(
        live.session,
        live.actors["street-officer"],
        body=_pdf(title, live.anchor),
        content_type="application/pdf",
        filename=f"{title}.pdf",
    )
    return stored.id


async def _budget(live: Live) -> None:
    session, office, year = live.session, live.actors["street-officer"], live.anchor.year
    budget = await budgets.create_budget(
        session,
        live.actors["street"],
        BudgetCreate(
            org_id=live.ctx.orgs["street"].id,
            year=year,
            title=f"{year}年度人口和计划生育工作经费预算",
            approved_on=date(year, 1, 10),
            document_number=f"解放碑街道办发〔{year}〕2号",
        ),
    )
    lines = [
        await budgets.add_line(
            session,
            office,
            budget.id,
            BudgetLineCreate(task=task, org_id=live.ctx.orgs[org].id, approved_fen=amount, note=note),
        )
        for task, org, amount, note in LINES
    ]
    entries = []
    for n, (line, offset, amount, purpose, payee) in enumerate(PAID):
        evidence = await _file(live, f"发票-{year}-{n + 1:03d}")
        data = SpendingCreate(
            line_id=lines[line].id,
            spent_on=_on(live, offset),
            amount_fen=amount,
            purpose=purpose,
            payee=payee,
            evidence_file_id=evidence,
        )
        entries.append(await spendings.record(session, office, data, live.anchor))
    twice = await spendings.record(session, office, data, live.anchor)  # the last one, keyed twice
    await spendings.reverse(
        session,
        office,
        twice.id,
        SpendingReversal(reversed_on=_on(live, -19), reason="重复录入，冲销"),
        live.anchor,
    )
    await spendings.adjust(
        session,
        office,
        entries[4].id,
        SpendingAdjustment(
            adjusted_on=_on(live, -25), amount_fen=-50_000, reason="按实际结算金额核减（结算单5,500元）"
        ),
        live.anchor,
    )


async def _institutions(live: Live) -> None:
    session, street, year = live.session, live.actors["street"], live.anchor.year
    issuer = "中共解放碑街道工作委员会"
    documents = [
        (
            "street",
            InstitutionKind.leading_group,
            "关于成立街道人口和计划生育工作领导小组的通知",
            date(2016, 3, 1),
        ),
        (
            "street",
            InstitutionKind.leading_group,
            "关于调整街道人口和计划生育工作领导小组成员的通知",
            date(year - 1, 3, 1),
        ),
        ("street", InstitutionKind.association, "解放碑街道计划生育协会章程", date(2015, 5, 29)),
        ("street", InstitutionKind.work_rules, "解放碑街道计划生育工作制度汇编", date(2018, 1, 1)),
        ("street", InstitutionKind.funds_rules, "解放碑街道计划生育经费管理办法", date(year - 1, 1, 1)),
        (
            "street",
            InstitutionKind.responsibility_system,
            f"{year}年度人口和计划生育目标管理责任制实施方案",
            date(year, 1, 1),
        ),
        ("community-a", InstitutionKind.association, "民生路社区计划生育协会分会成立决定", date(2017, 5, 29)),
    ]
    made = []
    for n, (org, kind, title, effective) in enumerate(documents):
        data = InstitutionCreate(
            org_id=live.ctx.orgs[org].id,
            kind=kind,
            title=title,
            issued_by=issuer if org == "street" else "民生路社区居民委员会",
            document_number=f"解放碑街道党工委〔{effective.year}〕{n + 3}号",
            effective_from=effective,
            file_id=await _file(live, title),
        )
        made.append(await institutions.create(session, street, data))
    await institutions.repeal(
        session,
        street,
        made[0].id,
        InstitutionRepeal(repealed_on=date(year - 1, 3, 1), reason="领导小组成员调整"),
        None,
    )
