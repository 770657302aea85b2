"""年审 reminders: the worker's job texts each consenting beneficiary with a pending check, once a round."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from app.models.benefits.enrolment import (
    CheckStatus,
    Enrolment,
    ReverificationCheck,
    ReverificationRound,
    RoundStatus,
)
from app.models.core.messaging import SmsMessage
from app.worker import Worker
from tests.api.benefits.benefit_helpers import seed_enrolments
from tests.api.core.message_helpers import grant, office_clock
from tests.demo_ids import org_ids


async def test_a_pending_check_is_reminded_once_and_sent_in_the_morning(api):
    async with api.session() as session:
        await seed_enrolments(session, "one_child_award", await org_ids(api), {"community-a": 1})
    with office_clock(date(2026, 3, 2), time(10, 0)):
        opened = await api.post("street", "/api/v1/reverifications", {"year": 2026, "deadline": "2026-03-31"})
        assert opened.status_code == 201, opened.text
    async with api.session() as session:
        round_, resident_id, check_id = (
            await session.execute(
                select(ReverificationRound, Enrolment.beneficiary_id, ReverificationCheck.id)
                .join(ReverificationCheck, ReverificationCheck.round_id == ReverificationRound.id)
                .join(Enrolment, Enrolment.id == ReverificationCheck.enrolment_id)
                .where(
                    ReverificationRound.status == RoundStatus.open,
                    ReverificationCheck.status == CheckStatus.pending,
                )
                .order_by(ReverificationCheck.id)
                .limit(1)
            )
        ).one()
    day = round_.deadline
    worker = Worker(api.database, api.settings)
    with office_clock(day, time(22, 0)):
        assert (await grant(api, resident_id, user="street", granted_on=day.isoformat())).status_code == 201
        assert (await worker.run_jobs(day))["reverification_reminders"] >= 1
        assert (await worker.run_jobs(day))["reverification_reminders"] == 0  # once a round
        await worker.send_messages()
    async with api.session() as session:
        (message,) = (
            await session.execute(select(SmsMessage).where(SmsMessage.resident_id == resident_id))
        ).scalars()
    assert message.reference == f"reverification_check:{check_id}" and message.status == "queued"
    assert (
        f"{day.year}年{day.month}月{day.day}日截止" in message.body and message.status_reason == "quiet_hours"
    )
