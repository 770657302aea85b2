"""Concurrent generation, approval and payment for one period pay each beneficiary once.

The requests run at the same time in-process (the ASGI app over one connection pool), so on
PostgreSQL they are concurrent transactions: the partial UNIQUE index on payment lines makes the
losers of a generation race fail (409), and the batch row's version makes a second approval or
payment of the same batch lose (409/412) instead of paying again."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from app.models.benefits.payment import PaymentLine
from tests.api.benefits.benefit_helpers import program_ids, seed_enrolments, set_today
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


async def test_concurrent_generation_approval_and_payment_pay_each_beneficiary_once(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    program_id = programs["special_support_death"]
    set_today(api, date(2019, 9, 25))
    async with api.session() as session:
        enrolled = await seed_enrolments(
            session, "special_support_death", ids, {"community-a": 12, "community-b": 8}
        )
    for period in ("2019-07", "2019-08", "2019-09"):
        body = {"program_id": program_id, "period": period}
        made = await asyncio.gather(*[api.post("street", "/api/v1/payment-batches", body) for _ in range(4)])
        assert sorted(r.status_code for r in made) == [201, 409, 409, 409], [r.text for r in made]
        batch_id = next(r.json()["id"] for r in made if r.status_code == 201)
        # approval races further generations and a second approval
        racing = await asyncio.gather(
            api.post("street", f"/api/v1/payment-batches/{batch_id}/approve"),
            api.post("street", f"/api/v1/payment-batches/{batch_id}/approve"),
            api.post("street", "/api/v1/payment-batches", body),
            api.post("street", "/api/v1/payment-batches", body),
        )
        approvals, generations = racing[:2], racing[2:]
        assert sorted(r.status_code for r in approvals)[0] == 200
        assert all(r.status_code in (409, 412) for r in sorted(approvals, key=lambda r: r.status_code)[1:])
        assert all(r.status_code == 409 for r in generations)
        assert (await api.post("district", f"/api/v1/payment-batches/{batch_id}/approve")).status_code == 200
        paid = await asyncio.gather(
            *[api.post("district", f"/api/v1/payment-batches/{batch_id}/mark-paid") for _ in range(3)]
        )
        assert sorted(r.status_code for r in paid)[0] == 200
        assert sum(r.status_code == 200 for r in paid) == 1
    async with api.session() as session:
        rows = (
            await session.execute(
                select(PaymentLine.beneficiary_id, PaymentLine.period).where(PaymentLine.status == "paid")
            )
        ).all()
    counts = Counter(rows)
    assert len(counts) == len(enrolled) * 3
    assert set(counts.values()) == {1}
