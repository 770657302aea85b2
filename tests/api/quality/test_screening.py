"""Screening programs, targets and coverage; screenings with encrypted findings; needing referral."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from app.models.core.audit import AuditEvent
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.quality.screening import Screening, ScreeningProgram
from app.services.quality.populations import eligible_condition
from tests.api.quality.screening_helpers import new_program
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

FINDINGS = "地中海贫血基因携带，建议配偶筛查"


async def _resident(api, user="community-a", index=0, kinds=("pre_pregnancy_check",), unit=None) -> dict:
    """The ``index``-th resident of the user's community in the target population of every program
    of ``kinds`` (optionally employed by ``unit``)."""
    ids = await org_ids(api)
    async with api.session() as session:
        stmt = select(Resident.id).where(Resident.community_id == ids[user]).order_by(Resident.id)
        if unit is not None:
            stmt = stmt.where(Resident.employer_unit_id == ids[unit])
        for kind in kinds:
            program = (
                await session.execute(
                    select(ScreeningProgram).where(
                        ScreeningProgram.year == 2019, ScreeningProgram.kind == kind
                    )
                )
            ).scalar_one()
            stmt = stmt.where(eligible_condition(program, await session.get(Org, program.org_id)))
        return {"id": list((await session.execute(stmt)).scalars())[index]}


async def _record(api, user="community-a", **overrides) -> dict:
    resident = await _resident(api, user, overrides.pop("index", 10))
    body = {
        "program_id": await new_program(api),
        "resident_id": resident["id"],
        "screened_on": "2019-06-01",
        "items": ["病史询问", "体格检查"],
        "risk_level": "high",
        "findings": FINDINGS,
        **overrides,
    }
    response = await api.post(user, "/api/v1/screenings", body)
    assert response.status_code == 201, response.text
    return response.json()


async def test_findings_are_encrypted_masked_and_revealed_only_with_health_read(api):
    created = await _record(api)
    assert created["findings"] is None and created["has_findings"] is True
    async with api.session() as session:
        stored = (
            await session.execute(select(Screening.findings_enc).where(Screening.id == created["id"]))
        ).scalar_one()
        raw = " ".join(str(r) for r in (await session.execute(text("SELECT * FROM screenings"))).all())
    assert FINDINGS not in stored and FINDINGS not in raw

    path = f"/api/v1/screenings/{created['id']}"
    plain = await api.get("community-a", path)
    assert plain.status_code == 200 and plain.json()["findings"] is None
    revealed = await api.get("community-a", path, params={"reveal": "true"})
    assert revealed.status_code == 200 and revealed.json()["findings"] == FINDINGS
    assert revealed.headers["cache-control"] == "no-store"
    # both show the names the list row shows
    names = ("resident_name", "program_name", "org_name")
    assert all(plain.json()[name] for name in names)
    assert {n: revealed.json()[n] for n in names} == {n: plain.json()[n] for n in names}

    # the district officer sees the screening (counts, coverage) but not what was found
    district = await api.get("district", path)
    assert district.status_code == 200 and district.json()["findings"] is None
    assert (await api.get("district", path, params={"reveal": "true"})).status_code == 403
    assert (await api.get("integration", path, params={"reveal": "true"})).status_code == 403
    listed = await api.get("street", "/api/v1/screenings", params={"limit": 100})
    assert all(item["findings"] is None for item in listed.json()["items"])

    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(AuditEvent).where(
                        AuditEvent.action == "screening.findings_revealed",
                        AuditEvent.object_id == str(created["id"]),
                    )
                )
            )
            .scalars()
            .all()
        )
    assert [e.actor_username for e in events] == ["community-a"]
    assert FINDINGS not in str(events[0].detail)


async def test_other_communities_do_not_see_the_screening(api):
    created = await _record(api, risk_level="low", findings=None)
    assert (await api.get("community-b", f"/api/v1/screenings/{created['id']}")).status_code == 404
    listed = await api.get("community-b", "/api/v1/screenings", params={"limit": 100})
    assert created["id"] not in {s["id"] for s in listed.json()["items"]}
    # nor may community B record one for A's resident
    resident = await _resident(api, "community-a", 11)
    response = await api.post(
        "community-b",
        "/api/v1/screenings",
        {
            "program_id": await new_program(api),
            "resident_id": resident["id"],
            "screened_on": "2019-06-01",
            "risk_level": "low",
        },
    )
    assert response.status_code == 404


async def test_screening_input_rules(api):
    resident = await _resident(api, "community-a", 12)
    base = {"program_id": await new_program(api), "resident_id": resident["id"], "risk_level": "low"}
    wrong_year = await api.post("community-a", "/api/v1/screenings", {**base, "screened_on": "2020-01-05"})
    assert wrong_year.status_code == 422
    self_spouse = await api.post(
        "community-a",
        "/api/v1/screenings",
        {**base, "screened_on": "2019-05-05", "spouse_resident_id": resident["id"]},
    )
    assert self_spouse.status_code == 422
    bad_risk = await api.post(
        "community-a", "/api/v1/screenings", {**base, "screened_on": "2019-05-05", "risk_level": "medium"}
    )
    assert bad_risk.status_code == 422
    # the district integration account reads but does not record
    assert (
        await api.post("integration", "/api/v1/screenings", {**base, "screened_on": "2019-05-05"})
    ).status_code == 403


async def test_high_risk_screening_needs_referral_until_one_is_made(api):
    created = await _record(api, index=13)
    needing = await api.get("community-a", "/api/v1/screenings/needing-referral", params={"limit": 100})
    assert created["id"] in {s["id"] for s in needing.json()["items"]}
    assert all(s["risk_level"] == "high" for s in needing.json()["items"])

    partner = (await api.get("community-a", "/api/v1/partners", params={"kind": "mch_hospital"})).json()[
        "items"
    ][0]
    referral = await api.post(
        "community-a",
        "/api/v1/referrals",
        {
            "screening_id": created["id"],
            "partner_id": partner["id"],
            "reason": "高风险，转诊遗传咨询",
            "priority": "urgent",
            "follow_up_due_on": "2099-01-31",
        },
    )
    assert referral.status_code == 201, referral.text
    assert referral.json()["resident_id"] == created["resident_id"]
    needing = await api.get("community-a", "/api/v1/screenings/needing-referral", params={"limit": 100})
    assert created["id"] not in {s["id"] for s in needing.json()["items"]}

    # a cancelled referral does not count: the screening needs one again
    cancelled = await api.post(
        "community-a", f"/api/v1/referrals/{referral.json()['id']}/cancel", {"reason": "本人拒绝"}
    )
    assert cancelled.status_code == 200
    needing = await api.get("community-a", "/api/v1/screenings/needing-referral", params={"limit": 100})
    assert created["id"] in {s["id"] for s in needing.json()["items"]}


async def test_coverage_counts_distinct_residents_against_targets(api):
    ids = await org_ids(api)
    program_id = await new_program(api, "reproductive_health_census")
    before = {
        r["org_id"]: r
        for r in (await api.get("street", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    }
    assert before[ids["community-a"]]["target_count"] == 150
    resident = await _resident(api, "community-a", 20, kinds=("reproductive_health_census",))
    for day in ("2019-04-01", "2019-09-01"):  # screened twice, counted once
        response = await api.post(
            "community-a",
            "/api/v1/screenings",
            {
                "program_id": program_id,
                "resident_id": resident["id"],
                "screened_on": day,
                "risk_level": "low",
            },
        )
        assert response.status_code == 201
    after = {
        r["org_id"]: r
        for r in (await api.get("street", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    }
    a = after[ids["community-a"]]
    assert a["screened"] == before[ids["community-a"]]["screened"] + 1
    assert a["coverage_rate"] == round(100 * a["screened"] / 150, 2)
    # a community sees its own row only
    own = (await api.get("community-b", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    assert [r["org_id"] for r in own] == [ids["community-b"]]


async def test_programs_and_targets_are_managed_by_the_street(api):
    ids = await org_ids(api)
    created = await api.post(
        "street",
        "/api/v1/screening-programs",
        {
            "year": 2020,
            "kind": "pre_pregnancy_check",
            "name": "2020年孕前优生检查",
            "targets": [{"org_id": ids["community-a"], "target_count": 70}],
        },
    )
    assert created.status_code == 201, created.text
    program_id = created.json()["id"]
    duplicate = await api.post(
        "street", "/api/v1/screening-programs", {"year": 2020, "kind": "pre_pregnancy_check", "name": "重复"}
    )
    assert duplicate.status_code == 409
    assert (
        await api.post(
            "community-a",
            "/api/v1/screening-programs",
            {"year": 2021, "kind": "pre_pregnancy_check", "name": "x"},
        )
    ).status_code == 403
    target = await api.client.put(
        f"/api/v1/screening-programs/{program_id}/targets/{ids['community-b']}",
        json={"target_count": 40},
        headers=await api.headers("street"),
    )
    assert target.status_code == 200 and target.json()["target_count"] == 40
    other_street = await api.client.put(
        f"/api/v1/screening-programs/{program_id}/targets/{ids['community-c']}",
        json={"target_count": 5},
        headers=await api.headers("street"),
    )
    assert other_street.status_code == 404
    coverage = (await api.get("street", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    assert {(r["org_id"], r["target_count"], r["screened"]) for r in coverage} == {
        (ids["community-a"], 70, 0),
        (ids["community-b"], 40, 0),
    }
    # community A sees the street's program
    assert (await api.get("community-a", f"/api/v1/screening-programs/{program_id}")).status_code == 200


async def test_a_screening_counts_toward_the_employer_units_target_when_it_has_one(api):
    ids = await org_ids(api)
    program_id = await new_program(api, "migrant_youth_health")
    worker = await _resident(api, "community-a", 0, kinds=("pre_pregnancy_check",), unit="unit")
    async with api.session() as session:  # make them a young migrant worker (the demo has few)
        row = await session.get(Resident, worker["id"])
        assert row is not None
        row.household_division_code, row.birth_date = "440524000000", date(1990, 5, 1)
        await session.commit()
    before = {
        r["org_id"]: r["screened"]
        for r in (await api.get("street", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    }
    created = await api.post(
        "community-a",
        "/api/v1/screenings",
        {
            "program_id": program_id,
            "resident_id": worker["id"],
            "screened_on": "2019-07-11",
            "risk_level": "low",
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["org_id"] == ids["community-a"]  # still community A's casework
    assert created.json()["counted_org_id"] == ids["unit"]
    after = {
        r["org_id"]: r["screened"]
        for r in (await api.get("street", f"/api/v1/screening-programs/{program_id}/coverage")).json()
    }
    assert after[ids["unit"]] == before[ids["unit"]] + 1
    assert after[ids["community-a"]] == before[ids["community-a"]]
    # in a program without a unit target the same person counts for the community
    census = await new_program(api, "pre_pregnancy_check")
    other = await api.post(
        "community-a",
        "/api/v1/screenings",
        {"program_id": census, "resident_id": worker["id"], "screened_on": "2019-07-11", "risk_level": "low"},
    )
    assert other.json()["counted_org_id"] == ids["community-a"]
