"""Org scope: nobody sees or touches records outside their area, by any path."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.core.family import Family
from app.models.core.resident import Resident
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


async def _all_ids(api, username: str, path: str, **params) -> list[dict]:
    items, cursor = [], None
    while True:
        query = {"limit": 100, **params}
        if cursor:
            query["cursor"] = cursor
        response = await api.get(username, path, params=query)
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


async def _community_b_family(api) -> tuple[int, int, int]:
    ids = await org_ids(api)
    async with api.session() as session:
        family = (
            await session.execute(
                select(Family).where(Family.community_id == ids["community-b"]).order_by(Family.id).limit(1)
            )
        ).scalar_one()
        resident_id = family.wife_id or family.husband_id
        from app.models.core.family import Child

        child_id = (
            await session.execute(select(Child.id).where(Child.family_id == family.id).limit(1))
        ).scalar_one()
    return family.id, resident_id, child_id


async def test_community_a_lists_only_its_residents(api):
    ids = await org_ids(api)
    items = await _all_ids(api, "community-a", "/api/v1/residents")
    assert items and {r["community_id"] for r in items} == {ids["community-a"]}
    async with api.session() as session:
        expected = (
            (await session.execute(select(Resident.id).where(Resident.community_id == ids["community-a"])))
            .scalars()
            .all()
        )
    assert sorted(r["id"] for r in items) == sorted(expected)
    # filtering by the other community does not widen the scope
    assert (await _all_ids(api, "community-a", "/api/v1/residents", community_id=ids["community-b"])) == []


async def test_community_a_gets_404_for_everything_of_community_b(api):
    family_id, resident_id, child_id = await _community_b_family(api)
    granted = await api.post(
        "community-b",
        f"/api/v1/residents/{resident_id}/consents",
        {"granted_on": "2019-01-01", "source": "paper_form"},
    )
    assert granted.status_code == 201, granted.text
    consent_id = granted.json()["id"]
    checks = [
        await api.get("community-a", f"/api/v1/residents/{resident_id}"),
        await api.get("community-a", f"/api/v1/residents/{resident_id}", params={"reveal": "true"}),
        await api.patch("community-a", f"/api/v1/residents/{resident_id}", {"name": "x"}),
        await api.post(
            "community-a",
            f"/api/v1/residents/{resident_id}/status",
            {"status": "moved_out", "effective_date": "2019-01-01"},
        ),
        await api.get("community-a", f"/api/v1/families/{family_id}"),
        await api.patch("community-a", f"/api/v1/families/{family_id}", {"marriage_date": "2000-01-01"}),
        await api.get("community-a", f"/api/v1/families/{family_id}/children"),
        await api.post(
            "community-a",
            f"/api/v1/families/{family_id}/children",
            {"name": "新生儿", "sex": "female", "birth_date": "2019-03-01"},
        ),
        await api.patch(
            "community-a",
            f"/api/v1/families/{family_id}/children/{child_id}",
            {"status": "deceased", "deceased_on": "2019-01-01"},
        ),
        # text messages: the resident's consents and messages are the resident's scope
        await api.get("community-a", f"/api/v1/residents/{resident_id}/consents"),
        await api.get("community-a", f"/api/v1/residents/{resident_id}/messages"),
        await api.post(
            "community-a",
            f"/api/v1/residents/{resident_id}/consents",
            {"granted_on": "2019-01-01", "source": "paper_form"},
        ),
        await api.post(
            "community-a",
            f"/api/v1/residents/{resident_id}/consents/{consent_id}/revoke",
            {"revoked_on": "2019-01-02", "source": "phone_call"},
        ),
    ]
    assert [r.status_code for r in checks] == [404] * len(checks)
    # and nothing changed
    async with api.session() as session:
        resident = await session.get(Resident, resident_id)
        assert resident is not None and resident.name != "x" and resident.status.value == "active"
    families = await _all_ids(api, "community-a", "/api/v1/families")
    assert family_id not in {f["id"] for f in families}
    # the street sees both
    assert (await api.get("street", f"/api/v1/residents/{resident_id}")).status_code == 200
    assert (await api.get("street", f"/api/v1/families/{family_id}")).status_code == 200
    consents = (await api.get("street", f"/api/v1/residents/{resident_id}/consents")).json()
    assert [(c["id"], c["in_force"]) for c in consents] == [(consent_id, True)]  # not revoked by A


async def test_unit_liaison_sees_only_the_units_employees(api):
    ids = await org_ids(api)
    items = await _all_ids(api, "unit", "/api/v1/residents")
    assert items and all(r["employer_unit_id"] == ids["unit"] for r in items)
    async with api.session() as session:
        employees = (
            (await session.execute(select(Resident.id).where(Resident.employer_unit_id == ids["unit"])))
            .scalars()
            .all()
        )
        outsider = (
            await session.execute(select(Resident.id).where(Resident.employer_unit_id.is_(None)).limit(1))
        ).scalar_one()
    assert sorted(r["id"] for r in items) == sorted(employees)
    assert (await api.get("unit", f"/api/v1/residents/{outsider}")).status_code == 404
    families = await _all_ids(api, "unit", "/api/v1/families")
    assert families, "the unit sees its employees' families"
    async with api.session() as session:
        for f in families:
            family = await session.get(Family, f["id"])
            parents = [await session.get(Resident, pid) for pid in (family.husband_id, family.wife_id) if pid]
            assert any(p.employer_unit_id == ids["unit"] for p in parents)


async def test_street_sees_its_area_but_not_the_other_street(api):
    ids = await org_ids(api)
    items = await _all_ids(api, "street", "/api/v1/residents")
    assert {r["community_id"] for r in items} == {ids["community-a"], ids["community-b"]}
    district = await _all_ids(api, "district", "/api/v1/residents")
    assert ids["community-c"] in {r["community_id"] for r in district}
    orgs = await _all_ids(api, "street", "/api/v1/orgs")
    assert {o["id"] for o in orgs} == {ids["street"], ids["community-a"], ids["community-b"], ids["unit"]}
    assert (await api.get("street", f"/api/v1/orgs/{ids['community-c']}")).status_code == 404
    children = (await api.get("street", f"/api/v1/orgs/{ids['street']}/children")).json()["items"]
    assert {o["id"] for o in children} == {ids["community-a"], ids["community-b"], ids["unit"]}


async def test_audit_log_is_street_level_and_scoped(api):
    assert (await api.get("community-a", "/api/v1/audit-events")).status_code == 403
    ids = await org_ids(api)
    # an event in street 2's area is invisible to street 1
    created = await api.post(
        "district",
        "/api/v1/orgs",
        {"kind": "community", "name": "新社区", "code": "500103001009", "parent_id": ids["street-2"]},
    )
    assert created.status_code == 201
    street_events = (await api.get("street", "/api/v1/audit-events", params={"action": "org.created"})).json()
    assert all(e["object_id"] != str(created.json()["id"]) for e in street_events["items"])
    district_events = (
        await api.get("district", "/api/v1/audit-events", params={"action": "org.created"})
    ).json()
    assert str(created.json()["id"]) in {e["object_id"] for e in district_events["items"]}
