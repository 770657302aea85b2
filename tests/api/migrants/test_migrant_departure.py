"""A departed migrant is moved out: the resident's status, the active lists, benefits, audit.

Departure takes the path a move-out takes (residents' status change and its hooks), so the
resident and their benefit enrolment end up exactly as a move-out on the same day leaves them.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.benefits.enrolment import Enrolment
from app.models.core.audit import AuditEvent
from app.models.core.resident import Resident
from tests.api.benefits.benefit_helpers import new_family, seed_enrolments
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

TODAY = date(2026, 3, 10)
LEFT_ON = "2026-03-05"


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(TODAY)
    yield
    set_today(None)


async def _enrolled_wife(api) -> tuple[int, int]:
    """A family from outside the district (household 440524) in community A, the wife enrolled."""
    family = await new_family(
        api,
        mother_birth=date(1970, 6, 1),
        children=[{"name": "独生女", "sex": "female", "birth_date": "1996-09-01"}],
        local=False,
    )
    async with api.session() as session:
        (enrolment_id,) = await seed_enrolments(
            session, "street_special_assistance", await org_ids(api), {"community-a": 1}
        )
        enrolment = await session.get(Enrolment, enrolment_id)
        assert enrolment.family_id == family
        return enrolment.beneficiary_id, enrolment_id


async def _active_in_community_a(api) -> set[int]:
    ids = await org_ids(api)
    seen: set[int] = set()
    params: dict[str, object] = {
        "community_id": ids["community-a"],
        "status": "active",
        "migrant": True,
        "limit": 100,
    }
    while True:
        page = await api.get("community-a", "/api/v1/residents", params=params)
        assert page.status_code == 200, page.text
        seen |= {r["id"] for r in page.json()["items"]}
        if not page.json().get("next_cursor"):
            return seen
        params["cursor"] = page.json()["next_cursor"]


async def _audit(api, object_type: str, object_id: int) -> list[tuple[str, dict]]:
    async with api.session() as session:
        rows = await session.execute(
            select(AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.object_type == object_type, AuditEvent.object_id == str(object_id))
            .order_by(AuditEvent.id)
        )
        return [(action, detail) for action, detail in rows.all()]


async def test_departure_moves_the_resident_out_as_a_move_out_does(api):
    departing, departing_enrolment = await _enrolled_wife(api)
    moving, moving_enrolment = await _enrolled_wife(api)
    arrived = await api.post(
        "community-a",
        "/api/v1/migrants",
        {"resident_id": departing, "arrival_date": "2025-06-01", "address": "幸福路12号"},
    )
    assert arrived.status_code == 201, arrived.text
    migrant = arrived.json()
    assert {departing, moving} <= await _active_in_community_a(api)

    # an employer's unit records no life event: refused, nothing written
    unit = await api.post(
        "unit", f"/api/v1/migrants/{migrant['id']}/depart", {"departed_on": LEFT_ON, "destination": "广州"}
    )
    assert unit.status_code == 403, unit.text

    left = await api.post(
        "community-a",
        f"/api/v1/migrants/{migrant['id']}/depart",
        {"departed_on": LEFT_ON, "destination": "广东省广州市"},
        headers={"If-Match": f'"{migrant["version"]}"'},
    )
    assert left.status_code == 200, left.text
    assert left.json()["status"] == "departed" and left.json()["departed_on"] == LEFT_ON
    # the control: the other wife moves out the ordinary way on the same day
    moved = await api.post(
        "community-a",
        f"/api/v1/residents/{moving}/status",
        {"status": "moved_out", "effective_date": LEFT_ON},
    )
    assert moved.status_code == 200, moved.text

    resident = (await api.get("community-a", f"/api/v1/residents/{departing}")).json()
    assert resident["status"] == "moved_out" and resident["status_date"] == LEFT_ON
    active = await _active_in_community_a(api)
    assert departing not in active and moving not in active

    async with api.session() as session:
        after = await session.get(Enrolment, departing_enrolment)
        control = await session.get(Enrolment, moving_enrolment)
    assert after.status.value == "suspended" and after.stopped_on == date(2026, 3, 5)
    assert after.needs_review is True and "moved out on 2026-03-05" in after.status_reason
    assert (after.status, after.stopped_on, after.needs_review, after.status_reason) == (
        control.status,
        control.stopped_on,
        control.needs_review,
        control.status_reason,
    )

    assert [a for a, _ in await _audit(api, "migrant", migrant["id"])] == [
        "migrant.arrived",
        "migrant.departed",
    ]
    moved_out = [d for a, d in await _audit(api, "resident", departing) if a == "resident.moved_out"]
    assert moved_out == [
        {
            "effective_date": LEFT_ON,
            "cause": "migrant.departed",
            "migrant_id": migrant["id"],
            "destination": "广东省广州市",
        }
    ]
    stopped = await _audit(api, "benefit_enrolment", departing_enrolment)
    assert [a for a, _ in stopped] == ["benefit_enrolment.stopped_by_event"]

    # departing twice is a conflict and changes nothing
    resident_audit = await _audit(api, "resident", departing)
    twice = await api.post(
        "community-a",
        f"/api/v1/migrants/{migrant['id']}/depart",
        {"departed_on": LEFT_ON, "destination": "x"},
    )
    assert twice.status_code == 409, twice.text
    assert await _audit(api, "resident", departing) == resident_audit
    assert [a for a, _ in await _audit(api, "migrant", migrant["id"])] == [
        "migrant.arrived",
        "migrant.departed",
    ]


async def test_a_refused_departure_leaves_the_resident_as_it_was(api):
    departing, enrolment_id = await _enrolled_wife(api)
    arrived = await api.post(
        "community-a",
        "/api/v1/migrants",
        {"resident_id": departing, "arrival_date": "2026-01-20", "address": "x"},
    )
    migrant = arrived.json()
    before_arrival = await api.post(
        "community-a",
        f"/api/v1/migrants/{migrant['id']}/depart",
        {"departed_on": "2026-01-19", "destination": "x"},
    )
    assert before_arrival.status_code == 422
    assert before_arrival.json()["errors"][0]["loc"] == ["body", "departed_on"]
    async with api.session() as session:
        resident = await session.get(Resident, departing)
        enrolment = await session.get(Enrolment, enrolment_id)
    assert resident.status.value == "active" and enrolment.status.value == "active"
    assert (await api.get("community-a", f"/api/v1/migrants/{migrant['id']}")).json()["status"] == "present"


async def test_a_resident_already_moved_out_still_departs_as_a_migrant(api):
    departing, _ = await _enrolled_wife(api)
    arrived = await api.post(
        "community-a",
        "/api/v1/migrants",
        {"resident_id": departing, "arrival_date": "2025-06-01", "address": "x"},
    )
    moved = await api.post(
        "community-a",
        f"/api/v1/residents/{departing}/status",
        {"status": "moved_out", "effective_date": "2026-02-01"},
    )
    assert moved.status_code == 200
    left = await api.post(
        "community-a",
        f"/api/v1/migrants/{arrived.json()['id']}/depart",
        {"departed_on": LEFT_ON, "destination": "广州"},
    )
    assert left.status_code == 200, left.text
    resident = (await api.get("community-a", f"/api/v1/residents/{departing}")).json()
    assert resident["status"] == "moved_out" and resident["status_date"] == "2026-02-01"
    assert [a for a, _ in await _audit(api, "resident", departing) if a == "resident.moved_out"] == [
        "resident.moved_out"
    ]


async def test_a_departed_migrant_who_comes_back_is_moved_back_in(api):
    returning, enrolment_id = await _enrolled_wife(api)
    body = {"resident_id": returning, "arrival_date": "2025-06-01", "address": "x"}
    migrant = (await api.post("community-a", "/api/v1/migrants", body)).json()
    left = await api.post(
        "community-a",
        f"/api/v1/migrants/{migrant['id']}/depart",
        {"departed_on": "2026-01-10", "destination": "x"},
    )
    assert left.status_code == 200
    too_early = await api.post("community-a", "/api/v1/migrants", {**body, "arrival_date": "2026-01-09"})
    assert too_early.status_code == 422 and too_early.json()["errors"][0]["loc"] == ["body", "arrival_date"]
    back = await api.post("community-a", "/api/v1/migrants", {**body, "arrival_date": LEFT_ON})
    assert back.status_code == 201, back.text
    assert back.json()["id"] == migrant["id"] and back.json()["status"] == "present"
    resident = (await api.get("community-a", f"/api/v1/residents/{returning}")).json()
    assert resident["status"] == "active" and resident["status_date"] is None
    assert returning in await _active_in_community_a(api)
    actions = [(a, d.get("cause")) for a, d in await _audit(api, "resident", returning)]
    assert actions[-2:] == [
        ("resident.moved_out", "migrant.departed"),
        ("resident.moved_in", "migrant.arrived"),
    ]
    # what the move-out stopped stays stopped: the benefit is applied for again
    async with api.session() as session:
        assert (await session.get(Enrolment, enrolment_id)).status.value == "suspended"
