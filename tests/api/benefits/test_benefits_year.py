"""A year walked with the clock controlled (no sleeping, no real date): enrolment in March, a death in
June, a second child in August, a standard raised from October, one line returned by the bank, a
re-verification in November, batches every month. The paid totals per person and month must equal
the table computed by hand below, and no one is paid twice or after their event."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models.benefits.payment import PaymentLine
from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from tests.api.benefits.benefit_helpers import (
    ALL_MATERIALS,
    apply,
    child,
    new_family,
    program_ids,
    review,
    set_today,
    showcase_family,
)

pytestmark = pytest.mark.asyncio

DEATH, AWARD = "special_support_death", "one_child_award"


async def enrol(api, programs, program: str, family_id: int) -> None:
    """The whole path in March: apply, submit, community, 7-day notice, street, district."""
    set_today(api, date(2019, 3, 5))
    app_id = (await apply(api, "community-a", programs[program], family_id, ALL_MATERIALS[program]))["id"]
    assert (await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")).status_code == 200
    assert (await review(api, "community-a", app_id)).status_code == 200
    set_today(api, date(2019, 3, 12))
    assert (await review(api, "street-officer", app_id)).status_code == 200
    done = await review(api, "district", app_id)
    assert done.json()["status"] == "enrolled", done.text


async def pay_month(api, programs, period: str, *, nothing_due: tuple[str, ...] = ()) -> dict[str, dict]:
    """Generate, approve and mark paid this month's batch of each program (the 25th)."""
    out = {}
    for code in (DEATH, AWARD):
        made = await api.post(
            "street", "/api/v1/payment-batches", {"program_id": programs[code], "period": period}
        )
        if code in nothing_due:
            # said as it is: nothing is due, not "already in a batch"
            assert made.status_code == 409 and "Nothing is due" in made.json()["detail"], made.text
            continue
        assert made.status_code == 201, (period, code, made.text)
        batch_id = made.json()["id"]
        approved = await api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")
        assert approved.status_code == 200, approved.text
        payer = "street"
        if approved.json()["status"] == "street_approved":
            payer = "district"
            assert (
                await api.post("district", f"/api/v1/payment-batches/{batch_id}/approve")
            ).status_code == 200
        paid = await api.post(payer, f"/api/v1/payment-batches/{batch_id}/mark-paid")
        assert paid.status_code == 200, paid.text
        out[code] = paid.json()
    return out


async def test_a_year_of_payments_equals_the_hand_computed_table(api):
    programs = await program_ids(api)
    death_family = await showcase_family(api, DEATH)
    set_today(api, date(2019, 3, 1))
    award_family = await new_family(
        api, mother_birth=date(1984, 4, 4), certificate=True, children=[child("2010-02-02")]
    )
    async with api.session() as session:
        death = await session.get(Family, death_family)
        award = await session.get(Family, award_family)
        mother, father, award_mother = death.wife_id, death.husband_id, award.wife_id

    await enrol(api, programs, DEATH, death_family)
    await enrol(api, programs, AWARD, award_family)

    # a batch for a month that has not come is refused
    set_today(api, date(2019, 3, 25))
    early = await api.post(
        "street", "/api/v1/payment-batches", {"program_id": programs[DEATH], "period": "2019-04"}
    )
    assert early.status_code == 422

    returned_line = None
    for month in range(3, 13):
        period = f"2019-{month:02d}"
        if month == 6:
            # the father dies on 20 June: June is still due, nothing after
            set_today(api, date(2019, 6, 21))
            died = await api.post(
                "community-a",
                f"/api/v1/residents/{father}/status",
                {"status": "deceased", "effective_date": "2019-06-20"},
            )
            assert died.status_code == 200, died.text
        if month == 8:
            # a second child on 10 August: the award stops from September, the certificate is void
            set_today(api, date(2019, 8, 12))
            born = await api.post(
                "community-a",
                f"/api/v1/families/{award_family}/children",
                {"name": "二孩", "sex": "female", "birth_date": "2019-08-10"},
            )
            assert born.status_code == 201, born.text
            family = (await api.get("community-a", f"/api/v1/families/{award_family}")).json()
            assert family["honour_certificate_void_on"] == "2019-08-10"
        if month == 9:
            # the district raises the death standard from October; the national floor holds
            set_today(api, date(2019, 9, 2))
            below = await api.post(
                "district",
                f"/api/v1/benefit-programs/{programs[DEATH]}/standards",
                {"effective_from": "2019-10", "amount_fen": 40000},
            )
            assert below.status_code == 422 and "floor" in below.json()["detail"]
            raised = await api.post(
                "district",
                f"/api/v1/benefit-programs/{programs[DEATH]}/standards",
                {"effective_from": "2019-10", "amount_fen": 80000, "basis_document": "区卫健委2019年第9号"},
            )
            assert raised.status_code == 201, raised.text
        if month == 11:
            # the yearly re-verification: only what is still active is checked, and it is confirmed
            set_today(api, date(2019, 11, 4))
            opened = await api.post(
                "street", "/api/v1/reverifications", {"year": 2019, "deadline": "2019-11-30"}
            )
            assert opened.status_code == 201, opened.text
            round_id = opened.json()["id"]
            checks = (await api.get("community-a", f"/api/v1/reverifications/{round_id}/checks")).json()[
                "items"
            ]
            for check in checks:
                confirmed = await api.post(
                    "community-a",
                    f"/api/v1/reverifications/{round_id}/checks/{check['id']}",
                    {"outcome": "confirm"},
                )
                assert confirmed.status_code == 200, confirmed.text
        set_today(api, date(2019, month, 25))
        batches = await pay_month(api, programs, period, nothing_due=(AWARD,) if month > 8 else ())
        if month == 7:
            # the bank returns the mother's July line (account closed); it is due again in August
            lines = (
                await api.get("district", f"/api/v1/payment-batches/{batches[DEATH]['id']}/lines")
            ).json()
            returned_line = next(line for line in lines["items"] if line["beneficiary_id"] == mother)
            answered = await api.post(
                "district",
                f"/api/v1/payment-batches/{batches[DEATH]['id']}/bank-answers",
                {"lines": [{"line_id": returned_line["id"], "result": "returned", "reason": "账户已销户"}]},
            )
            assert answered.status_code == 200, answered.text
            assert answered.json()["total_fen"] == 0  # the father died in June: nothing else paid

    # the hand-computed table: fen paid per person and month
    expected: dict[tuple[int, str], int] = {}
    for m in range(3, 13):
        expected[(mother, f"2019-{m:02d}")] = 45000 if m < 10 else 80000
    for m in range(3, 7):
        expected[(father, f"2019-{m:02d}")] = 45000
    for m in range(3, 9):
        expected[(award_mother, f"2019-{m:02d}")] = 1000
    async with api.session() as session:
        rows = (
            await session.execute(
                select(
                    PaymentLine.beneficiary_id,
                    PaymentLine.period,
                    func.sum(PaymentLine.amount_fen),
                    func.count(),
                )
                .where(
                    PaymentLine.status == "paid",
                    PaymentLine.beneficiary_id.in_([mother, father, award_mother]),
                )
                .group_by(PaymentLine.beneficiary_id, PaymentLine.period)
            )
        ).all()
        returned = (
            (await session.execute(select(PaymentLine).where(PaymentLine.status == "returned")))
            .scalars()
            .all()
        )
        repaid_in = (
            await session.execute(
                select(PaymentLine.batch_id).where(
                    PaymentLine.beneficiary_id == mother,
                    PaymentLine.period == "2019-07",
                    PaymentLine.status == "paid",
                )
            )
        ).scalar_one()
        events = (
            (
                await session.execute(
                    select(AuditEvent.action).where(AuditEvent.action == "benefit_enrolment.stopped_by_event")
                )
            )
            .scalars()
            .all()
        )
    paid = {(b, p): total for b, p, total, _ in rows}
    assert paid == expected
    assert all(count == 1 for *_, count in rows)  # nobody paid twice for a month
    assert sum(paid.values()) == 7 * 45000 + 3 * 80000 + 4 * 45000 + 6 * 1000
    assert [(r.beneficiary_id, r.period, r.reason) for r in returned] == [(mother, "2019-07", "账户已销户")]
    assert repaid_in != returned_line["batch_id"]  # paid again in the August batch
    assert len(events) == 2  # the father's death, the award's second child

    # the stopped cases wait for the community, and the award is not paid after August
    flagged = (
        await api.get("community-a", "/api/v1/benefit-enrolments", params={"needs_review": "true"})
    ).json()
    assert {e["beneficiary_id"] for e in flagged["items"]} == {father, award_mother}
    assert all(e["status"] == "suspended" for e in flagged["items"])
