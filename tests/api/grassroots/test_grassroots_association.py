"""Task 7: Association branches and members, integrity agreements, yearly review, signing rates."""

from __future__ import annotations

from datetime import date

from app.clock import today
from tests.demo_ids import org_ids


async def test_branch_members_and_three_advances_activity(api):
    ids = await org_ids(api)
    branch = await api.post(
        "community-b",
        "/api/v1/association/branches",
        {"org_id": ids["community-b"], "name": "较场口社区计生协会"},
    )
    assert branch.status_code == 201, branch.text
    dup = await api.post(
        "community-b", "/api/v1/association/branches", {"org_id": ids["community-b"], "name": "x"}
    )
    assert dup.status_code == 409
    resident = (await api.get("community-b", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    member = await api.post(
        "community-b",
        "/api/v1/association/members",
        {
            "branch_id": branch.json()["id"],
            "resident_id": resident["id"],
            "joined_on": "2019-05-29",
            "role": "member",
        },
    )
    assert member.status_code == 201, member.text
    assert member.json()["org_id"] == ids["community-b"]
    again = await api.post(
        "community-b",
        "/api/v1/association/members",
        {"branch_id": branch.json()["id"], "resident_id": resident["id"], "joined_on": "2019-05-29"},
    )
    assert again.status_code == 409
    both = await api.post(
        "community-b",
        "/api/v1/association/members",
        {
            "branch_id": branch.json()["id"],
            "resident_id": resident["id"],
            "worker_id": 1,
            "joined_on": "2019-05-29",
        },
    )
    assert both.status_code == 422
    a_branch = (await api.get("community-a", "/api/v1/association/branches")).json()["items"][0]
    foreign = await api.post(
        "community-b",
        "/api/v1/association/members",
        {"branch_id": a_branch["id"], "resident_id": resident["id"], "joined_on": "2019-05-29"},
    )
    assert foreign.status_code == 404
    activity = await api.post(
        "community-b",
        "/api/v1/activities",
        {
            "org_id": ids["community-b"],
            "branch_id": branch.json()["id"],
            "kind": "lecture",
            "title": "计生协三进：优生优育进学校",
            "held_on": "2019-06-12",
            "advance_into": "school",
        },
    )
    assert activity.status_code == 201, activity.text
    listed = (
        await api.get("street", "/api/v1/activities", params={"branch_id": branch.json()["id"]})
    ).json()["items"]
    assert [a["advance_into"] for a in listed] == ["school"]


async def test_integrity_agreement_review_and_signing_rate(api):
    ids = await org_ids(api)
    api.app.dependency_overrides[today] = lambda: date(2019, 12, 20)
    try:
        before = {
            r["org_id"]: r
            for r in (await api.get("street", "/api/v1/integrity-agreements/signing-rates")).json()
        }
        assert before[ids["community-a"]]["signed"] == 1  # the demo's agreement
        assert before[ids["community-b"]]["signed"] == 0 and before[ids["community-b"]]["rate"] == 0
        families = (await api.get("community-b", "/api/v1/families", params={"limit": 2})).json()["items"]
        body = {
            "family_id": families[0]["id"],
            "signed_on": "2019-03-01",
            "term_years": 3,
            "commitments": ["依法生育"],
        }
        signed = await api.post("community-b", "/api/v1/integrity-agreements", body)
        assert signed.status_code == 201, signed.text
        agreement = signed.json()
        assert agreement["ends_on"] == "2022-03-01" and agreement["org_id"] == ids["community-b"]
        assert (await api.post("community-b", "/api/v1/integrity-agreements", body)).status_code == 409
        future = {**body, "family_id": families[1]["id"], "signed_on": "2020-01-01"}
        assert (await api.post("community-b", "/api/v1/integrity-agreements", future)).status_code == 422
        a_family = (await api.get("community-a", "/api/v1/families", params={"limit": 1})).json()["items"][0]
        assert (
            await api.post(
                "community-b", "/api/v1/integrity-agreements", {**body, "family_id": a_family["id"]}
            )
        ).status_code == 404

        url = f"/api/v1/integrity-agreements/{agreement['id']}/reviews"
        assert (await api.post("community-b", url, {"year": 2019, "outcome": "broken"})).status_code == 422
        reviewed = await api.post(
            "community-b", url, {"year": 2019, "outcome": "broken", "reason": "未按时参加孕检"}
        )
        assert reviewed.status_code == 201, reviewed.text
        assert reviewed.json()["reviews"] == [
            {"year": 2019, "outcome": "broken", "reason": "未按时参加孕检", "reviewed_on": "2019-12-20"}
        ]
        assert (await api.post("community-b", url, {"year": 2019, "outcome": "kept"})).status_code == 409
        assert (await api.post("community-b", url, {"year": 2020, "outcome": "kept"})).status_code == 422

        after = {
            r["org_id"]: r
            for r in (await api.get("street", "/api/v1/integrity-agreements/signing-rates")).json()
        }
        b = after[ids["community-b"]]
        assert b["signed"] == 1 and b["rate"] == round(100 / b["families"], 2)
        old = await api.get(
            "street", "/api/v1/integrity-agreements/signing-rates", params={"on": "2019-02-01"}
        )
        assert {r["org_id"]: r["signed"] for r in old.json()}[ids["community-b"]] == 0
    finally:
        api.app.dependency_overrides.pop(today, None)
