"""Family records: parents, honour certificate, children and their status."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.family import Child
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


async def _couple(api, community: str = "community-a") -> tuple[int, int]:
    ids = await org_ids(api)
    husband = await api.post(community, "/api/v1/residents", resident_body(ids[community], male=True))
    wife = await api.post(community, "/api/v1/residents", resident_body(ids[community], male=False))
    return husband.json()["id"], wife.json()["id"]


async def test_create_family_with_children_in_birth_order(api):
    ids = await org_ids(api)
    husband, wife = await _couple(api)
    response = await api.post(
        "community-a",
        "/api/v1/families",
        {
            "community_id": ids["community-a"],
            "husband_id": husband,
            "wife_id": wife,
            "marriage_date": "2010-05-01",
            "honour_certificate_no": "渝中2012000001",
            "honour_certificate_issued_on": "2012-09-01",
            "children": [
                {"name": "二宝", "sex": "female", "birth_date": "2016-03-01"},
                {"name": "大宝", "sex": "male", "birth_date": "2012-03-01"},
            ],
        },
    )
    assert response.status_code == 201, response.text
    family = response.json()
    assert [(c["name"], c["birth_order"]) for c in family["children"]] == [("大宝", 1), ("二宝", 2)]
    assert response.headers["location"] == f"/api/v1/families/{family['id']}"

    listed = await api.get("community-a", f"/api/v1/families/{family['id']}/children")
    assert [c["birth_order"] for c in listed.json()] == [1, 2]
    by_parent = await api.get("community-a", "/api/v1/families", params={"parent_id": wife})
    assert [f["id"] for f in by_parent.json()["items"]] == [family["id"]]


async def test_single_parent_family_and_parent_rules(api):
    ids = await org_ids(api)
    husband, wife = await _couple(api)
    single = await api.post(
        "community-a", "/api/v1/families", {"community_id": ids["community-a"], "wife_id": wife}
    )
    assert single.status_code == 201
    no_parent = await api.post("community-a", "/api/v1/families", {"community_id": ids["community-a"]})
    assert no_parent.status_code == 422
    swapped = await api.post(
        "community-a",
        "/api/v1/families",
        {"community_id": ids["community-a"], "husband_id": wife, "wife_id": husband},
    )
    assert swapped.status_code == 422
    half_certificate = await api.post(
        "community-a",
        "/api/v1/families",
        {"community_id": ids["community-a"], "wife_id": wife, "honour_certificate_no": "x"},
    )
    assert half_certificate.status_code == 422
    other_b_husband, _ = await _couple(api, "community-b")
    foreign_parent = await api.post(
        "community-a", "/api/v1/families", {"community_id": ids["community-a"], "husband_id": other_b_husband}
    )
    assert foreign_parent.status_code == 404


async def test_child_status_changes_must_be_coherent(api):
    ids = await org_ids(api)
    _, wife = await _couple(api)
    family = (
        await api.post(
            "community-a",
            "/api/v1/families",
            {
                "community_id": ids["community-a"],
                "wife_id": wife,
                "children": [{"name": "独生子", "sex": "male", "birth_date": "1995-01-01"}],
            },
        )
    ).json()
    child = family["children"][0]
    path = f"/api/v1/families/{family['id']}/children/{child['id']}"

    no_grade = await api.patch("community-a", path, {"status": "disabled"})
    assert no_grade.status_code == 422
    bad_grade = await api.patch("community-a", path, {"status": "disabled", "disability_grade": 5})
    assert bad_grade.status_code == 422
    disabled = await api.patch("community-a", path, {"status": "disabled", "disability_grade": 2})
    assert disabled.status_code == 200 and disabled.json()["disability_grade"] == 2
    died_before_birth = await api.patch(
        "community-a", path, {"status": "deceased", "deceased_on": "1990-01-01"}
    )
    assert died_before_birth.status_code == 422
    deceased = await api.patch(
        "community-a",
        path,
        {"status": "deceased", "deceased_on": "2015-06-01"},
        headers={"If-Match": f'"{disabled.json()["version"]}"'},
    )
    assert deceased.status_code == 200
    assert deceased.json()["disability_grade"] is None  # a grade belongs to a living disabled child
    stale = await api.patch("community-a", path, {"name": "x"}, headers={"If-Match": '"1"'})
    assert stale.status_code == 412

    added = await api.post(
        "community-a",
        f"/api/v1/families/{family['id']}/children",
        {"name": "领养女", "sex": "female", "birth_date": "2016-02-01", "adopted": True},
    )
    assert added.status_code == 201 and added.json()["birth_order"] == 2
    clash = await api.post(
        "community-a",
        f"/api/v1/families/{family['id']}/children",
        {"name": "x", "sex": "female", "birth_date": "2017-02-01", "birth_order": 2},
    )
    assert clash.status_code == 409
    dangling = await api.post(
        "community-a",
        f"/api/v1/families/{family['id']}/children",
        {"name": "x", "sex": "female", "birth_date": "2017-02-01", "resident_id": 10**9},
    )
    assert dangling.status_code == 404
    async with api.session() as session:
        children = (
            (await session.execute(select(Child).where(Child.family_id == family["id"]))).scalars().all()
        )
        assert len(children) == 2
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(
                        AuditEvent.object_type == "family", AuditEvent.object_id == str(family["id"])
                    )
                )
            )
            .scalars()
            .all()
        )
    assert actions.count("family.child_updated") == 2
    assert actions.count("family.child_added") == 1
