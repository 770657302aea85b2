"""Pregnancy follow-ups (孕情随访): registered for a woman of the area, visited on schedule, closed by
the birth, which adds the child and starts the birth registration."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from app.models.core.resident import Resident
from tests.api.benefits.benefit_helpers import set_today
from tests.demo_ids import org_ids

PATH = "/api/v1/pregnancies"


async def _wife(api, community: str = "community-a", skip: int = 0) -> tuple[int, int]:
    ids = await org_ids(api)
    async with api.session() as session:
        rows = (
            await session.execute(
                select(Family.wife_id, Family.id)
                .where(Family.community_id == ids[community], Family.wife_id.is_not(None))
                .order_by(Family.id.desc())
            )
        ).all()
    wife, family = rows[skip]
    return wife, family


async def test_register_visit_and_birth_start_the_birth_registration(api):
    wife, family_id = await _wife(api)
    set_today(api, date(2019, 5, 10))
    try:
        registered = await api.post(
            "community-a",
            PATH,
            {"resident_id": wife, "registered_on": "2019-05-06", "expected_on": "2019-11-20"},
        )
        assert registered.status_code == 201, registered.text
        p = registered.json()
        assert p["state"] == "following" and p["family_id"] == family_id
        assert p["next_visit_due_on"] == "2019-06-05" and p["next_steps"] == [
            "visit",
            "birth",
            "end",
            "cancel",
        ]
        twice = await api.post(
            "community-a",
            PATH,
            {"resident_id": wife, "registered_on": "2019-05-06", "expected_on": "2019-11-20"},
        )
        assert twice.status_code == 409

        set_today(api, date(2019, 6, 20))
        late = await api.get("community-a", PATH, params={"overdue": "true", "limit": 100})
        assert p["id"] in [r["id"] for r in late.json()["items"]]
        visited = await api.post("community-a", f"{PATH}/{p['id']}/visits", {"visited_on": "2019-06-19"})
        assert visited.status_code == 200, visited.text
        assert visited.json()["next_visit_due_on"] == "2019-07-19" and visited.json()["overdue"] is False
        future = await api.post("community-a", f"{PATH}/{p['id']}/visits", {"visited_on": "2019-06-21"})
        assert future.status_code == 422

        set_today(api, date(2019, 11, 25))
        born = await api.post(
            "community-a",
            f"{PATH}/{p['id']}/birth",
            {"born_on": "2019-11-22", "child_name": "新生儿", "child_sex": "female"},
        )
        assert born.status_code == 200, born.text
        body = born.json()
        assert body["state"] == "delivered" and body["outcome"] == "live_birth" and body["child_id"]
        assert body["next_steps"] == []
        again = await api.post("community-a", f"{PATH}/{p['id']}/visits", {"visited_on": "2019-11-24"})
        assert again.status_code == 409 and again.json()["current_state"] == "delivered"
    finally:
        api.app.dependency_overrides.clear()
    family = (await api.get("community-a", f"/api/v1/families/{family_id}")).json()
    assert body["child_id"] in [c["id"] for c in family["children"]]
    requests = (
        await api.get(
            "community-a", "/api/v1/service-requests", params={"family_id": family_id, "limit": 100}
        )
    ).json()["items"]
    [started] = [r for r in requests if r["child_id"] == body["child_id"]]
    assert started["service_type"] == "birth_registration" and started["clock_started_on"] == "2019-11-25"
    async with api.session() as session:
        actions = list(
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type == "pregnancy", AuditEvent.object_id == str(p["id"]))
                    .order_by(AuditEvent.id)
                )
            ).scalars()
        )
    assert actions == ["pregnancy.registered", "pregnancy.visited", "pregnancy.delivered"]


async def test_rules_scope_and_other_outcomes(api):
    wife, _ = await _wife(api, skip=1)
    ids = await org_ids(api)
    async with api.session() as session:
        man = (
            (
                await session.execute(
                    select(Resident.id).where(
                        Resident.community_id == ids["community-a"], Resident.sex == "male"
                    )
                )
            )
            .scalars()
            .first()
        )
    body = {"resident_id": wife, "registered_on": "2019-05-06", "expected_on": "2019-11-20"}
    assert (await api.post("community-a", PATH, {**body, "resident_id": man})).status_code == 422
    assert (await api.post("community-b", PATH, body)).status_code == 404
    assert (await api.post("community-a", PATH, {**body, "expected_on": "2021-01-01"})).status_code == 422
    p = (await api.post("community-a", PATH, body)).json()
    assert (await api.get("community-b", f"{PATH}/{p['id']}")).status_code == 404
    assert (await api.get("district", f"{PATH}/{p['id']}")).status_code == 403  # health data
    live = await api.post(
        "community-a", f"{PATH}/{p['id']}/end", {"ended_on": "2019-07-01", "outcome": "live_birth"}
    )
    assert live.status_code == 422
    ended = await api.post(
        "community-a", f"{PATH}/{p['id']}/end", {"ended_on": "2019-07-01", "outcome": "miscarriage"}
    )
    assert ended.status_code == 200 and ended.json()["state"] == "ended"
    workflows = (await api.get("community-a", "/api/v1/meta/workflows")).json()
    assert {s["step"] for s in workflows["pregnancy"]["steps"]} == {"visit", "birth", "end", "cancel"}
