"""Service requests: one-time notification enforced, instant processing, the clock, scope, audit."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select, text, update

from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from app.models.lawful_services.service import ServiceRequest
from tests.api.benefits.benefit_helpers import set_today
from tests.api.lawful_services.request_helpers import (
    BOTH_ID_CARDS,
    COMPLETE_BIRTH,
    REQUESTS,
    file_request,
    forward_request,
    request_family,
)
from tests.demo_ids import org_ids


async def _actions(api: Any, request_id: int) -> list[str]:
    async with api.session() as session:
        return list(
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(
                        AuditEvent.object_type == "service_request", AuditEvent.object_id == str(request_id)
                    )
                    .order_by(AuditEvent.id)
                )
            ).scalars()
        )


async def test_community_forwards_and_the_street_registers_with_a_number(api):
    family = await request_family(api, "community-a")
    filed = await file_request(api, "community-a", family["id"], COMPLETE_BIRTH)
    assert filed["state"] == "submitted" and filed["missing_materials"] == []
    assert filed["accepting_level"] == "street" and filed["issuing_level"] == "street"
    assert filed["forward_due_on"] > filed["clock_started_on"]
    assert filed["org_id"] == (await org_ids(api))["community-a"]
    assert filed["next_steps"] == ["forward", "accept", "return", "reject"]

    # the community takes the papers and pre-checks them; it does not register
    path = f"{REQUESTS}/{filed['id']}"
    own = await api.post("community-a", f"{path}/accept", headers={"If-Match": f'"{filed["version"]}"'})
    assert own.status_code == 403 and own.json()["required_level"] == "street"
    forwarded = await forward_request(api, "community-a", filed["id"])
    assert forwarded["forwarded_on"] is not None and forwarded["due_on"] > forwarded["forwarded_on"]

    accepted = await api.post("street", f"{path}/accept", headers={"If-Match": f'"{forwarded["version"]}"'})
    assert accepted.status_code == 200, accepted.text
    body = accepted.json()
    assert body["state"] == "completed"
    assert body["issued_no"].startswith("SYDJ") and body["issued_no"].endswith(f"{filed['id']:06d}")
    assert body["working_days_taken"] == 0 and body["overdue"] is False

    async with api.session() as session:
        recorded = (
            await session.execute(select(Family.birth_registration_no).where(Family.id == family["id"]))
        ).scalar_one()
    assert recorded == body["issued_no"]
    family_read = (await api.get("community-a", f"/api/v1/families/{family['id']}")).json()
    assert family_read["birth_registration_no"] == body["issued_no"]
    assert await _actions(api, filed["id"]) == [
        "service_request.filed",
        "service_request.forwarded",
        "service_request.accepted",
        "service_request.completed",
    ]

    # the public look-up shows state and dates, nothing personal
    status = await api.client.get(f"/api/v1/public/service-requests/{filed['tracking_code']}")
    assert status.status_code == 200
    public = status.json()
    assert public["state"] == "completed" and public["service_type"] == "birth_registration"
    assert set(public) == {
        "tracking_code",
        "service_type",
        "service_type_name",
        "state",
        "submitted_on",
        "due_on",
        "due_provisional",
        "due_note",
        "finished_on",
        "missing_materials",
    }
    assert public["due_provisional"] is False and public["due_note"] is None
    assert body["issued_no"] not in status.text and str(family["id"]) not in status.text.split('"')


async def test_two_missing_items_are_returned_once_listing_both(api):
    family = await request_family(api, "community-a")
    filed = await file_request(api, "community-a", family["id"], [{"code": "husband_id_card"}])
    assert [m["code"] for m in filed["missing_materials"]] == ["wife_id_card", "marriage_certificate"]

    refused = await api.post("community-a", f"{REQUESTS}/{filed['id']}/forward")
    assert refused.status_code == 409
    assert refused.json()["missing_materials"] == ["wife_id_card", "marriage_certificate"]

    returned = await api.post("community-a", f"{REQUESTS}/{filed['id']}/return", {"comment": "请补齐"})
    assert returned.status_code == 200, returned.text
    assert returned.json()["state"] == "returned"
    assert [r["missing"] for r in returned.json()["returns"]] == [["wife_id_card", "marriage_certificate"]]

    status = (await api.client.get(f"/api/v1/public/service-requests/{filed['tracking_code']}")).json()
    assert status["state"] == "returned"
    assert [m["name"] for m in status["missing_materials"]] == ["女方居民身份证", "结婚证"]
    assert await _actions(api, filed["id"]) == ["service_request.filed", "service_request.returned"]
    async with api.session() as session:
        event = (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.action == "service_request.returned", AuditEvent.object_id == str(filed["id"])
                )
            )
        ).scalar_one()
    assert event.detail["missing"] == ["wife_id_card", "marriage_certificate"]


async def test_corrections_are_added_to_the_same_return_until_nothing_is_missing(api):
    family = await request_family(api, "community-a")
    set_today(api, date(2019, 9, 2))
    try:
        filed = await file_request(api, "community-a", family["id"], [{"code": "husband_id_card"}])
        path = f"{REQUESTS}/{filed['id']}"
        assert (await api.post("community-a", f"{path}/return")).status_code == 200

        # first visit: the household register for the wife, but still no marriage certificate
        set_today(api, date(2019, 9, 4))
        wife = {"code": "wife_id_card", "form": "alternative", "alternative": "household_register"}
        partly = await api.post("community-a", f"{path}/resubmit", {"materials": [wife]})
        assert partly.status_code == 200, partly.text
        body = partly.json()
        assert body["state"] == "returned" and body["clock_started_on"] == "2019-09-02"
        assert [m["code"] for m in body["missing_materials"]] == ["marriage_certificate"]
        assert body["next_steps"] == ["resubmit", "reject"]
        # not stuck: no second return is needed, nor possible while the first is open
        second = await api.post("community-a", f"{path}/return")
        assert second.status_code == 409 and second.json()["current_state"] == "returned"

        # second visit: the certificate; the clock starts again that day (Friday 6 September)
        set_today(api, date(2019, 9, 6))
        done = await api.post(
            "community-a", f"{path}/resubmit", {"materials": [{"code": "marriage_certificate"}]}
        )
        body = done.json()
        assert body["state"] == "submitted" and body["missing_materials"] == []
        assert body["clock_started_on"] == "2019-09-06"
        # the community's own clock (2 working days) restarts too: Tuesday 10 September
        assert body["forward_due_on"] == "2019-09-10"
        assert [m["code"] for m in body["materials"]] == [
            "husband_id_card",
            "wife_id_card",
            "marriage_certificate",
        ]
        assert len(body["returns"]) == 1 and body["returns"][0]["missing"] == [
            "wife_id_card",
            "marriage_certificate",
        ]
    finally:
        api.app.dependency_overrides.clear()
    assert await _actions(api, filed["id"]) == [
        "service_request.filed",
        "service_request.returned",
        "service_request.supplemented",
        "service_request.resubmitted",
    ]
    # an item listed at the return may not be named by a later one (一次性告知)
    named = await api.post("community-a", f"{path}/return", {"missing_materials": ["marriage_certificate"]})
    assert named.status_code == 409 and named.json()["already_notified"] == ["marriage_certificate"]
    rejected = await api.post("community-a", f"{path}/reject", {"reason": "结婚证不清晰"})
    assert rejected.status_code == 200 and rejected.json()["state"] == "rejected"
    assert rejected.json()["reject_reason"] == "结婚证不清晰"
    again = await api.post("community-a", f"{path}/reject", {"reason": "x"})
    assert again.status_code == 409 and again.json()["current_state"] == "rejected"


async def test_a_later_return_may_name_an_item_the_first_could_not_have(api):
    family = await request_family(api, "community-a")
    filed = await file_request(api, "community-a", family["id"], BOTH_ID_CARDS)
    path = f"{REQUESTS}/{filed['id']}"
    first = await api.post("community-a", f"{path}/return")
    assert first.json()["returns"][0]["missing"] == ["marriage_certificate"]
    await api.post(
        "community-a",
        f"{path}/resubmit",
        {"materials": [{"code": "marriage_certificate", "form": "commitment"}]},
    )
    # the husband's ID card turns out to be expired: new, so it may be named
    second = await api.post("community-a", f"{path}/return", {"missing_materials": ["husband_id_card"]})
    assert second.status_code == 200
    assert [r["missing"] for r in second.json()["returns"]] == [["marriage_certificate"], ["husband_id_card"]]
    # the reviewer-named item must be brought again before the request goes on
    await api.post("community-a", f"{path}/resubmit", {"materials": [{"code": "husband_id_card"}]})
    assert (await api.post("community-a", f"{path}/return")).status_code == 409
    await forward_request(api, "community-a", filed["id"])
    done = await api.post("street", f"{path}/accept")
    assert done.json()["state"] == "completed"  # a signed commitment stands in for the certificate


async def test_honour_certificate_is_accepted_then_completed_at_the_street(api):
    family = await request_family(api, "community-b", without_certificate=True, born_before=date(2016, 1, 1))
    materials = [
        *BOTH_ID_CARDS,
        {"code": "marriage_certificate"},
        {"code": "child_birth_certificate"},
        {"code": "only_child_commitment"},
    ]
    filed = await file_request(api, "community-b", family["id"], materials, "honour_certificate")
    path = f"{REQUESTS}/{filed['id']}"
    early = await api.post("street", f"{path}/complete")
    assert early.status_code == 409 and early.json()["current_state"] == "submitted"
    await forward_request(api, "community-b", filed["id"])
    accepted = await api.post("street", f"{path}/accept")
    assert accepted.json()["state"] == "accepted" and accepted.json()["issued_no"] is None
    assert (await api.post("community-b", f"{path}/complete")).status_code == 403
    stale = await api.post("street", f"{path}/complete", headers={"If-Match": f'"{filed["version"]}"'})
    assert stale.status_code == 412
    completed = await api.post("street", f"{path}/complete", headers={"If-Match": accepted.headers["etag"]})
    assert completed.status_code == 200 and completed.json()["issued_no"].startswith("GRZ")
    family_read = (await api.get("community-b", f"/api/v1/families/{family['id']}")).json()
    assert family_read["honour_certificate_no"] == completed.json()["issued_no"]
    assert family_read["honour_certificate_issued_on"] is not None


async def test_scope_other_community_sees_nothing(api):
    family = await request_family(api, "community-a")
    filed = await file_request(api, "community-a", family["id"], [{"code": "husband_id_card"}])
    path = f"{REQUESTS}/{filed['id']}"
    assert (await api.get("community-b", path)).status_code == 404
    assert (await api.post("community-b", f"{path}/accept")).status_code == 404
    assert (await api.post("community-b", f"{path}/return")).status_code == 404
    listed = (await api.get("community-b", REQUESTS, params={"limit": 100})).json()["items"]
    assert filed["id"] not in [r["id"] for r in listed]
    stats = (await api.get("community-b", f"{REQUESTS}/statistics")).json()
    assert all(row["org_id"] != filed["org_id"] for row in stats)
    # filing for another community's family is refused the same way
    other = await api.post(
        "community-b",
        REQUESTS,
        {"service_type": "birth_registration", "family_id": family["id"], "materials": []},
    )
    assert other.status_code == 404
    # the street and the district above see it; the district does not process requests
    assert (await api.get("street", path)).status_code == 200
    assert (await api.get("district", path)).status_code == 200
    assert (await api.post("district", f"{path}/accept")).status_code == 403
    assert (await api.get("unit", REQUESTS)).status_code == 403
    assert (await api.client.get(REQUESTS)).status_code == 401


async def test_bad_input_is_422_and_leaves_nothing(api):
    family = await request_family(api, "community-a")
    async with api.session() as session:
        before = (await session.execute(text("SELECT count(*) FROM service_requests"))).scalar_one()
    cases = [
        {
            "service_type": "birth_registration",
            "family_id": family["id"],
            "materials": [{"code": "passport"}],
        },
        {
            "service_type": "birth_registration",
            "family_id": family["id"],
            "materials": [{"code": "husband_id_card", "form": "alternative", "alternative": "passport"}],
        },
        {
            "service_type": "honour_certificate",
            "family_id": family["id"],
            "materials": [{"code": "child_birth_certificate", "form": "commitment"}],
        },
        {
            "service_type": "birth_registration",
            "family_id": family["id"],
            "materials": [{"code": "husband_id_card"}, {"code": "husband_id_card"}],
        },
        {"service_type": "birth_registration", "materials": []},
        {"service_type": "no_such_service", "family_id": family["id"]},
        {"service_type": "birth_registration", "family_id": family["id"], "surprise": 1},
    ]
    for body in cases:
        response = await api.post("community-a", REQUESTS, body)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    async with api.session() as session:
        after = (await session.execute(text("SELECT count(*) FROM service_requests"))).scalar_one()
    assert after == before


async def test_overdue_requests_are_listed(api):
    family = await request_family(api, "community-a")
    filed = await file_request(api, "community-a", family["id"], [{"code": "husband_id_card"}])
    on_time = await file_request(api, "community-a", family["id"], [{"code": "husband_id_card"}])
    async with api.session() as session:
        await session.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id == filed["id"])
            .values(due_on=date(2019, 10, 8), clock_started_on=date(2019, 9, 27))
        )
        await session.commit()
    overdue = (await api.get("community-a", f"{REQUESTS}/overdue")).json()["items"]
    assert filed["id"] in [r["id"] for r in overdue]
    assert on_time["id"] not in [r["id"] for r in overdue]
    assert all(r["overdue"] for r in overdue)
    filtered = (await api.get("street", REQUESTS, params={"overdue": "true"})).json()["items"]
    assert filed["id"] in [r["id"] for r in filtered]
    assert (await api.get("community-b", f"{REQUESTS}/overdue")).json()["items"] == []


async def test_public_guides_are_the_one_time_notification(api):
    response = await api.client.get("/api/v1/public/service-types")
    assert response.status_code == 200
    guides = {g["code"]: g for g in response.json()}
    assert set(guides) == {
        "birth_registration",
        "honour_certificate",
        "migrant_marriage_certificate",
        "special_support_application",
    }
    birth = guides["birth_registration"]
    assert birth["instant"] is True and birth["online"] is True and birth["fee_fen"] == 0
    assert birth["time_limit_working_days"] == 3
    assert [m["code"] for m in birth["materials"]] == [
        "husband_id_card",
        "wife_id_card",
        "marriage_certificate",
    ]
    assert birth["materials"][0]["alternatives"] == [{"code": "household_register", "name": "户口簿"}]
    assert all(m["commitment_allowed"] for m in birth["materials"])
    assert "关于实行生育登记服务制度的通知" in [p["title"] for p in birth["policies"]]
    assert (await api.client.get("/api/v1/public/service-requests/AAAAAAAAAAAA")).status_code == 404
    assert (await api.client.get("/api/v1/public/service-requests/short")).status_code == 422


async def test_calendar_and_guides_for_staff(api):
    calendar = (await api.get("community-a", "/api/v1/working-calendar/2019")).json()
    days = {d["day"]: d["kind"] for d in calendar["days"]}
    assert days["2019-10-01"] == "holiday" and days["2019-10-12"] == "workday"
    assert days["2019-09-29"] == "workday" and days["2019-02-02"] == "workday"
    guides = (await api.get("community-a", "/api/v1/service-types")).json()
    one = await api.get("community-a", f"/api/v1/service-types/{guides[0]['id']}")
    assert one.status_code == 200 and one.headers["etag"] == f'"{guides[0]["version"]}"'
    changed = await api.patch(
        "street",
        f"/api/v1/service-types/{guides[0]['id']}",
        {"fee_fen": 0, "where_to_apply": "街道政务服务中心"},
        headers={"If-Match": one.headers["etag"]},
    )
    assert changed.status_code == 200 and changed.json()["where_to_apply"] == "街道政务服务中心"
    assert (
        await api.patch("community-a", f"/api/v1/service-types/{guides[0]['id']}", {"fee_fen": 100})
    ).status_code == 403


async def test_resident_service_issues_a_certificate_kept_on_the_request(api):
    ids = await org_ids(api)
    residents = (
        await api.get(
            "community-b", "/api/v1/residents", params={"community_id": ids["community-b"], "limit": 5}
        )
    ).json()["items"]
    body = {
        "service_type": "migrant_marriage_certificate",
        "resident_id": residents[0]["id"],
        "materials": [
            {"code": "id_card", "form": "alternative", "alternative": "household_register"},
            {"code": "marital_status_proof", "form": "commitment"},
            {"code": "photo"},
        ],
    }
    missing_family = await api.post("community-b", REQUESTS, {**body, "resident_id": None})
    assert missing_family.status_code == 422
    assert missing_family.json()["errors"][0]["loc"] == ["body", "resident_id"]
    filed = await api.post("community-b", REQUESTS, body)
    assert filed.status_code == 201 and filed.json()["missing_materials"] == []
    done = await api.post("community-b", f"{REQUESTS}/{filed.json()['id']}/accept")
    assert done.json()["state"] == "completed" and done.json()["issued_no"].startswith("HYZM")
    # the street files too, for a resident of one of its communities
    street = await api.post("street", REQUESTS, body)
    assert street.status_code == 201 and street.json()["org_id"] == ids["community-b"]
    enums = (await api.client.get("/api/v1/meta/enums")).json()
    assert enums["service_request_state"]["returned"]["zh-CN"] == "退回补正"
    assert enums["policy_status"]["repealed"] == {"zh-CN": "已废止", "en": "Repealed"}


async def test_street_adds_a_guide_that_the_public_then_reads(api):
    body = {
        "code": "second_child_registration",
        "name": "再生育审批",
        "subject": "family",
        "time_limit_working_days": 15,
        "where_to_apply": "街道计生办",
        "issues": "certificate_no",
        "number_prefix": "ZSY",
        "materials": [
            {"code": "application_form", "name": "再生育申请表"},
            {
                "code": "id_card",
                "name": "身份证",
                "alternatives": [{"code": "household_register", "name": "户口簿"}],
            },
        ],
    }
    assert (await api.post("community-a", "/api/v1/service-types", body)).status_code == 403
    created = await api.post("street", "/api/v1/service-types", body)
    assert created.status_code == 201, created.text
    assert [m["code"] for m in created.json()["materials"]] == ["application_form", "id_card"]
    assert (await api.post("street", "/api/v1/service-types", body)).status_code == 409
    dup = {**body, "code": "other_code", "materials": [body["materials"][0], body["materials"][0]]}
    assert (await api.post("street", "/api/v1/service-types", dup)).status_code == 422
    public = (await api.client.get("/api/v1/public/service-types")).json()
    assert "second_child_registration" in [g["code"] for g in public]
