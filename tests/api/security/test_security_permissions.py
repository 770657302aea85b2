"""Who may do what, attacked over HTTP: a unit's reach over residents, peers managing peers,
and probing ID numbers across areas."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.resident import Resident
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


async def _an_employee(api) -> dict:
    employees = (await api.get("unit", "/api/v1/residents", params={"status": "active"})).json()["items"]
    assert employees, "the demo unit employs residents"
    return employees[0]


async def test_a_unit_cannot_record_life_events_of_its_employees(api):
    employee = await _an_employee(api)
    path = f"/api/v1/residents/{employee['id']}"
    for status in ("deceased", "moved_out"):
        refused = await api.post("unit", f"{path}/status", {"status": status, "effective_date": "2019-05-01"})
        assert refused.status_code == 403, refused.text
    async with api.session() as session:
        assert (await session.get(Resident, employee["id"])).status.value == "active"


async def test_a_unit_updates_only_employment_and_contact(api):
    employee = await _an_employee(api)
    path = f"/api/v1/residents/{employee['id']}"
    for field, value in (
        ("marital_status", "divorced"),
        ("name", "改名"),
        ("household_division_code", "500103001001"),
    ):
        refused = await api.patch("unit", path, {field: value})
        assert refused.status_code == 403, (field, refused.text)
    contact = await api.patch("unit", path, {"phone": "13912345678"})
    assert contact.status_code == 200, contact.text
    async with api.session() as session:
        row = await session.get(Resident, employee["id"])
        assert row.marital_status.value == employee["marital_status"] and row.name == employee["name"]


async def test_the_community_still_records_life_events(api):
    ids = await org_ids(api)
    created = (await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"]))).json()
    moved = await api.post(
        "community-a",
        f"/api/v1/residents/{created['id']}/status",
        {"status": "moved_out", "effective_date": "2019-05-01"},
    )
    assert moved.status_code == 200, moved.text


async def test_a_street_admin_cannot_manage_another_street_admin(api):
    ids = await org_ids(api)
    peer = await api.post(
        "district",
        "/api/v1/users",
        {
            "username": "street.admin.two",
            "full_name": "第二管理员",
            "role": "street_admin",
            "org_id": ids["street"],
            "password": "a-long-enough-password",
        },
    )
    assert peer.status_code == 201, peer.text
    path = f"/api/v1/users/{peer.json()['id']}"
    for change in ({"password": "taken-over-password"}, {"is_active": False}, {"full_name": "x"}):
        refused = await api.patch("street", path, change)
        assert refused.status_code == 403, (change, refused.text)
    login = await api.client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": "street.admin.two", "password": "a-long-enough-password"},
    )
    assert login.status_code == 200  # the password was not reset
    # nor may a street admin make a peer
    made = await api.post(
        "street",
        "/api/v1/users",
        {
            "username": "street.admin.three",
            "full_name": "x",
            "role": "street_admin",
            "org_id": ids["street"],
            "password": "a-long-enough-password",
        },
    )
    assert made.status_code == 403
    # the district, a rank above, manages street admins
    deactivated = await api.patch("district", path, {"is_active": False})
    assert deactivated.status_code == 200, deactivated.text


async def test_registering_a_known_id_number_elsewhere_is_409_without_detail_and_audited(api):
    ids = await org_ids(api)
    body = resident_body(ids["community-a"])
    assert (await api.post("community-a", "/api/v1/residents", body)).status_code == 201
    probe = await api.post("community-b", "/api/v1/residents", {**body, "community_id": ids["community-b"]})
    assert probe.status_code == 409
    problem = probe.json()
    assert problem["detail"] == "A resident with this ID number is already registered"
    assert set(problem) <= {"type", "title", "status", "detail", "instance", "request_id"}
    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(AuditEvent).where(AuditEvent.action == "resident.duplicate_id_number")
                )
            )
            .scalars()
            .all()
        )
    assert [(e.actor_username, e.detail["community_id"]) for e in events] == [
        ("community-b", ids["community-b"])
    ]
    assert body["id_number"] not in str(events[0].detail)
    # the street sees the attempt in its audit log
    log = await api.get("street", "/api/v1/audit-events", params={"action": "resident.duplicate_id_number"})
    assert log.status_code == 200, log.text
    assert [e["actor_username"] for e in log.json()["items"]] == ["community-b"]
