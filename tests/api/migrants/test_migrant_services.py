"""Equal basic public services: per-person records, links from screenings, coverage = a hand count,
and the figures leadership reads."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.core.org import Org
from app.models.quality.screening import ScreeningProgram
from app.services.migrants.figures import FIGURES
from app.worker import Worker
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio
AS_OF = date(2019, 9, 10)


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(AS_OF)
    yield
    set_today(None)


async def _migrant(api, community: str, arrival: str) -> dict:
    ids = await org_ids(api)
    resident = await api.post(
        community, "/api/v1/residents", resident_body(ids[community], household_division_code="500101001001")
    )
    body = {"resident_id": resident.json()["id"], "arrival_date": arrival, "address": "幸福路1号"}
    response = await api.post(community, "/api/v1/migrants", body)
    assert response.status_code == 201, response.text
    return response.json()


async def _serve(api, migrant: dict, kind: str, on: str, user: str = "community-a") -> None:
    response = await api.post(
        user, f"/api/v1/migrants/{migrant['id']}/services", {"kind": kind, "delivered_on": on}
    )
    assert response.status_code == 201, response.text


async def test_coverage_matches_a_hand_count(api):
    ids = await org_ids(api)
    m1 = await _migrant(api, "community-a", "2019-01-05")
    m2 = await _migrant(api, "community-a", "2019-02-01")
    m3 = await _migrant(api, "community-a", "2019-08-01")  # under six months: not counted
    m4 = await _migrant(api, "community-a", "2019-01-10")  # left: not counted
    m5 = await _migrant(api, "community-b", "2018-12-01")
    await api.post(
        "community-a",
        f"/api/v1/migrants/{m4['id']}/depart",
        {"departed_on": "2019-06-01", "destination": "成都"},
    )
    await _serve(api, m1, "health_record", "2019-01-20")
    await _serve(api, m1, "health_education", "2019-03-01")
    await _serve(api, m2, "health_record", "2019-02-15")
    await _serve(api, m3, "health_record", "2019-08-10")
    await _serve(api, m4, "health_record", "2019-02-10")
    await _serve(api, m5, "child_vaccination", "2019-04-01", user="community-b")

    twice = await api.post(
        "community-a",
        f"/api/v1/migrants/{m1['id']}/services",
        {"kind": "health_record", "delivered_on": "2019-01-20"},
    )
    assert twice.status_code == 409
    before_arrival = await api.post(
        "community-a",
        f"/api/v1/migrants/{m1['id']}/services",
        {"kind": "health_record", "delivered_on": "2019-01-01"},
    )
    assert before_arrival.status_code == 422
    outsider = await api.post(
        "community-b",
        f"/api/v1/migrants/{m1['id']}/services",
        {"kind": "health_record", "delivered_on": "2019-02-01"},
    )
    assert outsider.status_code == 404

    # a screening of m2 counts as a family planning service without being typed again
    async with api.session() as session:
        program = (
            await session.execute(
                select(ScreeningProgram.id).where(
                    ScreeningProgram.year == 2019, ScreeningProgram.kind == "pre_pregnancy_check"
                )
            )
        ).scalar_one()
    screening = await api.post(
        "community-a",
        "/api/v1/screenings",
        {
            "program_id": program,
            "resident_id": m2["resident_id"],
            "screened_on": "2019-06-01",
            "items": ["病史询问"],
            "risk_level": "low",
        },
    )
    assert screening.status_code == 201, screening.text
    done = await Worker(api.database, api.settings).run_jobs()
    assert done["migrant_service_links"] == 1
    assert (await Worker(api.database, api.settings).run_jobs())["migrant_service_links"] == 0
    services = (await api.get("community-a", f"/api/v1/migrants/{m2['id']}/services")).json()
    assert [(s["kind"], s["source"]) for s in services] == [
        ("health_record", "manual"),
        ("family_planning", "screening"),
    ]

    report = await api.get("street", "/api/v1/migrants/coverage", params={"as_of": AS_OF.isoformat()})
    assert report.status_code == 200, report.text
    rows = {r["org_id"]: r for r in report.json()["rows"]}
    a, b = rows[ids["community-a"]], rows[ids["community-b"]]
    # hand count: community A has m1 and m2 eligible; B has m5
    assert a["eligible"] == 2 and b["eligible"] == 1
    assert a["served"]["health_record"] == 2 and a["rates"]["health_record"] == 100.0
    assert a["served"]["health_education"] == 1 and a["rates"]["health_education"] == 50.0
    assert a["served"]["family_planning"] == 1 and a["rates"]["child_vaccination"] == 0.0
    assert b["served"]["child_vaccination"] == 1 and b["rates"]["child_vaccination"] == 100.0
    own = (await api.get("community-b", "/api/v1/migrants/coverage")).json()["rows"]
    assert [r["org_id"] for r in own] == [ids["community-b"]]

    async with api.session() as session:
        street_path = (await session.execute(select(Org.path).where(Org.id == ids["street"]))).scalar_one()
        a_path = (await session.execute(select(Org.path).where(Org.id == ids["community-a"]))).scalar_one()
        coverage = await FIGURES["migrant_service_coverage_health_record"](
            session, street_path, date(2019, 1, 1), AS_OF
        )
        cert = await FIGURES["migrant_certificate_rate"](session, a_path, date(2019, 1, 1), AS_OF)
        present = await FIGURES["migrants_present"](session, a_path, date(2019, 1, 1), AS_OF)
    assert (coverage.numerator, coverage.denominator) == (2, 3)
    assert present.value == 3.0  # m1, m2, m3
    assert (cert.numerator, cert.denominator, cert.value) == (0, 3, 0.0)
    await api.post(
        "community-a",
        f"/api/v1/migrants/{m1['id']}/certificate",
        {"number": "1", "issuer": "重庆市渝中区", "issued_on": "2019-01-02"},
    )
    async with api.session() as session:
        cert = await FIGURES["migrant_certificate_rate"](session, a_path, date(2019, 1, 1), AS_OF)
    assert (cert.numerator, cert.denominator, cert.value) == (1, 3, 33.33)
