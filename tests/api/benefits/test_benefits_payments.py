"""Payment batches: each enrolment paid once per period — generating twice, or twice at once
against a real server, never adds a second line; the database constraint backs it."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.config import get_settings
from app.db import Database
from app.demo.context import DEMO_PASSWORD
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.benefits.payment import PaymentLine
from tests.api.benefits.benefit_helpers import program_ids, seed_enrolments
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


async def test_generating_the_same_period_twice_pays_each_enrolment_once(api):
    ids = await org_ids(api)
    programs = await program_ids(api)
    async with api.session() as session:
        enrolled = await seed_enrolments(
            session, "special_support_death", ids, {"community-a": 4, "community-b": 3}
        )
    body = {"program_id": programs["special_support_death"], "period": "2019-05"}
    first = await api.post("street", "/api/v1/payment-batches", body)
    assert first.status_code == 201, first.text
    assert first.json()["line_count"] == 7 and first.json()["total_fen"] == 7 * 45000
    assert first.json()["totals_by_community"] == [
        {"community_id": ids["community-a"], "beneficiaries": 4, "amount_fen": 4 * 45000},
        {"community_id": ids["community-b"], "beneficiaries": 3, "amount_fen": 3 * 45000},
    ]
    second = await api.post("street", "/api/v1/payment-batches", body)
    assert second.status_code == 409
    async with api.session() as session:
        lines = (
            (await session.execute(select(PaymentLine.enrolment_id).where(PaymentLine.period == "2019-05")))
            .scalars()
            .all()
        )
    assert sorted(lines) == sorted(enrolled)

    # a suspended, a flagged and an ended enrolment are left out of the next month
    async with api.session() as session:
        rows = (
            (await session.execute(select(Enrolment).where(Enrolment.id.in_(enrolled[:3])))).scalars().all()
        )
        rows[0].status = EnrolmentStatus.suspended
        rows[1].needs_review = True
        rows[2].status = EnrolmentStatus.ended
        await session.commit()
    june = await api.post(
        "street",
        "/api/v1/payment-batches",
        {"program_id": programs["special_support_death"], "period": "2019-06"},
    )
    assert june.json()["line_count"] == 4
    # an enrolment starting later is not paid for earlier months
    assert (
        await api.post(
            "street",
            "/api/v1/payment-batches",
            {"program_id": programs["special_support_death"], "period": "2018-12"},
        )
    ).status_code == 409


async def test_the_database_refuses_a_second_line_for_the_same_period(api):
    async with api.session() as session:
        line = (await session.execute(select(PaymentLine).limit(1))).scalar_one()
        session.add(
            PaymentLine(
                batch_id=line.batch_id,
                enrolment_id=line.enrolment_id,
                period=line.period,
                beneficiary_id=line.beneficiary_id,
                community_id=line.community_id,
                amount_fen=line.amount_fen,
            )
        )
        with pytest.raises(IntegrityError):
            await session.flush()
        await session.rollback()


@pytest.mark.parametrize(
    ("period", "ok"),
    [("2019-13", False), ("2019", False), ("19-06", False), ("once", False), ("2019-07", True)],
)
async def test_the_period_follows_the_programs_period(api, period, ok):
    programs = await program_ids(api)
    response = await api.post(
        "street",
        "/api/v1/payment-batches",
        {"program_id": programs["special_support_death"], "period": period},
    )
    assert response.status_code == (201 if ok else 422), response.text


async def test_who_may_generate_approve_and_see_batches(api):
    programs = await program_ids(api)
    body = {"program_id": programs["special_support_death"], "period": "2019-08"}
    assert (await api.post("community-a", "/api/v1/payment-batches", body)).status_code == 403
    assert (await api.post("unit", "/api/v1/payment-batches", body)).status_code == 403  # district pays this
    batch = (await api.post("street", "/api/v1/payment-batches", body)).json()
    assert (await api.get("community-a", f"/api/v1/payment-batches/{batch['id']}")).status_code == 404
    assert (await api.get("unit", f"/api/v1/payment-batches/{batch['id']}")).status_code == 404
    assert (
        await api.post("community-a", f"/api/v1/payment-batches/{batch['id']}/approve")
    ).status_code == 404
    # the bank file: masked ID numbers without pii:read, full ones with it (audited)
    masked = await api.get("integration", f"/api/v1/payment-batches/{batch['id']}/export.csv")
    assert masked.status_code == 200 and "********" in masked.text
    full = await api.get("street", f"/api/v1/payment-batches/{batch['id']}/export.csv")
    assert "********" not in full.text


async def test_two_generations_at_once_pay_each_enrolment_once(live_server, api):
    settings = get_settings().model_copy(update={"database_url": live_server.database_url})
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            ids_rows = await org_ids_from(session)
            enrolled = await seed_enrolments(
                session, "special_support_death", ids_rows, {"community-a": 20, "community-b": 15}
            )
            program_id = await program_id_from(session, "special_support_death")
        async with httpx.AsyncClient(base_url=live_server.base_url, timeout=60) as client:
            login = await client.post(
                "/api/v1/auth/token",
                data={"grant_type": "password", "username": "street", "password": DEMO_PASSWORD},
            )
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            for period in ("2019-06", "2019-07", "2019-08"):
                responses = await asyncio.gather(
                    *[
                        client.post(
                            "/api/v1/payment-batches",
                            json={"program_id": program_id, "period": period},
                            headers=headers,
                        )
                        for _ in range(4)
                    ]
                )
                statuses = sorted(r.status_code for r in responses)
                assert statuses == [201, 409, 409, 409], [r.text for r in responses]
                async with database.sessionmaker() as session:
                    paid = (
                        (
                            await session.execute(
                                select(PaymentLine.enrolment_id).where(PaymentLine.period == period)
                            )
                        )
                        .scalars()
                        .all()
                    )
                    batches = (
                        await session.execute(
                            select(func.count(func.distinct(PaymentLine.batch_id))).where(
                                PaymentLine.period == period
                            )
                        )
                    ).scalar_one()
                assert sorted(paid) == sorted(enrolled)
                assert batches == 1
    finally:
        await database.dispose()


async def org_ids_from(session) -> dict[str, int]:
    from app.models.core.org import Org
    from tests.demo_ids import CODES

    rows = dict((await session.execute(select(Org.code, Org.id))).all())
    return {key: rows[code] for key, code in CODES.items()}


async def program_id_from(session, code: str) -> int:
    from app.models.benefits.benefit import BenefitProgram

    return (await session.execute(select(BenefitProgram.id).where(BenefitProgram.code == code))).scalar_one()
