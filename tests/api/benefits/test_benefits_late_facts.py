"""Money follows facts recorded late (issue 22): a death recorded three months after it happened is an
overpayment to recover (追回), listed with its months and amounts, refunded in two parts and closed;
a move-out recorded late is written off only with a reason and by the street; a standard raised in
May from March is paid as difference lines (补发差额) once; a retroactive decrease is refused. The
clock is set for every step (no sleeping, no real date); expected fen are computed by hand below."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from app import clock
from app.models.benefits.payment import PaymentLine
from app.models.benefits.recovery import Recovery, RecoverySettlement
from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from tests.api.benefits.benefit_helpers import (
    child,
    new_family,
    program_ids,
    showcase_family,
)
from tests.api.benefits.payment_helpers import approve_and_pay, enrol, generate, lines_of, on, pay
from tests.conftest import Api

pytestmark = pytest.mark.asyncio

DEATH, DISABILITY, AWARD = "special_support_death", "special_support_disability", "one_child_award"


@pytest.fixture(autouse=True)
def _real_clock_afterwards() -> Iterator[None]:
    yield
    clock.set_today(None)


async def enrolment_of(api: Api, family_id: int, beneficiary_id: int) -> dict:
    items = (await api.get("street", "/api/v1/benefit-enrolments", params={"family_id": family_id})).json()
    return next(e for e in items["items"] if e["beneficiary_id"] == beneficiary_id)


async def audit_actions(api: Api, object_type: str, object_id: int) -> list[tuple[str, dict]]:
    async with api.session() as session:
        rows = await session.execute(
            select(AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.object_type == object_type, AuditEvent.object_id == str(object_id))
            .order_by(AuditEvent.id)
        )
        return [(action, dict(detail)) for action, detail in rows.all()]


async def test_a_death_recorded_three_months_late_is_recovered_refunded_in_two_parts_and_reported(api):
    programs = await program_ids(api)
    family_id = await showcase_family(api, DEATH)
    async with api.session() as session:
        family = await session.get(Family, family_id)
        mother, father = family.wife_id, family.husband_id
    await enrol(api, programs, DEATH, family_id)
    for month in range(3, 10):
        await pay(api, programs[DEATH], f"2019-{month:02d}")
    # October's batch is generated, not yet approved, when the death is recorded
    on(api, date(2019, 10, 5))
    october = await generate(api, programs[DEATH], "2019-10")

    # the father died on 20 June; the community records it on 8 October, three months late
    on(api, date(2019, 10, 8))
    died = await api.post(
        "community-a",
        f"/api/v1/residents/{father}/status",
        {"status": "deceased", "effective_date": "2019-06-20"},
    )
    assert died.status_code == 200, died.text

    # by hand: June is still due (the month of the death); July, August, September were paid at
    # 45000 fen each and are owed back; October's line, not yet paid, is dropped with the reason
    expected_months = [("2019-07", 45000), ("2019-08", 45000), ("2019-09", 45000)]
    expected_total = 45000 + 45000 + 45000  # 135000
    october_lines = {line["beneficiary_id"]: line for line in await lines_of(api, october["id"])}
    assert october_lines[father]["status"] == "dropped"
    assert "deceased on 2019-06-20" in october_lines[father]["reason"]
    assert october_lines[mother]["status"] == "included"
    batch = (await api.get("street", f"/api/v1/payment-batches/{october['id']}")).json()
    assert (batch["line_count"], batch["total_fen"]) == (1, 45000)

    listed = await api.get("street", "/api/v1/benefit-recoveries", params={"status": "open"})
    assert listed.status_code == 200, listed.text
    mine = [r for r in listed.json()["items"] if r["beneficiary_id"] == father]
    assert len(mine) == 1
    recovery = mine[0]
    father_enrolment = await enrolment_of(api, family_id, father)
    assert recovery["enrolment_id"] == father_enrolment["id"]
    assert (recovery["status"], recovery["total_fen"], recovery["outstanding_fen"]) == (
        "open",
        expected_total,
        expected_total,
    )
    assert (recovery["event_date"], recovery["found_on"]) == ("2019-06-20", "2019-10-08")
    # scope: community A sees it, community B and the unit do not (404 on the detail)
    seen_a = (await api.get("community-a", "/api/v1/benefit-recoveries")).json()["items"]
    assert recovery["id"] in {r["id"] for r in seen_a}
    for other in ("community-b", "unit"):
        assert recovery["id"] not in {
            r["id"] for r in (await api.get(other, "/api/v1/benefit-recoveries")).json()["items"]
        }
        assert (await api.get(other, f"/api/v1/benefit-recoveries/{recovery['id']}")).status_code == 404
    filtered = await api.get(
        "street", "/api/v1/benefit-recoveries", params={"enrolment_id": father_enrolment["id"], "limit": 1}
    )
    assert [r["id"] for r in filtered.json()["items"]] == [recovery["id"]]

    detail = await api.get("street", f"/api/v1/benefit-recoveries/{recovery['id']}")
    assert detail.status_code == 200
    assert [(x["period"], x["amount_fen"]) for x in detail.json()["lines"]] == expected_months
    # the enrolment shows it
    shown = (await api.get("community-a", f"/api/v1/benefit-enrolments/{father_enrolment['id']}")).json()
    assert [(r["id"], r["outstanding_fen"]) for r in shown["recoveries"]] == [(recovery["id"], 135000)]

    # settling: the community cannot, the street is not the payer of a district program, the district is
    body = {"amount_fen": 50000, "refunded_on": "2019-10-20", "reference": "退款收据 2019-001"}
    path = f"/api/v1/benefit-recoveries/{recovery['id']}/refunds"
    on(api, date(2019, 10, 21))
    assert (await api.post("community-a", path, body)).status_code == 403
    assert (await api.post("street", path, body)).status_code == 403
    future = await api.post("district", path, {**body, "refunded_on": "2019-10-22"})
    assert future.status_code == 422
    first = await api.post("district", path, body)
    assert first.status_code == 200, first.text
    assert (first.json()["status"], first.json()["refunded_fen"], first.json()["outstanding_fen"]) == (
        "open",
        50000,
        85000,
    )
    too_much = await api.post("district", path, {**body, "amount_fen": 85001})
    assert too_much.status_code == 422 and "85000" in too_much.json()["detail"]
    on(api, date(2019, 11, 5))
    second = await api.post(
        "district", path, {"amount_fen": 85000, "refunded_on": "2019-11-04", "reference": "退款收据 2019-002"}
    )
    assert second.status_code == 200, second.text
    closed = second.json()
    assert (closed["status"], closed["outstanding_fen"], closed["closed_on"]) == ("refunded", 0, "2019-11-04")
    assert [(s["kind"], s["amount_fen"]) for s in closed["settlements"]] == [
        ("refund", 50000),
        ("refund", 85000),
    ]
    # the detail read shows what the step answered, with its ETag
    read = await api.get("community-a", f"/api/v1/benefit-recoveries/{recovery['id']}")
    assert read.json() == closed and read.headers["etag"] == f'"{closed["version"]}"'
    again = await api.post("district", path, {**body, "amount_fen": 1})
    assert again.status_code == 409
    write_off = await api.post(
        "district",
        f"/api/v1/benefit-recoveries/{recovery['id']}/write-off",
        {"reason": "已全额退回，无需核销"},
    )
    assert write_off.status_code == 409

    async with api.session() as session:
        stored = await session.get(Recovery, recovery["id"])
        refunded = await session.scalar(
            select(func.sum(RecoverySettlement.amount_fen)).where(RecoverySettlement.recovery_id == stored.id)
        )
        paid_to_father = (
            await session.execute(
                select(PaymentLine.period, PaymentLine.amount_fen)
                .where(PaymentLine.beneficiary_id == father, PaymentLine.status == "paid")
                .order_by(PaymentLine.period)
            )
        ).all()
    assert (stored.status.value, stored.total_fen, refunded) == ("refunded", 135000, 135000)
    # paid March to September (7 × 45000); recovered July to September: kept = March to June
    assert [p for p, _ in paid_to_father] == [f"2019-{m:02d}" for m in range(3, 10)]
    assert sum(a for _, a in paid_to_father) - refunded == 4 * 45000
    actions = await audit_actions(api, "benefit_recovery", recovery["id"])
    assert [a for a, _ in actions] == [
        "benefit_recovery.found",
        "benefit_recovery.refunded",
        "benefit_recovery.refunded",
    ]
    assert actions[0][1]["total_fen"] == 135000
    assert actions[2][1]["reference"] == "退款收据 2019-002" and actions[2][1]["status"] == "refunded"

    # the annual report counts it (the street's year 2019, judged on 5 November)
    report = await api.get("street", "/api/v1/reports/annual", params={"year": 2019})
    assert report.status_code == 200, report.text
    figures = {f["code"]: f for s in report.json()["sections"] for f in s["figures"]}
    assert figures["benefits.overpayments_found_fen"]["value"] == 135000
    assert figures["benefits.overpayments_recovered_fen"]["value"] == 135000
    assert figures["benefits.overpayments_outstanding_fen"]["value"] == 0


async def test_a_write_off_needs_a_reason_and_the_street(api):
    programs = await program_ids(api)
    on(api, date(2019, 3, 1))
    family_id = await new_family(
        api, mother_birth=date(1984, 4, 4), certificate=True, children=[child("2010-02-02")]
    )
    async with api.session() as session:
        mother = (await session.get(Family, family_id)).wife_id
    await enrol(api, programs, AWARD, family_id)
    for month in (3, 4, 5):
        batch = await pay(api, programs[AWARD], f"2019-{month:02d}")
        assert batch["status"] == "paid"
    # moved out on 31 March, recorded on 28 May: April and May (1000 fen each) were not due
    on(api, date(2019, 5, 28))
    moved = await api.post(
        "community-a",
        f"/api/v1/residents/{mother}/status",
        {"status": "moved_out", "effective_date": "2019-03-31"},
    )
    assert moved.status_code == 200, moved.text
    items = (await api.get("street", "/api/v1/benefit-recoveries", params={"beneficiary_id": mother})).json()
    (recovery,) = items["items"]
    assert (recovery["total_fen"], recovery["status"]) == (1000 + 1000, "open")
    path = f"/api/v1/benefit-recoveries/{recovery['id']}/write-off"
    reason = {"reason": "本人已迁往外省，经街道研究决定核销"}
    assert (await api.post("community-a", path, reason)).status_code == 403
    assert (await api.post("street", path, {"reason": ""})).status_code == 422
    assert (await api.post("street", path, {})).status_code == 422
    stale = await api.post("street", path, reason, headers={"If-Match": '"99"'})
    assert stale.status_code == 412
    done = await api.post("street", path, reason)
    assert done.status_code == 200, done.text
    body = done.json()
    assert (body["status"], body["written_off_fen"], body["outstanding_fen"]) == ("written_off", 2000, 0)
    assert body["settlements"][0]["reason"] == reason["reason"]
    assert body["closed_on"] == "2019-05-28"
    actions = await audit_actions(api, "benefit_recovery", recovery["id"])
    assert [a for a, _ in actions] == ["benefit_recovery.found", "benefit_recovery.written_off"]
    assert actions[1][1] == {"amount_fen": 2000, "reason": reason["reason"], "decided_on": "2019-05-28"}
    labels = (await api.get("street", "/api/v1/meta/enums")).json()
    assert labels["benefit_recovery_status"]["written_off"] == {"zh-CN": "已核销", "en": "Written off"}
    assert labels["payment_line_kind"]["difference"]["zh-CN"] == "补发差额"
    assert labels["benefit_recovery_settlement_kind"]["write_off"]["zh-CN"] == "核销"


async def test_a_standard_raised_from_an_earlier_month_is_paid_as_differences_once(api):
    programs = await program_ids(api)
    family_id = await showcase_family(api, "special_support_disability")
    async with api.session() as session:
        family = await session.get(Family, family_id)
        people = [family.wife_id, family.husband_id]
    await enrol(api, programs, DISABILITY, family_id)
    march = await pay(api, programs[DISABILITY], "2019-03")
    await pay(api, programs[DISABILITY], "2019-04")

    # entered on 10 May, in force from March: 40000 instead of 35000
    on(api, date(2019, 5, 10))
    standards = f"/api/v1/benefit-programs/{programs[DISABILITY]}/standards"
    raised = await api.post(
        "district",
        standards,
        {"effective_from": "2019-03", "amount_fen": 40000, "basis_document": "区文2019-5"},
    )
    assert raised.status_code == 201, raised.text
    enrolment = await enrolment_of(api, family_id, people[0])
    shown = (await api.get("street", f"/api/v1/benefit-enrolments/{enrolment['id']}")).json()
    assert shown["amount_in_force_fen"] == 40000
    on(api, date(2019, 5, 25))
    may = await generate(api, programs[DISABILITY], "2019-05")
    lines = [x for x in await lines_of(api, may["id"]) if x["beneficiary_id"] in people]
    # by hand, per parent: May 40000 (regular), March and April 40000 − 35000 = 5000 each (difference)
    expected = sorted(
        (person, period, kind, amount)
        for person in people
        for period, kind, amount in (
            ("2019-03", "difference", 5000),
            ("2019-04", "difference", 5000),
            ("2019-05", "regular", 40000),
        )
    )
    assert sorted((x["beneficiary_id"], x["period"], x["kind"], x["amount_fen"]) for x in lines) == expected
    assert all(x["standard_id"] is not None for x in lines if x["kind"] == "difference")
    await approve_and_pay(api, may["id"])

    # lowering it from April, now paid 35000 + 5000 = 40000, to 38000 is refused, not clawed back
    on(api, date(2019, 5, 28))
    lowered = await api.post("district", standards, {"effective_from": "2019-04", "amount_fen": 38000})
    assert lowered.status_code == 422
    assert lowered.json()["type"].endswith("/retroactive-decrease"), lowered.text
    assert lowered.json()["first_paid_period"] == "2019-04"

    # the bank returns the mother's regular March line (35000): paid again, only the rest of the
    # standard (40000 − the 5000 difference already paid = 35000), never the difference twice
    returned = next(x for x in await lines_of(api, march["id"]) if x["beneficiary_id"] == people[0])
    answered = await api.post(
        "district",
        f"/api/v1/payment-batches/{march['id']}/bank-answers",
        {"lines": [{"line_id": returned["id"], "result": "returned", "reason": "账户冻结"}]},
    )
    assert answered.status_code == 200, answered.text

    june = await pay(api, programs[DISABILITY], "2019-06")
    june_lines = [x for x in await lines_of(api, june["id"]) if x["beneficiary_id"] in people]
    assert sorted(
        (x["beneficiary_id"], x["period"], x["kind"], x["amount_fen"]) for x in june_lines
    ) == sorted(
        [
            *((person, "2019-06", "regular", 40000) for person in people),
            (people[0], "2019-03", "regular", 35000),
        ]
    )
    # the same month again: nothing more to pay
    again = await api.post(
        "street", "/api/v1/payment-batches", {"program_id": programs[DISABILITY], "period": "2019-06"}
    )
    assert again.status_code == 409

    # paid per person and month, all lines together: 40000 every month from March to June
    async with api.session() as session:
        rows = (
            await session.execute(
                select(PaymentLine.beneficiary_id, PaymentLine.period, func.sum(PaymentLine.amount_fen))
                .where(PaymentLine.status == "paid", PaymentLine.beneficiary_id.in_(people))
                .group_by(PaymentLine.beneficiary_id, PaymentLine.period)
            )
        ).all()
    assert {(b, p): int(a) for b, p, a in rows} == {
        (person, f"2019-{m:02d}"): 40000 for person in people for m in (3, 4, 5, 6)
    }
    # a lower standard from a month nobody was paid for yet is accepted
    on(api, date(2019, 7, 1))
    later = await api.post("district", standards, {"effective_from": "2019-08", "amount_fen": 36000})
    assert later.status_code == 201, later.text
    audit = await audit_actions(api, "payment_batch", may["id"])
    generated = next(d for a, d in audit if a == "payment_batch.generated")
    assert sorted(
        (x["period"], x["amount_fen"]) for x in generated["difference_lines"] if x["beneficiary_id"] in people
    ) == [
        ("2019-03", 5000),
        ("2019-03", 5000),
        ("2019-04", 5000),
        ("2019-04", 5000),
    ]
