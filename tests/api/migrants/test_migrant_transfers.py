"""Hand-over inside the district: the sender keeps the record until the receiver accepts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.core.outbox import OutboxEvent
from app.models.core.resident import Resident
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(date(2026, 3, 10))
    yield
    set_today(None)


async def _migrant(api) -> dict:
    ids = await org_ids(api)
    resident = await api.post(
        "community-a",
        "/api/v1/residents",
        resident_body(ids["community-a"], household_division_code="500101001001"),
    )
    body = {"resident_id": resident.json()["id"], "arrival_date": "2026-01-05", "address": "幸福路1号"}
    response = await api.post("community-a", "/api/v1/migrants", body)
    assert response.status_code == 201, response.text
    return response.json()


async def test_accepted_hand_over_moves_the_record_and_its_duties(api):
    ids = await org_ids(api)
    migrant = await _migrant(api)
    body = {"migrant_id": migrant["id"], "to_community_id": ids["community-b"], "new_address": "和平路8号"}
    created = await api.post("community-a", "/api/v1/migrant-transfers", body)
    assert created.status_code == 201, created.text
    transfer = created.json()
    assert transfer["status"] == "pending"
    assert (await api.post("community-a", "/api/v1/migrant-transfers", body)).status_code == 409

    # pending: the sender still holds the record and its overdue certificate duty
    overdue_a = await api.get(
        "community-a", "/api/v1/migrants", params={"certificate_overdue": True, "limit": 100}
    )
    assert migrant["id"] in [m["id"] for m in overdue_a.json()["items"]]
    assert (await api.get("community-b", f"/api/v1/migrants/{migrant['id']}")).status_code == 404
    incoming = await api.get("community-b", "/api/v1/migrant-transfers", params={"incoming": True})
    assert [t["id"] for t in incoming.json()["items"]] == [transfer["id"]]

    # the sender cannot accept for the receiver
    path = f"/api/v1/migrant-transfers/{transfer['id']}"
    wrong = await api.post("community-a", f"{path}/accept")
    assert wrong.status_code == 409
    accepted = await api.post("community-b", f"{path}/accept", headers={"If-Match": '"1"'})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "accepted"

    moved = await api.get("community-b", f"/api/v1/migrants/{migrant['id']}")
    assert moved.status_code == 200
    assert moved.json()["community_id"] == ids["community-b"] and moved.json()["address"] == "和平路8号"
    assert (await api.get("community-a", f"/api/v1/migrants/{migrant['id']}")).status_code == 404
    async with api.session() as session:
        resident = await session.get(Resident, migrant["resident_id"])
        assert resident.community_id == ids["community-b"]
        topics = (
            (await session.execute(select(OutboxEvent.topic).order_by(OutboxEvent.id.desc())))
            .scalars()
            .first()
        )
    assert topics == "migrant.transferred"

    again = await api.post("community-b", f"{path}/decline", {"reason": "x"})
    assert again.status_code == 409 and again.json()["current_state"] == "accepted"


async def test_declined_and_cancelled_hand_overs_leave_the_record(api):
    ids = await org_ids(api)
    migrant = await _migrant(api)
    body = {"migrant_id": migrant["id"], "to_community_id": ids["community-b"], "new_address": "和平路8号"}
    first = (await api.post("community-a", "/api/v1/migrant-transfers", body)).json()
    no_reason = await api.post("community-b", f"/api/v1/migrant-transfers/{first['id']}/decline", {})
    assert no_reason.status_code == 422
    declined = await api.post(
        "community-b", f"/api/v1/migrant-transfers/{first['id']}/decline", {"reason": "查无此人"}
    )
    assert declined.json()["status"] == "declined"
    second = (await api.post("community-a", "/api/v1/migrant-transfers", body)).json()
    assert (
        await api.post("community-b", f"/api/v1/migrant-transfers/{second['id']}/cancel")
    ).status_code == 409
    cancelled = await api.post("community-a", f"/api/v1/migrant-transfers/{second['id']}/cancel")
    assert cancelled.json()["status"] == "cancelled"
    still = await api.get("community-a", f"/api/v1/migrants/{migrant['id']}")
    assert still.json()["community_id"] == ids["community-a"]

    same = await api.post(
        "community-a", "/api/v1/migrant-transfers", {**body, "to_community_id": ids["community-a"]}
    )
    assert same.status_code == 422
    unit_target = await api.post(
        "community-a", "/api/v1/migrant-transfers", {**body, "to_community_id": ids["unit"]}
    )
    assert unit_target.status_code == 422
    outsider = await api.post("community-b", "/api/v1/migrant-transfers", body)
    assert outsider.status_code == 404
    assert (await api.get("unit", "/api/v1/migrant-transfers")).json()["items"] == []
    assert (await api.get("community-b", f"/api/v1/migrant-transfers/{first['id']}")).status_code == 200
    workflows = (await api.get("community-a", "/api/v1/meta/workflows")).json()
    assert "migrant_transfer" in workflows and "residence_permit" in workflows
