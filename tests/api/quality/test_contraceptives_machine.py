"""Self-service machines (自助发放机): device sign-in, own point only, ages 18–60, one per 22 days."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from app.clock import local_today
from app.models.core.audit import AuditEvent
from app.models.quality.stock import Dispensation, MachineDispenseClaim
from tests.api.quality.contraceptive_setup import (
    device_headers,
    new_product,
    person_id_number,
    point_ids,
    receive,
    years_ago,
)

pytestmark = pytest.mark.asyncio


async def age_claims(api, *, days: int) -> None:
    """Move every machine claim back in time, as if the days had passed."""
    async with api.session() as session:
        for claim in (await session.execute(select(MachineDispenseClaim))).scalars().all():
            claim.last_dispensed_at -= timedelta(days=days)
        await session.commit()


async def machine_post(api, body):
    return await api.client.post("/api/v1/dispensations", json=body, headers=await device_headers(api))


@pytest.fixture(scope="module")
async def machine_product(api):
    points = await point_ids(api)
    product = await new_product(api)
    response = await receive(api, "community-a", points["machine-a"], product, 30)
    assert response.status_code == 201, response.text
    return product


async def test_machine_dispenses_once_per_interval_and_says_why_it_refuses(api, machine_product):
    points = await point_ids(api)
    person = person_id_number(years_ago(30), male=False)
    first = await machine_post(api, {"product_id": machine_product, "id_number": person})
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["channel"] == "machine" and body["point_id"] == points["machine-a"]
    assert body["resident_id"] is None and body["anonymous"] is False

    again = await machine_post(api, {"product_id": machine_product, "id_number": person})
    assert again.status_code == 409
    problem = again.json()
    assert again.headers["content-type"] == "application/problem+json"
    assert problem["reason"] == "interval_not_elapsed"
    assert problem["interval_days"] == 22
    assert problem["next_allowed_on"] == (local_today() + timedelta(days=22)).isoformat()

    # the interval is per product category: another condom product does not get round it ...
    same_kind = await new_product(api, "condom")
    await receive(api, "community-a", points["machine-a"], same_kind, 3)
    blocked = await machine_post(api, {"product_id": same_kind, "id_number": person})
    assert blocked.status_code == 409 and blocked.json()["category"] == "condom"
    # ... but an emergency pill is another category, and condoms do not block it
    other = await new_product(api, "oral_emergency")
    await receive(api, "community-a", points["machine-a"], other, 3)
    assert (await machine_post(api, {"product_id": other, "id_number": person})).status_code == 201

    async with api.session() as session:
        refusals = (
            (
                await session.execute(
                    select(AuditEvent).where(
                        AuditEvent.action == "dispensation.refused",
                        AuditEvent.actor_username == "dispenser-a",
                    )
                )
            )
            .scalars()
            .all()
        )
        assert any(e.detail["reason"] == "interval_not_elapsed" for e in refusals)
    await age_claims(api, days=23)  # 23 days later the person may have another box
    later = await machine_post(api, {"product_id": machine_product, "id_number": person})
    assert later.status_code == 201, later.text


async def test_the_interval_is_the_machines_configuration(api, machine_product):
    points = await point_ids(api)
    path = f"/api/v1/distribution-points/{points['machine-a']}"
    current = await api.get("street", path)
    patched = await api.patch(
        "street",
        path,
        {"rules": {"min_age": 18, "max_age": 60, "interval_days": 30, "max_units_per_dispense": 1}},
        headers={"If-Match": current.headers["etag"]},
    )
    assert patched.status_code == 200, patched.text
    person = person_id_number(years_ago(25), male=True)
    assert (await machine_post(api, {"product_id": machine_product, "id_number": person})).status_code == 201
    await age_claims(api, days=23)
    refused = await machine_post(api, {"product_id": machine_product, "id_number": person})
    assert refused.status_code == 409 and refused.json()["interval_days"] == 30
    restored = await api.patch(
        "street", path, {"rules": {"interval_days": 22}}, headers={"If-Match": patched.headers["etag"]}
    )
    assert restored.status_code == 200 and restored.json()["interval_days"] == 22


# The birth dates are worked out when the test runs, not when it is collected: a run that crosses
# midnight in Beijing would otherwise compare yesterday's "18 tomorrow" with today's rule.
@pytest.mark.parametrize(
    ("years", "days", "ok"),
    [
        (18, 0, True),  # 18th birthday today
        (18, -1, False),  # 18 tomorrow
        (60, 0, True),
        (61, 0, False),
    ],
)
async def test_age_rule(api, machine_product, years, days, ok):
    birth = years_ago(years, days=days)
    response = await machine_post(api, {"product_id": machine_product, "id_number": person_id_number(birth)})
    if ok:
        assert response.status_code == 201, response.text
    else:
        assert response.status_code == 409
        assert response.json()["reason"] == "age_out_of_range"
        assert (response.json()["min_age"], response.json()["max_age"]) == (18, 60)


async def test_device_dispenses_only_at_its_own_point(api, machine_product):
    points = await point_ids(api)
    await receive(api, "community-a", points["station-a"], machine_product, 5)
    person = person_id_number(years_ago(33))
    response = await machine_post(
        api, {"product_id": machine_product, "id_number": person, "point_id": points["station-a"]}
    )
    assert response.status_code == 403
    assert response.json()["reason"] == "not_this_devices_point"
    # the device holds no other permission: it cannot read or move stock
    headers = await device_headers(api)
    assert (await api.client.get("/api/v1/stock", headers=headers)).status_code == 403
    assert (
        await api.client.post(
            "/api/v1/stock-movements",
            headers=headers,
            json={
                "kind": "receipt",
                "point_id": points["machine-a"],
                "product_id": machine_product,
                "batch_no": "Z",
                "expires_on": "2099-01-01",
                "quantity": 1,
            },
        )
    ).status_code == 403


async def test_one_box_per_dispense_and_bad_id_numbers(api, machine_product):
    two = await machine_post(
        api, {"product_id": machine_product, "quantity": 2, "id_number": person_id_number(years_ago(40))}
    )
    assert two.status_code == 409 and two.json()["reason"] == "quantity_over_limit"
    bad = await machine_post(api, {"product_id": machine_product, "id_number": "110105194912310021"})
    assert bad.status_code == 422
    missing = await machine_post(api, {"product_id": machine_product})
    assert missing.status_code == 422


async def test_staff_cannot_use_the_machine_path_and_machine_cannot_name_residents(api, machine_product):
    points = await point_ids(api)
    staff = await api.post(
        "community-a",
        "/api/v1/dispensations",
        {
            "point_id": points["machine-a"],
            "product_id": machine_product,
            "id_number": person_id_number(years_ago(30)),
        },
    )
    assert staff.status_code == 422
    device = await machine_post(
        api, {"product_id": machine_product, "resident_id": 1, "id_number": person_id_number(years_ago(30))}
    )
    assert device.status_code == 422


async def test_the_database_keeps_only_the_keyed_hash_of_the_id_number(api, machine_product):
    person = person_id_number(years_ago(28), male=False)
    created = await machine_post(api, {"product_id": machine_product, "id_number": person})
    assert created.status_code == 201
    async with api.session() as session:
        row = (
            await session.execute(select(Dispensation).where(Dispensation.id == created.json()["id"]))
        ).scalar_one()
        assert row.person_hash is not None and len(row.person_hash) == 64
        rows = []
        for table in ("dispensations", "machine_dispense_claims"):
            rows += (await session.execute(text(f"SELECT * FROM {table}"))).all()
        dump = " ".join(str(r) for r in rows)
        audit = " ".join(str(e.detail) for e in (await session.execute(select(AuditEvent))).scalars().all())
    assert person not in dump and person[:14] not in dump
    assert person not in audit


async def test_a_machine_retry_with_the_same_idempotency_key_dispenses_once(api, machine_product):
    headers = {**await device_headers(api), "Idempotency-Key": str(uuid.uuid4())}
    body = {"product_id": machine_product, "id_number": person_id_number(years_ago(35))}
    first = await api.client.post("/api/v1/dispensations", json=body, headers=headers)
    retry = await api.client.post("/api/v1/dispensations", json=body, headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json()["id"] == first.json()["id"]
    async with api.session() as session:
        count = (
            await session.execute(
                select(func.count()).select_from(Dispensation).where(Dispensation.id >= first.json()["id"])
            )
        ).scalar_one()
    assert count == 1
