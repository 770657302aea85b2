"""Migrants: arrival, the 婚育证明 clock and reminder, permit, departure, duty lists, scope, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.core.audit import AuditEvent
from app.models.core.outbox import OutboxEvent
from app.services.migrants.migrants import remind_overdue_certificates
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio

TODAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(TODAY)
    yield
    set_today(None)


async def _resident(api, community="community-a", household="500101001001", **extra) -> dict:
    ids = await org_ids(api)
    body = resident_body(ids[community], household_division_code=household, **extra)
    response = await api.post(community, "/api/v1/residents", body)
    assert response.status_code == 201, response.text
    return response.json()


async def _arrive(api, community="community-a", arrival="2026-01-20", **extra) -> dict:
    resident = await _resident(api, community, **extra)
    body = {"resident_id": resident["id"], "arrival_date": arrival, "address": "幸福路12号"}
    response = await api.post(community, "/api/v1/migrants", body)
    assert response.status_code == 201, response.text
    return response.json()


async def test_arrival_reminder_certificate_and_departure(api):
    migrant = await _arrive(api, arrival="2026-01-20")
    assert migrant["certificate_due_on"] == "2026-02-19"
    assert migrant["certificate_overdue"] is True and migrant["household_province"] == "50"
    overdue = await api.get(
        "community-a", "/api/v1/migrants", params={"certificate_overdue": True, "limit": 100}
    )
    assert migrant["id"] in [m["id"] for m in overdue.json()["items"]]

    # the worker's reminder job: once per migrant, as an outbox event
    async with api.session() as session:
        reminded = await remind_overdue_certificates(session, TODAY)
        again = await remind_overdue_certificates(session, TODAY)
        await session.commit()
    assert reminded >= 1 and again == 0
    path = f"/api/v1/migrants/{migrant['id']}"
    read = (await api.get("community-a", path)).json()
    assert read["certificate_reminded_on"] == TODAY.isoformat()
    async with api.session() as session:
        topics = (
            await session.execute(select(OutboxEvent.topic, OutboxEvent.payload).order_by(OutboxEvent.id))
        ).all()
    mine = [t for t, p in topics if p.get("migrant_id") == migrant["id"]]
    assert mine == ["migrant.arrived", "migrant.certificate_reminder"]

    submitted = await api.post(
        "community-a",
        f"{path}/certificate",
        {"number": "渝婚育2026-0012", "issuer": "重庆市渝中区解放碑街道", "issued_on": "2026-03-01"},
        headers={"If-Match": f'"{read["version"]}"'},
    )
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["certificate_status"] == "submitted"
    assert submitted.json()["certificate_overdue"] is False
    verified = await api.post("community-a", f"{path}/certificate/verify")
    assert verified.json()["certificate_status"] == "verified"
    overdue = await api.get(
        "community-a", "/api/v1/migrants", params={"certificate_overdue": True, "limit": 100}
    )
    assert migrant["id"] not in [m["id"] for m in overdue.json()["items"]]

    future = await api.post(
        "community-a", f"{path}/depart", {"departed_on": "2026-04-01", "destination": "成都"}
    )
    assert future.status_code == 422
    left = await api.post(
        "community-a", f"{path}/depart", {"departed_on": "2026-03-05", "destination": "四川省成都市"}
    )
    assert left.status_code == 200 and left.json()["status"] == "departed"
    march = await api.get("community-a", "/api/v1/migrants", params={"departed_in": "2026-03", "limit": 100})
    assert [m["id"] for m in march.json()["items"]] == [migrant["id"]]
    assert (await api.post("community-a", f"{path}/certificate/verify")).status_code == 409

    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type == "migrant", AuditEvent.object_id == str(migrant["id"]))
                    .order_by(AuditEvent.id)
                )
            )
            .scalars()
            .all()
        )
    assert actions == [
        "migrant.arrived",
        "migrant.certificate_submitted",
        "migrant.certificate_verified",
        "migrant.departed",
    ]


async def test_permit_apply_issue_endorse_and_endorsement_due(api):
    migrant = await _arrive(api, arrival="2025-06-01")
    path = f"/api/v1/migrants/{migrant['id']}/permit"
    early = await api.post("community-a", f"{path}/endorse", {"on": "2026-03-01"})
    assert early.status_code == 409 and early.json()["current_state"] == "none"
    assert (await api.post("community-a", f"{path}/apply", {"on": "2025-12-01"})).status_code == 200
    no_expiry = await api.post("community-a", f"{path}/issue", {"on": "2025-12-10"})
    assert no_expiry.status_code == 422
    issued = await api.post("community-a", f"{path}/issue", {"on": "2025-12-10", "expires_on": "2026-03-31"})
    assert issued.json()["permit_status"] == "issued"
    due = await api.get(
        "community-a", "/api/v1/migrants", params={"permit_endorsement_due": True, "limit": 100}
    )
    assert migrant["id"] in [m["id"] for m in due.json()["items"]]
    endorsed = await api.post("community-a", f"{path}/endorse", {"on": "2026-03-09"})
    assert endorsed.json()["permit_expires_on"] == "2027-03-31"
    due = await api.get(
        "community-a", "/api/v1/migrants", params={"permit_endorsement_due": True, "limit": 100}
    )
    assert migrant["id"] not in [m["id"] for m in due.json()["items"]]


async def test_bad_arrivals_are_refused(api):
    local = await _resident(api, household="500103003001")
    body = {"resident_id": local["id"], "arrival_date": "2026-03-01", "address": "x"}
    refused = await api.post("community-a", "/api/v1/migrants", body)
    assert refused.status_code == 422 and "inside the district" in refused.json()["detail"]
    migrant = await _arrive(api)
    twice = await api.post(
        "community-a",
        "/api/v1/migrants",
        {"resident_id": migrant["resident_id"], "arrival_date": "2026-03-01", "address": "x"},
    )
    assert twice.status_code == 409
    other = await _resident(api)
    future = await api.post(
        "community-a",
        "/api/v1/migrants",
        {"resident_id": other["id"], "arrival_date": "2026-03-11", "address": "x"},
    )
    assert future.status_code == 422
    bad_month = await api.get("community-a", "/api/v1/migrants", params={"arrived_in": "2026-13"})
    assert bad_month.status_code == 422


async def test_scope_and_filters(api):
    ids = await org_ids(api)
    a = await _arrive(api, arrival="2026-03-02", household="510104001001")
    b = await _arrive(api, "community-b", arrival="2026-03-03", household="520102001001")
    assert (await api.get("community-b", f"/api/v1/migrants/{a['id']}")).status_code == 404
    seen_b = [
        m["id"]
        for m in (await api.get("community-b", "/api/v1/migrants", params={"limit": 100})).json()["items"]
    ]
    assert b["id"] in seen_b and a["id"] not in seen_b
    assert (
        await api.post(
            "community-b",
            f"/api/v1/migrants/{a['id']}/depart",
            {"departed_on": "2026-03-05", "destination": "x"},
        )
    ).status_code == 404
    street = await api.get(
        "street",
        "/api/v1/migrants",
        params={"arrived_in": "2026-03", "household_province": "51", "limit": 100},
    )
    assert [m["id"] for m in street.json()["items"]] == [a["id"]]
    by_community = await api.get(
        "street",
        "/api/v1/migrants",
        params={"community_id": ids["community-b"], "arrived_in": "2026-03", "limit": 100},
    )
    assert [m["id"] for m in by_community.json()["items"]] == [b["id"]]
    unit = await api.get("unit", "/api/v1/migrants", params={"limit": 100})
    assert unit.status_code == 200 and all(m["employer_unit_id"] == ids["unit"] for m in unit.json()["items"])
    assert (
        await api.post(
            "district",
            "/api/v1/migrants",
            {"resident_id": a["resident_id"], "arrival_date": "2026-03-01", "address": "x"},
        )
    ).status_code == 403
