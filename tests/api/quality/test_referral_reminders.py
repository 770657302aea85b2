"""Referral reminders by text: the appointment and the follow-up, each once, the day before (the rule)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from app.models.core.messaging import SmsMessage
from app.worker import Worker
from tests.api.core.message_helpers import grant, office_clock, resident_with_phone

DAY = date(2019, 5, 5)


async def _messages(api, resident_id: int) -> list[SmsMessage]:
    async with api.session() as session:
        stmt = select(SmsMessage).where(SmsMessage.resident_id == resident_id).order_by(SmsMessage.id)
        return list((await session.execute(stmt)).scalars())


async def test_an_appointment_and_a_follow_up_are_reminded_the_day_before(api):
    resident_id = await resident_with_phone(api, skip=7)
    partner = (await api.get("community-a", "/api/v1/partners", params={"kind": "mch_hospital"})).json()
    partner_name, partner_id = partner["items"][0]["name"], partner["items"][0]["id"]
    worker = Worker(api.database, api.settings)
    with office_clock(DAY, time(10, 0)):
        assert (await grant(api, resident_id, granted_on="2019-05-01")).status_code == 201
        body = {
            "resident_id": resident_id,
            "partner_id": partner_id,
            "reason": "复查",
            "follow_up_due_on": "2019-05-08",
        }
        referral = await api.post("community-a", "/api/v1/referrals", body)
        assert referral.status_code == 201, referral.text
        path = f"/api/v1/referrals/{referral.json()['id']}"
        assert (await api.post("community-a", f"{path}/accept")).status_code == 200
        scheduled = await api.post(
            "community-a", f"{path}/schedule", {"scheduled_for": "2019-05-07T09:30:00+08:00"}
        )
        assert scheduled.status_code == 200, scheduled.text
        assert (await worker.run_jobs(DAY))["referral_reminders"] == 0  # two days ahead: not yet
    with office_clock(date(2019, 5, 6), time(10, 0)):
        assert (await worker.run_jobs(date(2019, 5, 6)))["referral_reminders"] == 1
        assert (await worker.run_jobs(date(2019, 5, 6)))["referral_reminders"] == 0  # once
    (appointment,) = await _messages(api, resident_id)
    assert appointment.purpose == "screening_appointment"
    assert f"您已预约2019年5月7日09:30在{partner_name}检查" in appointment.body
    with office_clock(date(2019, 5, 7), time(10, 0)):
        assert (await worker.run_jobs(date(2019, 5, 7)))["referral_reminders"] == 1
    follow_up = (await _messages(api, resident_id))[1]
    assert follow_up.purpose == "follow_up_due" and "将于2019年5月8日前与您联系随访" in follow_up.body
