"""Partners of the resource-sharing network: registration, visibility up and down the tree, updates."""

from __future__ import annotations

import pytest

from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


async def test_demo_partners_are_visible_to_the_communities_they_serve(api):
    listed = await api.get("community-a", "/api/v1/partners")
    assert listed.status_code == 200
    kinds = {p["kind"] for p in listed.json()["items"]}
    assert {"mch_hospital", "clinic"} <= kinds
    # street 2's community does not see the first street's clinic
    other = await api.get("district", "/api/v1/partners", params={"kind": "clinic"})
    clinic = other.json()["items"][0]
    assert clinic["org_id"] == (await org_ids(api))["street"]


async def test_street_registers_and_updates_a_partner_with_if_match(api):
    ids = await org_ids(api)
    created = await api.post(
        "street",
        "/api/v1/partners",
        {
            "name": "解放碑中学",
            "kind": "school",
            "services": ["青春期健康教育"],
            "org_id": ids["community-b"],
            "contact_phone": "13800138000",
        },
    )
    assert created.status_code == 201, created.text
    path = f"/api/v1/partners/{created.json()['id']}"
    assert created.headers["location"] == path
    assert (await api.get("community-b", path)).status_code == 200
    assert (await api.get("community-a", path)).status_code == 404  # serves community B only
    updated = await api.patch("street", path, {"active": False}, headers={"If-Match": '"1"'})
    assert updated.status_code == 200 and updated.json()["active"] is False
    stale = await api.patch("street", path, {"name": "x"}, headers={"If-Match": '"1"'})
    assert stale.status_code == 412
    assert (
        await api.post(
            "community-a",
            "/api/v1/partners",
            {"name": "x", "kind": "enterprise", "org_id": ids["community-a"]},
        )
    ).status_code == 403
    other_street = await api.post(
        "street", "/api/v1/partners", {"name": "x", "kind": "enterprise", "org_id": ids["community-c"]}
    )
    assert other_street.status_code == 404
