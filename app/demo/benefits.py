"""Demo benefit programs with their 2019 amounts (Beijing where amounts vary by locality).

Amounts are data, not code: the street edits its own project, the district the others.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.context import DemoContext
from app.models.benefits.benefit import (
    BenefitProgram,
    EligibilityRule,
    ProgramBasis,
    ProgramPayer,
    ProgramPeriod,
    ProgramStandard,
)

SUPPORT_GROUP = "special_support"
# National minimums per person per month in 2019 (docs/domain.md; 国家计生特扶标准, 2014-01-01 起).
NATIONAL_FLOORS = {
    "special_support_death": 45000,
    "special_support_disability": 35000,
    "rural_reward_support": 96000,  # 80 yuan a month, paid yearly (national, since 2012)
}

PROGRAMS = [
    # code, name, owner, amount_fen, period, basis, payer, group, materials, note
    (
        "one_child_award",
        "独生子女父母奖励",
        "district",
        1000,
        ProgramPeriod.monthly,
        ProgramBasis.per_family,
        ProgramPayer.unit,
        None,
        ["honour_certificate", "id_card", "household_register"],
        "持《独生子女父母光荣证》，每户每月10元至子女满18周岁；有工作单位的由单位发放，否则由街道发放",
    ),
    (
        "special_support_death",
        "计划生育家庭特别扶助(死亡)",
        "district",
        45000,
        ProgramPeriod.monthly,
        ProgramBasis.per_person,
        ProgramPayer.district,
        SUPPORT_GROUP,
        ["application_form", "id_card", "household_register", "child_death_certificate"],
        "女方年满49周岁，本地户籍，只生育或合法收养一个子女，现无存活子女；国家标准2019年每人每月不低于450元",
    ),
    (
        "special_support_disability",
        "计划生育家庭特别扶助(伤残)",
        "district",
        35000,
        ProgramPeriod.monthly,
        ProgramBasis.per_person,
        ProgramPayer.district,
        SUPPORT_GROUP,
        ["application_form", "id_card", "household_register", "disability_certificate"],
        "女方年满49周岁，本地户籍，只生育或合法收养一个子女，该子女伤残等级一至三级；国家标准2019年每人每月不低于350元",
    ),
    (
        "street_special_assistance",
        "街道特别救助项目",
        "street",
        30000,
        ProgramPeriod.monthly,
        ProgramBasis.per_family,
        ProgramPayer.street,
        None,  # paid in addition to the state's programs (the plan)
        ["application_form", "id_card", "hardship_statement"],
        "街道自设项目：辖区内困难独生子女家庭（大病、重残等），困难情况由街道审核认定；标准由街道确定",
    ),
    (
        "rural_reward_support",
        "农村部分计划生育家庭奖励扶助",
        "district",
        96000,
        ProgramPeriod.annual,
        ProgramBasis.per_person,
        ProgramPayer.district,
        None,
        ["application_form", "id_card", "household_register"],
        "农村户籍、只有一个子女或两个女孩的计划生育家庭夫妇，年满60周岁起每人每月不低于80元，按年发放（国家标准，2012年起）",
    ),
]


async def seed(session: AsyncSession, ctx: DemoContext) -> None:
    for code, name, owner, amount, period, basis, payer, group, materials, note in PROGRAMS:
        session.add(
            BenefitProgram(
                code=code,
                name=name,
                rule=EligibilityRule(code),
                owner_org_id=ctx.orgs[owner].id,
                amount_fen=amount,
                period=period,
                basis=basis,
                payer=payer,
                exclusive_group=group,
                required_materials=materials,
                criteria_note=note,
                open_for_applications=True,
                policy_year=2019,
            )
        )
    await session.flush()
    for program in (await session.execute(select(BenefitProgram))).scalars():
        program.national_floor_fen = NATIONAL_FLOORS.get(program.code)
        if program.code == "street_special_assistance":
            program.criteria = {"honour_certificate": True, "one_child": True, "local_registration": True}
        session.add(
            ProgramStandard(
                program_id=program.id,
                effective_from=date(2019, 1, 1),
                amount_fen=program.amount_fen,
                basis_document="2019年标准",
                created_by="demo",
            )
        )
    await session.flush()
