"""Payment integrity: one payment per beneficiary, program and period whatever enrolment it comes
through; approval and marking paid re-check every line; re-verification uses what the system knows;
a suspended enrolment resumes with back pay; bank accounts are masked and their reveals audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.benefits.payment import PaymentLine
from app.models.core.audit import AuditEvent
from tests.api.benefits.benefit_helpers import child, new_family, program_ids, seed_enrolments, set_today
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
DEATH = "special_support_death"


async def put(api, username: str, path: str, body: dict):
    return await api.client.put(path, json=body, headers=await api.headers(username))


async def generate(api, program_id: int, period: str):
    return await api.post("street", "/api/v1/payment-batches", {"program_id": program_id, "period": period})


async def test_a_re_enrolled_beneficiary_is_not_paid_twice_for_a_month(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    set_today(api, date(2019, 6, 20))
    async with api.session() as session:
        (first_id,) = await seed_enrolments(session, DEATH, ids, {"community-a": 1})
    assert (await generate(api, programs[DEATH], "2019-05")).status_code == 201
    # ended, re-applied, re-approved: a second enrolment for the same person and program
    async with api.session() as session:
        first = await session.get(Enrolment, first_id)
        first.status = EnrolmentStatus.ended
        first.ends_on = date(2019, 5, 31)
        await session.flush()
        twin = {
            c.key: getattr(first, c.key)
            for c in Enrolment.__table__.columns
            if c.key not in ("id", "version")
        }
        second = Enrolment(**{**twin, "status": EnrolmentStatus.active, "ends_on": None})
        session.add(second)
        await session.commit()
        second_id = second.id
    again = await generate(api, programs[DEATH], "2019-05")
    assert again.status_code == 409 and "already in a batch" in again.json()["detail"]
    # the database refuses it too, whatever enrolment the line comes through
    async with api.session() as session:
        line = (
            await session.execute(select(PaymentLine).where(PaymentLine.enrolment_id == first_id))
        ).scalar_one()
        session.add(
            PaymentLine(
                batch_id=line.batch_id,
                enrolment_id=second_id,
                program_id=line.program_id,
                period="2019-05",
                beneficiary_id=line.beneficiary_id,
                community_id=line.community_id,
                amount_fen=line.amount_fen,
            )
        )
        with pytest.raises(IntegrityError):
            await session.flush()
        await session.rollback()
    june = await generate(api, programs[DEATH], "2019-06")
    assert june.status_code == 201 and june.json()["line_count"] == 1
    ended = await api.post("street", f"/api/v1/benefit-enrolments/{second_id}/end", {"reason": "迁出本市"})
    assert ended.status_code == 200


async def test_approval_and_payment_drop_lines_no_longer_due(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    set_today(api, date(2019, 7, 25))
    async with api.session() as session:
        enrolled = await seed_enrolments(session, DEATH, ids, {"community-b": 3})
        people = {
            e.id: e.beneficiary_id
            for e in (await session.execute(select(Enrolment).where(Enrolment.id.in_(enrolled)))).scalars()
        }
    made = await generate(api, programs[DEATH], "2019-07")
    assert made.status_code == 201 and made.json()["line_count"] == 3
    batch_id = made.json()["id"]
    # between generation and approval: one beneficiary died in June, another family is flagged
    died = await api.post(
        "community-b",
        f"/api/v1/residents/{people[enrolled[0]]}/status",
        {"status": "deceased", "effective_date": "2019-06-30"},
    )
    assert died.status_code == 200, died.text
    async with api.session() as session:
        flagged = await session.get(Enrolment, enrolled[1])
        flagged.needs_review = True
        flagged.review_reason = "举报：已再生育"
        await session.commit()
    approved = await api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")
    assert approved.status_code == 200
    assert approved.json()["line_count"] == 1 and approved.json()["total_fen"] == 45000
    lines = (await api.get("street", f"/api/v1/payment-batches/{batch_id}/lines")).json()["items"]
    reasons = {line["enrolment_id"]: (line["status"], line["reason"]) for line in lines}
    assert reasons[enrolled[0]][0] == "dropped" and "deceased on 2019-06-30" in reasons[enrolled[0]][1]
    assert reasons[enrolled[1]][0] == "dropped" and "flagged for review" in reasons[enrolled[1]][1]
    assert reasons[enrolled[2]] == ("included", None)
    # the last one moves out before the district approves and the batch is paid: dropped too
    moved = await api.post(
        "community-b",
        f"/api/v1/residents/{people[enrolled[2]]}/status",
        {"status": "moved_out", "effective_date": "2019-06-15"},
    )
    assert moved.status_code == 200
    await api.post("district", f"/api/v1/payment-batches/{batch_id}/approve")
    paid = await api.post("district", f"/api/v1/payment-batches/{batch_id}/mark-paid")
    assert paid.status_code == 200 and paid.json()["total_fen"] == 0
    async with api.session() as session:
        paid_lines = (
            (
                await session.execute(
                    select(PaymentLine).where(PaymentLine.batch_id == batch_id, PaymentLine.status == "paid")
                )
            )
            .scalars()
            .all()
        )
    assert paid_lines == []


async def test_re_verification_cannot_confirm_what_the_records_contradict(api):
    ids = await org_ids(api)
    set_today(api, date(2019, 11, 4))
    async with api.session() as session:
        enrolled = await seed_enrolments(session, "special_support_disability", ids, {"community-a": 2})
        beneficiary = (await session.get(Enrolment, enrolled[0])).beneficiary_id
    opened = await api.post("street", "/api/v1/reverifications", {"year": 2019, "deadline": "2019-11-30"})
    round_id = opened.json()["id"]
    checks = {
        c["enrolment_id"]: c["id"]
        for c in (await api.get("community-a", f"/api/v1/reverifications/{round_id}/checks")).json()["items"]
    }
    await api.post(
        "community-a",
        f"/api/v1/residents/{beneficiary}/status",
        {"status": "deceased", "effective_date": "2019-10-01"},
    )
    refused = await api.post(
        "community-a",
        f"/api/v1/reverifications/{round_id}/checks/{checks[enrolled[0]]}",
        {"outcome": "confirm"},
    )
    assert refused.status_code == 422
    assert any("deceased on 2019-10-01" in r for r in refused.json()["reasons"])
    ok = await api.post(
        "community-a",
        f"/api/v1/reverifications/{round_id}/checks/{checks[enrolled[1]]}",
        {"outcome": "confirm"},
    )
    assert ok.status_code == 200


async def test_a_suspended_enrolment_resumes_with_back_pay_in_the_next_batch(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    DEATH = "special_support_disability"  # noqa: N806 - another program than the other tests use
    set_today(api, date(2019, 3, 1))
    await new_family(
        api, mother_birth=date(1960, 1, 1), community="community-b", user="community-b", children=[]
    )
    async with api.session() as session:
        (enrolment_id,) = await seed_enrolments(
            session, DEATH, ids, {"community-b": 1}, starts_on=date(2019, 3, 1)
        )
    set_today(api, date(2019, 3, 25))
    assert (await generate(api, programs[DEATH], "2019-03")).status_code == 201
    set_today(api, date(2019, 4, 2))
    suspended = await api.post(
        "street", f"/api/v1/benefit-enrolments/{enrolment_id}/suspend", {"reason": "核查户籍"}
    )
    assert suspended.status_code == 200 and suspended.json()["stopped_on"] == "2019-04-02"
    # clearing a review flag is a decision on record; an unflagged enrolment has none to clear
    assert (
        await api.post(
            "community-b", f"/api/v1/benefit-enrolments/{enrolment_id}/clear-review", {"reason": "x"}
        )
    ).status_code == 422
    set_today(api, date(2019, 7, 3))
    resumed = await api.post(
        "street",
        f"/api/v1/benefit-enrolments/{enrolment_id}/resume",
        {"reason": "户籍核实无误", "back_pay": True},
    )
    assert resumed.status_code == 200, resumed.text
    assert resumed.json()["status"] == "active" and resumed.json()["arrears_from"] == "2019-04-01"
    assert (
        await api.post("street", f"/api/v1/benefit-enrolments/{enrolment_id}/resume", {"reason": "x"})
    ).status_code == 409
    set_today(api, date(2019, 7, 25))
    july = await generate(api, programs[DEATH], "2019-07")
    assert july.status_code == 201
    lines = (await api.get("street", f"/api/v1/payment-batches/{july.json()['id']}/lines")).json()["items"]
    # April was due (the month of the suspension); May and June are back pay; July is this month
    assert sorted(line["period"] for line in lines if line["enrolment_id"] == enrolment_id) == [
        "2019-04",
        "2019-05",
        "2019-06",
        "2019-07",
    ]
    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(
                        AuditEvent.object_type == "benefit_enrolment",
                        AuditEvent.object_id == str(enrolment_id),
                    )
                )
            )
            .scalars()
            .all()
        )
    assert actions == ["benefit_enrolment.suspended", "benefit_enrolment.resumed"]


async def test_bank_accounts_are_masked_revealed_on_audit_and_go_to_the_bank_file(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    set_today(api, date(2019, 2, 25))
    async with api.session() as session:
        (enrolment_id,) = await seed_enrolments(session, "special_support_death", ids, {"community-b": 1})
        person = (await session.get(Enrolment, enrolment_id)).beneficiary_id
    path = f"/api/v1/benefit-beneficiaries/{person}/bank-account"
    bad = await put(api, "community-b", path, {"bank_name": "重庆农村商业银行", "account_number": "12ab"})
    assert bad.status_code == 422
    assert (
        await put(
            api, "community-a", path, {"bank_name": "重庆农村商业银行", "account_number": "6222020200112233"}
        )
    ).status_code == 404
    saved = await put(
        api, "community-b", path, {"bank_name": "重庆农村商业银行", "account_number": "6222020200112233"}
    )
    assert saved.status_code == 200 and saved.json()["account_number"] == "6222********2233"
    assert (await api.get("street", path)).json()["account_number"] == "6222********2233"
    revealed = await api.get("street", path, params={"reveal": "true"})
    assert revealed.json()["account_number"] == "6222020200112233"
    made = await generate(api, programs["special_support_death"], "2019-02")
    assert made.status_code == 201
    csv_text = (await api.get("street", f"/api/v1/payment-batches/{made.json()['id']}/export.csv")).text
    assert "6222020200112233" in csv_text and "重庆农村商业银行" in csv_text
    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.action.like("bank_account.%"))
                    .order_by(AuditEvent.id)
                )
            )
            .scalars()
            .all()
        )
        stored = (await session.execute(select(PaymentLine).limit(0))).all()
    assert actions == ["bank_account.set", "bank_account.revealed"] and stored == []


async def test_existing_rolls_are_imported_once_without_a_fresh_review(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    award = programs["one_child_award"]
    set_today(api, date(2019, 9, 3))
    async with api.session() as session:
        (already,) = await seed_enrolments(session, "one_child_award", ids, {"community-a": 1})
    # the import checks eligibility as an application does: an award family has its one child
    fresh = await new_family(
        api, mother_birth=date(1985, 5, 5), certificate=True, children=[child("2012-03-03")]
    )
    async with api.session() as session:
        enrolled = await session.get(Enrolment, already)
        from app.models.core.family import Family

        mother = (await session.get(Family, fresh)).wife_id
        row_taken = {"family_id": enrolled.family_id, "beneficiary_id": enrolled.beneficiary_id}
    row_new = {"family_id": fresh, "beneficiary_id": mother}
    common = {
        "approval_document_no": "渝独奖〔2016〕12号",
        "approved_on": "2016-04-01",
        "starts_on": "2016-04-01",
    }
    body = {
        "program_id": award,
        "rows": [{**row_new, **common, "paid_through": "2019-08"}, {**row_taken, **common}],
    }
    assert (await api.post("community-a", "/api/v1/benefit-enrolments/import", body)).status_code == 403
    bad = {"program_id": award, "rows": [{**row_new, **common}, {**row_new, **common, "beneficiary_id": 1}]}
    refused = await api.post("street", "/api/v1/benefit-enrolments/import", bad)
    assert refused.status_code == 422 and refused.json()["errors"][0]["loc"] == ["body", "rows", 1]
    imported = await api.post("street", "/api/v1/benefit-enrolments/import", body)
    assert imported.status_code == 201, imported.text
    created = imported.json()["created"]
    assert [
        (e["beneficiary_id"], e["source"], e["due_from"], e["approval_document_no"]) for e in created
    ] == [(mother, "imported", "2019-09-01", "渝独奖〔2016〕12号")]
    assert imported.json()["skipped"] == [
        {"row": 1, "beneficiary_id": row_taken["beneficiary_id"], "reason": "already enrolled in the program"}
    ]
    again = await api.post("street", "/api/v1/benefit-enrolments/import", body)
    assert again.json()["created"] == [] and len(again.json()["skipped"]) == 2
    # the previous system paid through August: September is the first month this one pays
    august = await generate(api, award, "2019-08")
    if august.status_code == 201:
        lines = (await api.get("street", f"/api/v1/payment-batches/{august.json()['id']}/lines")).json()[
            "items"
        ]
        assert mother not in {line["beneficiary_id"] for line in lines}
    september = await generate(api, award, "2019-09")
    lines = (await api.get("street", f"/api/v1/payment-batches/{september.json()['id']}/lines")).json()[
        "items"
    ]
    assert mother in {line["beneficiary_id"] for line in lines}
    async with api.session() as session:
        audited = (
            (
                await session.execute(
                    select(AuditEvent).where(AuditEvent.action == "benefit_enrolment.imported")
                )
            )
            .scalars()
            .all()
        )
    assert [e.object_id for e in audited] == [str(created[0]["id"])]


async def test_the_benefit_workflows_are_tables_listed_for_clients(api):
    listed = (await api.client.get("/api/v1/meta/workflows")).json()
    body = listed.get("workflows", listed) if isinstance(listed, dict) else listed
    for name, steps in (
        (
            "benefit_application",
            {"submit", "community_review", "street_review", "district_review", "withdraw"},
        ),
        ("benefit_enrolment", {"suspend", "life_event", "resume", "clear_review", "end"}),
        ("payment_batch", {"street_approve", "district_approve", "mark_paid", "record_bank_answers"}),
    ):
        assert steps <= {s["step"] for s in body[name]["steps"]}, name
    resume = next(s for s in body["benefit_enrolment"]["steps"] if s["step"] == "resume")
    assert (
        resume["from"] == ["suspended"]
        and resume["to"] == "active"
        and resume["label"]["zh-CN"] == "恢复发放"
    )


async def test_resuming_without_back_pay_keeps_the_missed_months_unpaid(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    street = programs["street_special_assistance"]
    set_today(api, date(2019, 3, 1))
    await new_family(
        api, mother_birth=date(1970, 1, 1), community="community-b", user="community-b", children=[]
    )
    async with api.session() as session:
        (enrolment_id,) = await seed_enrolments(
            session, "street_special_assistance", ids, {"community-b": 1}, starts_on=date(2019, 3, 1)
        )
    set_today(api, date(2019, 4, 2))
    await api.post("street", f"/api/v1/benefit-enrolments/{enrolment_id}/suspend", {"reason": "核查困难情况"})
    set_today(api, date(2019, 7, 3))
    resumed = await api.post(
        "street",
        f"/api/v1/benefit-enrolments/{enrolment_id}/resume",
        {"reason": "情况好转后又困难", "back_pay": False},
    )
    assert resumed.json()["unpaid_ranges"] == [["2019-05-01", "2019-06-30"]]
    set_today(api, date(2019, 7, 25))
    for period, paid in (("2019-04", True), ("2019-05", False), ("2019-06", False), ("2019-07", True)):
        made = await api.post(  # the seeded enrolments name the district as payer
            "street",
            "/api/v1/payment-batches",
            {"program_id": street, "period": period, "payer_org_id": ids["district"]},
        )
        if not paid:
            assert made.status_code == 409, (period, made.text)
            continue
        assert made.status_code == 201, (period, made.text)
        lines = (await api.get("street", f"/api/v1/payment-batches/{made.json()['id']}/lines")).json()[
            "items"
        ]
        assert enrolment_id in {line["enrolment_id"] for line in lines}, period
