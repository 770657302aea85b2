"""End-to-end walks: a special support (death) case and a unit-paid one-child award, each from
application through every review level and the public notice to a paid batch."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from app.models.benefits.enrolment import Enrolment
from app.models.benefits.payment import PaymentLine
from app.models.core.audit import AuditEvent
from app.models.core.resident import Resident
from app.security import mask_name
from tests.api.benefits.benefit_helpers import (
    ALL_MATERIALS,
    apply,
    program_ids,
    review,
    set_today,
    showcase_family,
)
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
ID_NUMBER = re.compile(r"\d{17}[\dX]")


async def test_special_support_death_from_application_to_paid_batch(api):
    programs = await program_ids(api)
    ids = await org_ids(api)
    family_id = await showcase_family(api, "special_support_death")
    set_today(api, date(2019, 6, 3))

    created = await apply(
        api,
        "community-a",
        programs["special_support_death"],
        family_id,
        ALL_MATERIALS["special_support_death"],
    )
    assert created["status"] == "draft"
    app_id = created["id"]
    submitted = await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "submitted"

    community = await review(api, "community-a", app_id, comment="材料齐全，情况属实")
    assert community.status_code == 200, community.text
    assert community.json()["status"] == "in_notice"
    assert community.json()["notice_ends_on"] == "2019-06-09"  # 7 days, the last one inclusive

    # the notice is public: no token, masked name, community and program, no ID numbers
    public = await api.client.get("/api/v1/public/notices")
    assert public.status_code == 200
    notice = next(n for n in public.json()["items"] if n["program_code"] == "special_support_death")
    assert notice["community_name"] == "民生路社区"
    assert notice["window_ends_on"] == "2019-06-09" and notice["open_for_objections"] is True
    async with api.session() as session:
        mother = (
            await session.execute(select(Resident.name).where(Resident.birth_date == date(1965, 3, 8)))
        ).scalar_one()
    entry = notice["entries"][0]
    # per person: both parents are paid, so both are listed, each masked
    assert entry["name"].split("、")[0] == mask_name(mother) and len(entry["name"].split("、")) == 2
    assert all("*" in n for n in entry["name"].split("、"))
    assert mother not in public.text
    assert not ID_NUMBER.search(public.text)

    # the street cannot pass the case while the window runs
    early = await review(api, "street-officer", app_id)
    assert early.status_code == 409
    assert early.json()["current_state"] == "in_notice"

    set_today(api, date(2019, 6, 10))
    # a community worker cannot take the street's step
    assert (await review(api, "community-a", app_id)).status_code == 403
    street = await review(api, "street-officer", app_id, comment="公示无异议")
    assert street.status_code == 200, street.text
    assert street.json()["status"] == "street_approved"

    district = await review(api, "district", app_id, comment="同意纳入")
    assert district.status_code == 200, district.text
    body = district.json()
    assert body["status"] == "enrolled"
    assert [(r["level"], r["decision"], r["reviewer_username"]) for r in body["reviews"]] == [
        ("community", "approve", "community-a"),
        ("street", "approve", "street-officer"),
        ("district", "approve", "district"),
    ]

    enrolments = (
        await api.get("community-a", "/api/v1/benefit-enrolments", params={"family_id": family_id})
    ).json()["items"]
    assert len(enrolments) == 2  # per person: mother and father
    assert {e["amount_fen"] for e in enrolments} == {45000}
    assert {e["starts_on"] for e in enrolments} == {"2019-06-01"}
    assert {e["payer_org_id"] for e in enrolments} == {ids["district"]}

    batch = await api.post(
        "street",
        "/api/v1/payment-batches",
        {"program_id": programs["special_support_death"], "period": "2019-06"},
    )
    assert batch.status_code == 201, batch.text
    batch_body = batch.json()
    assert batch_body["line_count"] == 2 and batch_body["total_fen"] == 90000
    assert batch_body["totals_by_community"] == [
        {"community_id": ids["community-a"], "beneficiaries": 2, "amount_fen": 90000}
    ]
    batch_id = batch_body["id"]

    again = await api.post(
        "street",
        "/api/v1/payment-batches",
        {"program_id": programs["special_support_death"], "period": "2019-06"},
    )
    assert again.status_code == 409

    assert (await api.post("street", f"/api/v1/payment-batches/{batch_id}/mark-paid")).status_code == 409
    approved = await api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")
    assert approved.json()["status"] == "street_approved"  # district-paid: the district approves too
    assert (await api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")).status_code == 403
    final = await api.post("district", f"/api/v1/payment-batches/{batch_id}/approve")
    assert final.json()["status"] == "approved"
    # the street is below the payer (the district): it may not record the district's payment
    by_street = await api.post("street", f"/api/v1/payment-batches/{batch_id}/mark-paid")
    assert by_street.status_code == 403
    assert (await api.get("street", f"/api/v1/payment-batches/{batch_id}")).json()["status"] == "approved"
    paid = await api.post("district", f"/api/v1/payment-batches/{batch_id}/mark-paid")
    assert paid.status_code == 200, paid.text
    assert paid.json()["status"] == "paid" and paid.json()["paid_by"] == "district"

    csv = await api.get("street", f"/api/v1/payment-batches/{batch_id}/export.csv")
    assert csv.status_code == 200
    assert csv.headers["content-type"].startswith("text/csv")
    lines = csv.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 3 and lines[1].endswith(",2019-06,45000,450.00")

    totals = (await api.get("street", "/api/v1/payment-batches/totals", params={"period": "2019-06"})).json()
    assert totals == [
        {
            "program_id": programs["special_support_death"],
            "period": "2019-06",
            "community_id": ids["community-a"],
            "beneficiaries": 2,
            "amount_fen": 90000,
        }
    ]

    async with api.session() as session:
        actions = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.actor_username, AuditEvent.scope_path)
                .where(AuditEvent.object_type.in_(["benefit_application", "payment_batch"]))
                .order_by(AuditEvent.id)
            )
        ).all()
        lines_in_db = (await session.execute(select(PaymentLine))).scalars().all()
    names = [a for a, _, _ in actions]
    assert names[:5] == [
        "benefit_application.created",
        "benefit_application.submitted",
        "benefit_application.reviewed",
        "benefit_application.reviewed",
        "benefit_application.reviewed",
    ]
    assert "payment_batch.generated" in names and "payment_batch.paid" in names
    assert "payment_batch.exported" in names
    assert all(path.startswith("/") for _, _, path in actions)
    assert len(lines_in_db) == 2


async def test_one_child_award_paid_by_the_unit(api):
    programs = await program_ids(api)
    ids = await org_ids(api)
    family_id = await showcase_family(api, "one_child_award_unit")
    set_today(api, date(2019, 6, 3))

    created = await apply(
        api, "unit", programs["one_child_award"], family_id, ALL_MATERIALS["one_child_award"]
    )
    assert created["payer_org_id"] == ids["unit"] and created["unit_id"] == ids["unit"]
    app_id = created["id"]
    assert (await api.post("unit", f"/api/v1/benefit-applications/{app_id}/submit")).status_code == 200
    assert (await review(api, "unit", app_id)).status_code == 403  # the liaison cannot review
    assert (await review(api, "community-a", app_id)).json()["status"] == "in_notice"
    set_today(api, date(2019, 6, 11))
    assert (await review(api, "street", app_id)).json()["status"] == "street_approved"
    enrolled = await review(api, "district", app_id)
    assert enrolled.json()["status"] == "enrolled", enrolled.text

    # the unit sees its employee's case; community-b sees nothing of it
    assert (await api.get("unit", f"/api/v1/benefit-applications/{app_id}")).status_code == 200
    assert (await api.get("community-b", f"/api/v1/benefit-applications/{app_id}")).status_code == 404

    async with api.session() as session:
        enrolment = (
            await session.execute(select(Enrolment).where(Enrolment.application_id == app_id))
        ).scalar_one()
    assert enrolment.amount_fen == 1000 and enrolment.payer_org_id == ids["unit"]
    assert enrolment.ends_on == date(2027, 3, 31)  # the day before the child (born 2009-04-01) turns 18

    batch = await api.post(
        "unit", "/api/v1/payment-batches", {"program_id": programs["one_child_award"], "period": "2019-06"}
    )
    assert batch.status_code == 201, batch.text
    assert batch.json()["payer_org_id"] == ids["unit"] and batch.json()["total_fen"] == 1000
    batch_id = batch.json()["id"]
    assert (await api.post("unit", f"/api/v1/payment-batches/{batch_id}/approve")).status_code == 403
    approved = await api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")
    assert approved.json()["status"] == "approved"  # not district-paid: the street's approval suffices
    paid = await api.post("unit", f"/api/v1/payment-batches/{batch_id}/mark-paid")
    assert paid.status_code == 200 and paid.json()["paid_by"] == "unit"
    # the unit lists only its own batches
    listed = (await api.get("unit", "/api/v1/payment-batches")).json()["items"]
    assert [b["id"] for b in listed] == [batch_id]
    assert (await api.get("community-b", f"/api/v1/payment-batches/{batch_id}")).status_code == 404
