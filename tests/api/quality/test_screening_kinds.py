"""Screening kinds as data, each kind's coverage as its own indicator, and the migrants' information
collection rate, walked over the API by the roles that do it.

The office's clock is fixed at 16 June 2025. A new community (its own worker, ``community-q``) holds
nothing else: the street opens that community's programs of three kinds, the community records the
screenings and registers migrants, and the street signs a book holding the free pre-pregnancy
check, the census and birth-defect prenatal screening as three indicators. Every expected value is
counted by hand and again from the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.clock import set_today
from app.models.core.audit import AuditEvent
from app.models.migrants.migrant import Migrant
from app.models.quality.screening import Screening, ScreeningKind, ScreeningProgram
from tests.api.leadership.leadership_helpers import (
    SIGN,
    book_body,
    indicator_ids,
    new_community,
    new_resident,
)
from tests.factories import new_id_number

pytestmark = pytest.mark.asyncio

TODAY = date(2025, 6, 16)
YEAR = TODAY.year
USER = "community-q"
MIGRANTS_USER = "community-r"  # a second new community for the migrants' rate
PROGRAMS = "/api/v1/screening-programs"
SEEDED = ["pre_pregnancy_check", "reproductive_health_census", "migrant_youth_health", "prenatal_screening"]
# kind → (target typed for the community, residents screened, of whom screened twice)
PLAN = {
    "pre_pregnancy_check": (4, 3, 1),
    "reproductive_health_census": (5, 2, 0),
    "prenatal_screening": (2, 1, 0),
}
COVERAGE = {
    "pre_pregnancy_check_coverage": ("pre_pregnancy_check", 75.0, 3, 4),
    "reproductive_health_census_coverage": ("reproductive_health_census", 40.0, 2, 5),
    "prenatal_screening_coverage": ("prenatal_screening", 50.0, 1, 2),
}


@pytest.fixture(scope="module", autouse=True)
def fixed_clock() -> Iterator[None]:
    set_today(TODAY)
    yield
    set_today(None)


@pytest.fixture(scope="module")
async def walk(api: Any) -> dict[str, Any]:
    """The street opens the community's programs; the community screens its residents."""
    org_id = (await new_community(api, USER))["org"]["id"]
    programs: dict[str, int] = {}
    for kind, (target, screened, twice) in PLAN.items():
        created = await api.post(
            "street",
            PROGRAMS,
            {
                "year": YEAR,
                "kind": kind,
                "name": f"{YEAR}年{kind}",
                "org_id": org_id,
                "targets": [{"org_id": org_id, "target_count": target}],
            },
        )
        assert created.status_code == 201, created.text
        assert created.json()["kind"] == kind
        programs[kind] = created.json()["id"]
        residents = [await new_resident(api, USER, org_id) for _ in range(screened)]
        for resident_id in residents + residents[:twice]:
            response = await api.post(
                USER,
                "/api/v1/screenings",
                {
                    "program_id": programs[kind],
                    "resident_id": resident_id,
                    "screened_on": date(YEAR, 3, 1).isoformat(),
                    "risk_level": "low",
                },
            )
            assert response.status_code == 201, response.text
    return {"org_id": org_id, "programs": programs}


async def test_kinds_are_listed_with_names_and_in_meta_enums(api):
    response = await api.get("community-a", "/api/v1/screening-kinds")
    assert response.status_code == 200, response.text
    kinds = {k["code"]: k for k in response.json()}
    assert list(kinds) == SEEDED
    prenatal = kinds["prenatal_screening"]
    assert prenatal["name_zh"] == "出生缺陷产前筛查" and prenatal["in_force"] is True
    assert prenatal["effective_from"] == "2003-05-01" and prenatal["effective_to"] is None
    assert prenatal["population"] == {"sex": "female", "min_age": 15, "max_age": 49}
    assert "产前诊断技术管理办法" in prenatal["source"]
    enums = (await api.get("community-a", "/api/v1/meta/enums")).json()
    assert enums["screening_kind"]["prenatal_screening"] == {
        "zh-CN": "出生缺陷产前筛查",
        "en": "Birth-defect prenatal screening",
    }
    assert set(enums["screening_kind"]) == set(SEEDED)
    assert (await api.client.get("/api/v1/screening-kinds")).status_code == 401


async def test_a_kind_added_as_a_row_is_discovered_and_accepted_without_a_release(api):
    async with api.session() as session:
        session.add(
            ScreeningKind(
                code="newborn_screening",
                name_zh="新生儿疾病筛查",
                name_en="Newborn screening",
                population={},
                source="test",
                effective_from=date(2024, 1, 1),
                effective_to=date(2024, 12, 31),
            )
        )
        await session.commit()
    listed = {k["code"]: k for k in (await api.get("street", "/api/v1/screening-kinds")).json()}
    assert listed["newborn_screening"]["in_force"] is False  # ended before today
    enums = (await api.get("street", "/api/v1/meta/enums")).json()
    assert enums["screening_kind"]["newborn_screening"]["zh-CN"] == "新生儿疾病筛查"
    body = {"year": 2024, "kind": "newborn_screening", "name": "2024年新生儿疾病筛查"}
    created = await api.post("street", PROGRAMS, body)
    assert created.status_code == 201, created.text
    # outside its effective dates: refused on the kind, in the caller's language, nothing written
    late = await api.post("street", PROGRAMS, {**body, "year": 2025}, headers={"Accept-Language": "zh-CN"})
    assert late.status_code == 422, late.text
    assert late.json()["errors"][0]["loc"] == ["body", "kind"]
    assert "不在有效期内" in late.json()["detail"]
    async with api.session() as session:
        years = (
            await session.scalars(
                select(ScreeningProgram.year).where(ScreeningProgram.kind == "newborn_screening")
            )
        ).all()
    assert years == [2024]


async def test_unknown_kinds_and_bad_codes_are_422_and_write_nothing(api):
    async with api.session() as session:
        before = await session.scalar(select(func.count()).select_from(ScreeningProgram))
    unknown = await api.post("street", PROGRAMS, {"year": 2025, "kind": "no_such_kind", "name": "x"})
    assert unknown.status_code == 422, unknown.text
    assert unknown.json()["errors"][0]["loc"] == ["body", "kind"]
    assert "GET /screening-kinds" in unknown.json()["detail"]
    zh = await api.post(
        "street",
        PROGRAMS,
        {"year": 2025, "kind": "no_such_kind", "name": "x"},
        headers={"Accept-Language": "zh-CN"},
    )
    assert "未知的筛查项目类别" in zh.json()["detail"]
    badly_spelt = await api.post("street", PROGRAMS, {"year": 2025, "kind": "Pre-Pregnancy", "name": "x"})
    assert badly_spelt.status_code == 422
    # birth-defect prenatal screening is in force from 1 May 2003: no 2002 program
    early = await api.post("street", PROGRAMS, {"year": 2002, "kind": "prenatal_screening", "name": "x"})
    assert early.status_code == 422 and early.json()["errors"][0]["loc"] == ["body", "kind"]
    async with api.session() as session:
        assert await session.scalar(select(func.count()).select_from(ScreeningProgram)) == before
    # the community does not open programs
    denied = await api.post(
        "community-a", PROGRAMS, {"year": 2025, "kind": "prenatal_screening", "name": "x"}
    )
    assert denied.status_code == 403


async def test_coverage_per_program_is_read_by_the_street(api, walk):
    for kind, (target, screened, _) in PLAN.items():
        response = await api.get("street", f"{PROGRAMS}/{walk['programs'][kind]}/coverage")
        assert response.status_code == 200, response.text
        row = next(r for r in response.json() if r["org_id"] == walk["org_id"])
        assert (row["screened"], row["target_count"], row["target_source"]) == (screened, target, "typed")
    async with api.session() as session:
        events = await session.scalar(
            select(func.count()).where(
                AuditEvent.action == "screening_program.created",
                AuditEvent.object_id.in_([str(i) for i in walk["programs"].values()]),
            )
        )
    assert events == len(PLAN)


async def test_one_book_holds_the_check_and_the_census_as_two_indicators(api, walk):
    codes = await indicator_ids(api)
    catalogue = {
        i["code"]: i for i in (await api.get("street", "/api/v1/indicators", params={"limit": 100})).json()
    }
    check = catalogue["pre_pregnancy_check_coverage"]
    assert check["name_zh"] == "免费孕检目标人群覆盖率" and check["computable"] is True
    assert check["figure_code"] == "quality.screening_coverage.pre_pregnancy_check"
    assert catalogue["prenatal_screening_coverage"]["name_zh"] == "出生缺陷产前筛查目标人群覆盖率"
    lines = [
        (codes[code], 30 if code != "prenatal_screening_coverage" else 40, 60, False) for code in COVERAGE
    ]
    created = await api.post("street", "/api/v1/responsibility-books", book_body(walk["org_id"], YEAR, lines))
    assert created.status_code == 201, created.text
    book_id = created.json()["id"]
    signed = await api.post("street", f"/api/v1/responsibility-books/{book_id}/sign", SIGN)
    assert signed.status_code == 200, signed.text
    response = await api.get(
        "street", f"/api/v1/responsibility-books/{book_id}/progress", params={"as_of": TODAY.isoformat()}
    )
    assert response.status_code == 200, response.text
    actual = {
        i["indicator_code"]: (i["actual"], i["numerator"], i["denominator"])
        for i in response.json()["indicators"]
    }
    # by hand: 3 of 4, 2 of 5, 1 of 2 (a re-check counts once)
    assert actual == {code: (value, n, d) for code, (_, value, n, d) in COVERAGE.items()}
    # and from the database: distinct (program, resident) pairs of each kind counted toward the org
    async with api.session() as session:
        for code, (kind, _, n, _) in COVERAGE.items():
            pairs = (
                select(Screening.program_id, Screening.resident_id)
                .join(ScreeningProgram, ScreeningProgram.id == Screening.program_id)
                .where(Screening.counted_org_id == walk["org_id"], ScreeningProgram.kind == kind)
                .distinct()
                .subquery()
            )
            assert await session.scalar(select(func.count()).select_from(pairs)) == actual[code][1] == n
    # the community reads its own book the same; community B neither the book nor the programs
    own = await api.get(
        USER, f"/api/v1/responsibility-books/{book_id}/progress", params={"as_of": TODAY.isoformat()}
    )
    assert own.status_code == 200 and own.json()["indicators"] == response.json()["indicators"]
    assert (await api.get("community-b", f"/api/v1/responsibility-books/{book_id}")).status_code == 404
    program_id = walk["programs"]["prenatal_screening"]
    assert (await api.get("community-b", f"{PROGRAMS}/{program_id}/coverage")).status_code == 404
    listed = await api.get(
        "community-b", "/api/v1/screenings", params={"limit": 100, "program_id": program_id}
    )
    assert listed.status_code == 200 and listed.json()["items"] == []


async def test_a_family_of_figures_with_an_unknown_kind_has_no_value(api):
    created = await api.post(
        "street",
        "/api/v1/indicators",
        {
            "code": "no_kind_coverage",
            "name_zh": "未知类别覆盖率",
            "name_en": "Unknown kind coverage",
            "unit": "percent",
            "direction": "at_least",
            "source": "computed",
            "figure_code": "quality.screening_coverage.no_such_kind",
        },
    )
    assert created.status_code == 201, created.text
    # the catalogue can only tell the family exists (kinds are data); the value is null, no_cases
    assert created.json()["computable"] is True
    unknown_family = await api.post(
        "street",
        "/api/v1/indicators",
        {
            "code": "no_family_coverage",
            "name_zh": "未知指标",
            "name_en": "Unknown figure",
            "unit": "percent",
            "direction": "at_least",
            "source": "computed",
            "figure_code": "quality.no_such_family.pre_pregnancy_check",
        },
    )
    assert unknown_family.status_code == 201, unknown_family.text
    assert unknown_family.json()["computable"] is False
    assert unknown_family.json()["not_computable_reason_code"] == "figure_unknown"


async def _migrant(api: Any, org_id: int, code: str, *, phone: bool = True) -> int:
    """A migrant arrived on 1 February, registered by the community's worker (``MIGRANTS_USER``)."""
    overrides: dict[str, Any] = {
        "household_division_code": code,
        "id_number": new_id_number(date(1995, 5, 5)),
    }
    if not phone:
        overrides["phone"] = None
    resident_id = await new_resident(api, MIGRANTS_USER, org_id, **overrides)
    response = await api.post(
        MIGRANTS_USER,
        "/api/v1/migrants",
        {"resident_id": resident_id, "arrival_date": "2025-02-01", "address": "民生路1号"},
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


async def test_migrant_information_collection_rate_is_computed_from_the_records(api):
    org_id = (await new_community(api, MIGRANTS_USER))["org"]["id"]
    complete = await _migrant(api, org_id, "510104020000")
    await _migrant(api, org_id, "510104000000")  # registration place known to the county only
    await _migrant(api, org_id, "510104020000", phone=False)  # no contact phone
    departed = await _migrant(api, org_id, "510104020000")
    left = await api.post(
        MIGRANTS_USER,
        f"/api/v1/migrants/{departed}/depart",
        {"departed_on": "2025-05-01", "destination": "成都"},
    )
    assert left.status_code == 200, left.text
    codes = await indicator_ids(api)
    catalogue = await api.get("street", "/api/v1/indicators", params={"limit": 100})
    collection = next(i for i in catalogue.json() if i["code"] == "migrant_information_collection_rate")
    assert collection["computable"] is True and collection["not_computable_reason"] is None
    body = book_body(org_id, YEAR, [(codes["migrant_information_collection_rate"], 100, 90, False)])
    created = await api.post("street", "/api/v1/responsibility-books", body)
    assert created.status_code == 201, created.text
    path = f"/api/v1/responsibility-books/{created.json()['id']}/progress"
    before = (await api.get("street", path, params={"as_of": "2025-01-31"})).json()["indicators"][0]
    assert (before["numerator"], before["denominator"], before["actual"]) == (0, 0, None)  # none had arrived
    line = (await api.get("street", path, params={"as_of": TODAY.isoformat()})).json()["indicators"][0]
    # by hand: three present (the departed one is not), one complete → 33.33 %
    assert (line["numerator"], line["denominator"], line["actual"]) == (1, 3, 33.33)
    assert (await api.get("community-b", path)).status_code == 404
    async with api.session() as session:
        present = (
            await session.scalars(
                select(Migrant.id).where(Migrant.community_id == org_id, Migrant.status == "present")
            )
        ).all()
    assert len(present) == 3 and complete in present and departed not in present
