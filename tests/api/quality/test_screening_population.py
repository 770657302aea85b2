"""Screening programs state their target population; screenings outside it are refused and not
counted; the coverage target is derived from the eligible residents unless a typed one overrides it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.models.core.resident import MaritalStatus, Resident, ResidentStatus, Sex
from app.models.quality.screening import Screening
from tests.api.quality.screening_helpers import new_program
from tests.demo_ids import org_ids

ZH = {"Accept-Language": "zh-CN"}


async def _someone(
    api, community: str, sex: Sex, marital: MaritalStatus, born_before: date | None = None
) -> int:
    ids = await org_ids(api)
    async with api.session() as session:
        stmt = select(Resident.id).where(
            Resident.community_id == ids[community],
            Resident.sex == sex,
            Resident.marital_status == marital,
            Resident.status == ResidentStatus.active,
        )
        if born_before is not None:
            stmt = stmt.where(Resident.birth_date < born_before)
        return list((await session.execute(stmt.order_by(Resident.id))).scalars())[0]


async def _screened(api, program_id: int) -> int:
    async with api.session() as session:
        return (
            await session.execute(select(func.count()).where(Screening.program_id == program_id))
        ).scalar_one()


async def test_two_unmarried_men_are_not_a_pre_pregnancy_check(api):
    program_id = await new_program(api, "pre_pregnancy_check")
    before = await _screened(api, program_id)
    ids = await org_ids(api)
    async with api.session() as session:
        men = list(
            (
                await session.execute(
                    select(Resident.id)
                    .where(
                        Resident.community_id == ids["community-a"],
                        Resident.sex == Sex.male,
                        Resident.marital_status == MaritalStatus.unmarried,
                    )
                    .order_by(Resident.id)
                )
            ).scalars()
        )[:2]
    body = {
        "program_id": program_id,
        "resident_id": men[0],
        "spouse_resident_id": men[1],
        "screened_on": "2019-06-01",
        "risk_level": "low",
    }
    refused = await api.post("community-a", "/api/v1/screenings", body, headers=ZH)
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["type"].endswith("/outside-target-population")
    assert problem["unmet_population"][0]["rule"] == "marital_status"
    assert problem["title"] == "不属于该项目的服务对象" and "婚姻状况须为已婚" in problem["detail"]
    # a married man with a married man as "spouse" is refused on the spouse
    husbands = [await _someone(api, "community-a", Sex.male, MaritalStatus.married, date(1990, 1, 1))]
    async with api.session() as session:
        other = list(
            (
                await session.execute(
                    select(Resident.id)
                    .where(
                        Resident.community_id == ids["community-a"],
                        Resident.sex == Sex.male,
                        Resident.marital_status == MaritalStatus.married,
                        Resident.birth_date >= date(1970, 1, 1),
                        Resident.id != husbands[0],
                    )
                    .order_by(Resident.id)
                )
            ).scalars()
        )[0]
    young = await api.post(
        "community-a",
        "/api/v1/screenings",
        {**body, "resident_id": other, "spouse_resident_id": husbands[0]},
    )
    assert young.status_code == 422 and young.json()["unmet_population"][0]["rule"] == "spouse"
    assert await _screened(api, program_id) == before


async def test_a_55_year_old_man_is_not_in_the_married_womens_census(api):
    program_id = await new_program(api, "reproductive_health_census")
    man = await _someone(api, "community-a", Sex.male, MaritalStatus.married, date(1965, 1, 1))
    refused = await api.post(
        "community-a",
        "/api/v1/screenings",
        {"program_id": program_id, "resident_id": man, "screened_on": "2019-06-01", "risk_level": "low"},
    )
    assert refused.status_code == 422
    rules = {u["rule"] for u in refused.json()["unmet_population"]}
    assert rules == {"sex", "age"}
    programs = (await api.get("street", "/api/v1/screening-programs", params={"limit": 100})).json()["items"]
    census = next(p for p in programs if p["id"] == program_id)
    assert census["population"] == {
        "sex": "female",
        "min_age": 20,
        "max_age": 49,
        "marital_status": ["married"],
    }


async def test_the_coverage_target_is_the_eligible_count_unless_typed(api):
    ids = await org_ids(api)
    created = await api.post(
        "street",
        "/api/v1/screening-programs",
        {
            "year": 2020,
            "kind": "reproductive_health_census",
            "name": "2020年已婚育龄妇女生殖健康普查",
            "population": {"sex": "female", "min_age": 20, "max_age": 49, "marital_status": ["married"]},
        },
    )
    assert created.status_code == 201, created.text
    program_id = created.json()["id"]
    async with api.session() as session:
        eligible = (
            await session.execute(
                select(func.count()).where(
                    Resident.community_id == ids["community-a"],
                    Resident.status == ResidentStatus.active,
                    Resident.sex == Sex.female,
                    Resident.marital_status == MaritalStatus.married,
                    Resident.birth_date.between(date(1971, 1, 1), date(2000, 12, 31)),
                )
            )
        ).scalar_one()
    rows = {
        r["org_id"]: r
        for r in (await api.get("street", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    }
    a = rows[ids["community-a"]]
    assert eligible > 0
    assert (a["eligible"], a["target_count"], a["target_source"], a["screened"]) == (
        eligible,
        eligible,
        "derived",
        0,
    )
    assert a["org_name"]
    typed = await api.client.put(
        f"/api/v1/screening-programs/{program_id}/targets/{ids['community-a']}",
        headers=await api.headers("street"),
        json={"target_count": 7},
    )
    assert typed.status_code == 200, typed.text
    rows = {
        r["org_id"]: r
        for r in (await api.get("street", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    }
    a = rows[ids["community-a"]]
    assert (a["eligible"], a["target_count"], a["target_source"]) == (eligible, 7, "typed")
    assert rows[ids["community-b"]]["target_source"] == "derived"
    bad = await api.post(
        "street",
        "/api/v1/screening-programs",
        {"year": 2021, "kind": "pre_pregnancy_check", "name": "x", "population": {"sex": "other"}},
    )
    assert bad.status_code == 422
