"""Task 4 as the office works it: preconditions on the family record, documents per child, the level
that accepts and issues, and problems answered in Chinese."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from tests.api.lawful_services.request_helpers import (
    BOTH_ID_CARDS,
    COMPLETE_BIRTH,
    REQUESTS,
    file_request,
    forward_request,
    request_family,
)

HONOUR = [
    *BOTH_ID_CARDS,
    {"code": "marriage_certificate"},
    {"code": "child_birth_certificate"},
    {"code": "only_child_commitment"},
]
ZH = {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"}


async def _documents(api: Any, family_id: int) -> list[dict[str, Any]]:
    response = await api.get("community-a", f"/api/v1/families/{family_id}/documents")
    assert response.status_code == 200, response.text
    return response.json()


async def test_no_honour_certificate_for_a_two_child_family_with_the_reason_in_chinese(api):
    family = await request_family(api, "community-a", without_certificate=True, children=2)
    filed = await file_request(api, "community-a", family["id"], HONOUR, "honour_certificate")
    refused = await api.post("community-a", f"{REQUESTS}/{filed['id']}/forward", headers=ZH)
    assert refused.status_code == 409
    body = refused.json()
    assert body["type"].endswith("/precondition-not-met")
    assert body["title"] == "家庭档案不符合该事项的办理条件"
    assert "至多1个子女，现有2个" in body["detail"]
    assert body["unmet_preconditions"] == [{"rule": "children_max", "expected": 1, "actual": 2}]
    english = await api.post("community-a", f"{REQUESTS}/{filed['id']}/forward")
    assert "at most 1 child(ren) on record, found 2" in english.json()["detail"]
    assert (await api.get("community-a", f"{REQUESTS}/{filed['id']}")).json()["state"] == "submitted"


async def test_no_new_honour_certificate_for_a_child_born_from_2016(api):
    family = await request_family(api, "community-a", without_certificate=True, born_from=date(2016, 1, 1))
    filed = await file_request(api, "community-a", family["id"], HONOUR, "honour_certificate")
    refused = await api.post("community-a", f"{REQUESTS}/{filed['id']}/forward")
    assert refused.status_code == 409
    [unmet] = refused.json()["unmet_preconditions"]
    assert unmet["rule"] == "child_born_before" and unmet["expected"] == "2016-01-01"
    # the street accepting it directly is refused just the same
    assert (await api.post("street", f"{REQUESTS}/{filed['id']}/accept")).status_code == 409


async def test_a_third_child_born_in_2019_is_not_a_birth_registration(api):
    """2019's rule (全面两孩) registers first and second children; a third needs 再生育审批."""
    family = await request_family(api, "community-a", children=2)
    child = {"name": "三孩", "sex": "female", "birth_date": "2019-09-01"}
    added = await api.post("community-a", f"/api/v1/families/{family['id']}/children", child)
    assert added.status_code == 201, added.text
    response = await api.post(
        "community-a",
        REQUESTS,
        {
            "service_type": "birth_registration",
            "family_id": family["id"],
            "child_id": added.json()["id"],
            "materials": COMPLETE_BIRTH,
        },
    )
    filed = response.json()
    refused = await api.post("community-a", f"{REQUESTS}/{filed['id']}/forward", headers=ZH)
    assert refused.status_code == 409
    [unmet] = refused.json()["unmet_preconditions"]
    assert (unmet["rule"], unmet["expected"], unmet["actual"]) == ("child_order_within_birth_policy", 2, 3)
    assert unmet["birth_policy"]["code"] == "national_two_child_2016"
    assert "本次为第3个子女" in refused.json()["detail"]


async def test_preconditions_are_checked_again_at_completion(api):
    family = await request_family(api, "community-b", without_certificate=True, born_before=date(2016, 1, 1))
    filed = await file_request(api, "community-b", family["id"], HONOUR, "honour_certificate")
    await forward_request(api, "community-b", filed["id"])
    accepted = await api.post("street", f"{REQUESTS}/{filed['id']}/accept")
    assert accepted.json()["state"] == "accepted"
    # a second child is born before the street completes
    child = {"name": "二孩", "sex": "female", "birth_date": "2019-05-01"}
    added = await api.post("community-b", f"/api/v1/families/{family['id']}/children", child)
    assert added.status_code == 201, added.text
    refused = await api.post("street", f"{REQUESTS}/{filed['id']}/complete")
    assert refused.status_code == 409 and refused.json()["unmet_preconditions"][0]["rule"] == "children_max"
    current = (await api.get("street", f"{REQUESTS}/{filed['id']}")).json()
    assert current["state"] == "accepted" and current["issued_no"] is None


async def test_registrations_are_records_per_child_and_none_is_overwritten(api):
    family = await request_family(api, "community-a", children=1)
    # the second child (the next one)
    second = await file_request(api, "community-a", family["id"], COMPLETE_BIRTH)
    await forward_request(api, "community-a", second["id"])
    second_done = (await api.post("street", f"{REQUESTS}/{second['id']}/accept")).json()
    # the first child, registered late, named explicitly
    first_child = (await api.get("community-a", f"/api/v1/families/{family['id']}")).json()["children"][0]
    response = await api.post(
        "community-a",
        REQUESTS,
        {
            "service_type": "birth_registration",
            "family_id": family["id"],
            "child_id": first_child["id"],
            "materials": COMPLETE_BIRTH,
        },
    )
    first = response.json()
    await forward_request(api, "community-a", first["id"])
    first_done = (await api.post("street", f"{REQUESTS}/{first['id']}/accept")).json()
    documents = await _documents(api, family["id"])
    assert [(d["kind"], d["child_order"], d["number"], d["status"]) for d in documents] == [
        ("birth_registration", 2, second_done["issued_no"], "valid"),
        ("birth_registration", 1, first_done["issued_no"], "valid"),
    ]
    assert documents[1]["child_id"] == first_child["id"]
    assert all(d["issued_on"] and d["issuing_org_id"] for d in documents)
    # a second registration of the same child is refused
    again = await file_request(api, "community-a", family["id"], COMPLETE_BIRTH)
    refused = await api.post("community-a", f"{REQUESTS}/{again['id']}/forward")
    assert refused.status_code == 409
    assert refused.json()["unmet_preconditions"][0]["rule"] == "one_valid_per_child"
    # a child of another family is not this family's
    bad = await api.post(
        "community-a",
        REQUESTS,
        {"service_type": "birth_registration", "family_id": family["id"], "child_id": 999999999},
    )
    assert bad.status_code == 422
    assert (await api.get("community-b", f"/api/v1/families/{family['id']}/documents")).status_code == 404


async def test_a_later_child_revokes_the_honour_certificate(api):
    family = await request_family(api, "community-b", without_certificate=True, born_before=date(2016, 1, 1))
    filed = await file_request(api, "community-b", family["id"], HONOUR, "honour_certificate")
    await forward_request(api, "community-b", filed["id"])
    await api.post("street", f"{REQUESTS}/{filed['id']}/accept")
    done = (await api.post("street", f"{REQUESTS}/{filed['id']}/complete")).json()
    child = {"name": "二孩", "sex": "male", "birth_date": "2019-08-01"}
    assert (
        await api.post("community-b", f"/api/v1/families/{family['id']}/children", child)
    ).status_code == 201
    [certificate] = (await api.get("street", f"/api/v1/families/{family['id']}/documents")).json()
    assert certificate["number"] == done["issued_no"] and certificate["status"] == "revoked"
    assert certificate["revoked_on"] is not None and "later child" in certificate["revoke_reason"]
    family_read = (await api.get("community-b", f"/api/v1/families/{family['id']}")).json()
    assert family_read["honour_certificate_no"] is None
    async with api.session() as session:
        revoked = (
            (await session.execute(select(AuditEvent).where(AuditEvent.action == "family_document.revoked")))
            .scalars()
            .all()
        )
    assert any(e.detail["number"] == done["issued_no"] for e in revoked)


async def test_a_community_service_is_not_forwarded_and_the_street_does_not_forward(api):
    residents = (await api.get("community-a", "/api/v1/residents", params={"limit": 5})).json()["items"]
    filed = await api.post(
        "community-a",
        REQUESTS,
        {
            "service_type": "migrant_marriage_certificate",
            "resident_id": residents[0]["id"],
            "materials": [{"code": "id_card"}, {"code": "marital_status_proof"}, {"code": "photo"}],
        },
    )
    body = filed.json()
    assert body["accepting_level"] == "community" and body["forward_due_on"] is None
    assert (await api.post("community-a", f"{REQUESTS}/{body['id']}/forward")).status_code == 409
    family = await request_family(api, "community-a")
    street_filed = await file_request(api, "street", family["id"], COMPLETE_BIRTH)
    assert street_filed["forward_due_on"] is None
    assert (await api.post("street", f"{REQUESTS}/{street_filed['id']}/forward")).status_code == 403
    accepted = await api.post("street", f"{REQUESTS}/{street_filed['id']}/accept")
    assert accepted.json()["state"] == "completed"


async def test_service_request_workflow_is_a_table(api):
    workflows = (await api.get("community-a", "/api/v1/meta/workflows")).json()
    table = workflows["service_request"]
    assert "forwarded" in table["states"]
    steps = {s["step"]: s for s in table["steps"]}
    assert steps["forward"]["from"] == ["submitted"] and steps["forward"]["to"] == "forwarded"
    assert steps["resubmit"]["to"] is None and steps["accept"]["label"]["zh-CN"] == "受理"
    enums = (await api.get("community-a", "/api/v1/meta/enums")).json()
    assert enums["precondition_rule"]["children_max"]["zh-CN"] == "子女数不多于"
    assert enums["service_request_state"]["forwarded"]["zh-CN"] == "已转报街道"
