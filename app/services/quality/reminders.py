"""Reminders by text message of a referral's dated events: the appointment (检查预约) and the
follow-up (随访), each once, ``remind_days_before`` days ahead (the message rule in force), through
core's one door (consent, quiet hours and limits are core's: app/services/core/messages.py).
A rescheduled appointment is reminded again. The worker runs it as a scheduled job."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import CHINA
from app.models.core.messaging import MessagePurpose, SmsConsent
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.referral import OPEN_REFERRAL_STATES, Referral, ReferralStatus
from app.services.core.messages import notify, rule_in_force


def _chinese_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


async def remind_referrals(session: AsyncSession, today: date) -> int:
    """Queue the reminders due by ``today`` not queued before; how many were queued."""
    rule = await rule_in_force(session, today)
    if rule is None:
        return 0
    last = today + timedelta(days=rule.remind_days_before)
    consenting = select(SmsConsent.resident_id).where(SmsConsent.revoked_on.is_(None)).scalar_subquery()
    start = datetime.combine(today, time(0), tzinfo=CHINA)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=CHINA)
    appointments = (
        await session.execute(
            select(Referral, Resident.name, Partner.name)
            .join(Resident, Resident.id == Referral.resident_id)
            .join(Partner, Partner.id == Referral.partner_id)
            .where(
                Referral.status == ReferralStatus.scheduled,
                Referral.scheduled_for >= start,
                Referral.scheduled_for < end,
                Referral.resident_id.in_(consenting),
            )
            .order_by(Referral.id)
        )
    ).all()
    queued = 0
    for referral, name, place in appointments:
        assert referral.scheduled_for is not None
        when = referral.scheduled_for.astimezone(CHINA)
        message = await notify(
            session,
            resident_id=referral.resident_id,
            purpose=MessagePurpose.screening_appointment,
            variables={"name": name, "when": f"{_chinese_day(when.date())}{when:%H:%M}", "place": place},
            reference=f"referral:{referral.id}",
            dedupe_key=f"appointment:{referral.id}:{referral.scheduled_for.isoformat()}",
        )
        queued += message is not None
    follow_ups = (
        await session.execute(
            select(Referral, Resident.name)
            .join(Resident, Resident.id == Referral.resident_id)
            .where(
                Referral.status.in_(OPEN_REFERRAL_STATES),
                Referral.follow_up_due_on >= today,
                Referral.follow_up_due_on <= last,
                Referral.resident_id.in_(consenting),
            )
            .order_by(Referral.id)
        )
    ).all()
    for referral, name in follow_ups:
        message = await notify(
            session,
            resident_id=referral.resident_id,
            purpose=MessagePurpose.follow_up_due,
            variables={"name": name, "deadline": _chinese_day(referral.follow_up_due_on)},
            reference=f"referral:{referral.id}",
            dedupe_key=f"follow_up:{referral.id}:{referral.follow_up_due_on.isoformat()}",
        )
        queued += message is not None
    return queued
