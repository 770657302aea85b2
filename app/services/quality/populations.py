"""A screening program's target population (服务对象) and the coverage target derived from it.

A program states who it is for (``ScreeningProgram.population``): sex, age reached in the program's
year, marital status, registration (``local``: registered in the district of the org running the
program, i.e. the first six digits of its division code; ``migrant``: registered elsewhere). A
screening of a resident outside it is refused (422 ``outside-target-population``, every unmet rule
with zh-CN and English reasons); a spouse checked together must be of the other sex and married.

The coverage target of an org is its number of eligible residents (active, living or working there
as the org is a community or a unit); a target typed for the org overrides it and is shown as such.
The demo's populations and their sources are in docs/quality.md.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable
from app.models.core.org import Org
from app.models.core.resident import Resident, ResidentStatus, Sex
from app.models.quality.screening import PopulationRule, ScreeningProgram

_SEX_ZH = {"male": "男", "female": "女"}
_MARITAL_ZH = {"unmarried": "未婚", "married": "已婚", "divorced": "离婚", "widowed": "丧偶"}


class OutsideTargetPopulation(Unprocessable):
    code = "outside-target-population"
    title = "Outside the program's target population"
    title_zh = "不属于该项目的服务对象"

    def __init__(self, unmet: list[dict[str, Any]], field: str) -> None:
        en = "; ".join(f"{u['rule']}: {u['expected']} required, {u['actual']} found" for u in unmet)
        zh = "；".join(u["zh"] for u in unmet)
        super().__init__(
            f"Not in the program's target population ({en})",
            zh=f"不属于该项目的服务对象：{zh}",
            loc=["body", field],
            extra={"unmet_population": [{k: v for k, v in u.items() if k != "zh"} for u in unmet]},
        )


def _local_prefix(program_org: Org) -> str:
    return program_org.code[:6]


def unmet(program: ScreeningProgram, program_org: Org, resident: Resident) -> list[dict[str, Any]]:
    rules = program.population or {}
    found: list[dict[str, Any]] = []

    def miss(rule: PopulationRule, expected: object, actual: object, zh: str) -> None:
        found.append({"rule": rule.value, "expected": expected, "actual": actual, "zh": zh})

    if (sex := rules.get("sex")) and resident.sex.value != sex:
        miss(PopulationRule.sex, sex, resident.sex.value, f"须为{_SEX_ZH[sex]}性")
    age = program.year - resident.birth_date.year
    low, high = rules.get("min_age"), rules.get("max_age")
    if (low is not None and age < low) or (high is not None and age > high):
        expected = f"{low if low is not None else 0}-{high if high is not None else ''}"
        miss(PopulationRule.age, expected, age, f"年龄须在{expected}岁之间，实为{age}岁")
    if (statuses := rules.get("marital_status")) and resident.marital_status.value not in statuses:
        wanted = "/".join(_MARITAL_ZH[s] for s in statuses)
        miss(
            PopulationRule.marital_status,
            "/".join(statuses),
            resident.marital_status.value,
            f"婚姻状况须为{wanted}，实为{_MARITAL_ZH[resident.marital_status.value]}",
        )
    if registration := rules.get("registration"):
        local = resident.household_division_code.startswith(_local_prefix(program_org))
        if (registration == "local") != local:
            actual = "local" if local else "migrant"
            zh = "须为本区户籍" if registration == "local" else "须为流动人口（非本区户籍）"
            miss(PopulationRule.registration, registration, actual, zh)
    return found


def check(program: ScreeningProgram, program_org: Org, resident: Resident, spouse: Resident | None) -> None:
    missing = unmet(program, program_org, resident)
    if missing:
        raise OutsideTargetPopulation(missing, "resident_id")
    if spouse is not None:
        problems = []
        if spouse.sex is resident.sex:
            problems.append("the other sex")
        if not (spouse.marital_status.value == resident.marital_status.value == "married"):
            problems.append("married")
        if problems:
            raise OutsideTargetPopulation(
                [
                    {
                        "rule": PopulationRule.spouse.value,
                        "expected": " and ".join(problems),
                        "actual": f"{spouse.sex.value}, {spouse.marital_status.value}",
                        "zh": "一同检查的配偶须为异性，且双方均为已婚",
                    }
                ],
                "spouse_resident_id",
            )


def eligible_condition(program: ScreeningProgram, program_org: Org) -> ColumnElement[bool]:
    """The SQL form of the population, for counting eligible residents."""
    rules = program.population or {}
    conditions: list[ColumnElement[bool]] = [Resident.status == ResidentStatus.active]
    if sex := rules.get("sex"):
        conditions.append(Resident.sex == Sex(sex))
    if (high := rules.get("max_age")) is not None:
        conditions.append(Resident.birth_date >= date(program.year - high, 1, 1))
    if (low := rules.get("min_age")) is not None:
        conditions.append(Resident.birth_date <= date(program.year - low, 12, 31))
    if statuses := rules.get("marital_status"):
        conditions.append(Resident.marital_status.in_(statuses))
    if registration := rules.get("registration"):
        local = Resident.household_division_code.startswith(_local_prefix(program_org), autoescape=True)
        conditions.append(local if registration == "local" else ~local)
    return and_(true(), *conditions)


async def program_org_of(session: AsyncSession, program: ScreeningProgram) -> Org:
    org = await session.get(Org, program.org_id)
    assert org is not None
    return org
