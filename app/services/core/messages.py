"""Text messages to residents: the one door every area uses, and the rules of when a message may go.

An area asks for a message with :func:`notify` in the transaction of the change it tells about (an
outcome, a returned request, a reminder's day). The message is queued only for a resident who has
a consent for the channel in force and a phone on record, in the words of the template in force
for its purpose that day; the worker sends it (app/services/core/sms_sending.py), checking the
consent again, so a revocation stops every message not yet sent.

When a message may go is data (``message_rules``, the row in force that day): no message in the
quiet hours (21:00 to 08:00 Beijing time: it waits until they end), at most ``max_per_day`` a
resident a Beijing day and ``max_per_week`` in seven days (more waits for the next morning).
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import CHINA, local_date, now
from app.models.core.messaging import (
    Channel,
    MessagePurpose,
    MessageRule,
    MessageTemplate,
    SmsConsent,
    SmsMessage,
    SmsStatus,
)
from app.models.core.resident import Resident

log = logging.getLogger("fpwork.sms")

VARIABLE = re.compile(r"\$\{([a-z_][a-z0-9_]*)\}")
# Messages that count against a resident's limits: those handed to the provider.
COUNTED = (SmsStatus.sent, SmsStatus.delivered, SmsStatus.undelivered)


def template_variables(body: str) -> list[str]:
    """The variables a template's body names, in order of first appearance."""
    return list(dict.fromkeys(VARIABLE.findall(body)))


def render(body: str, variables: dict[str, Any]) -> str:
    missing = [name for name in template_variables(body) if name not in variables]
    if missing:
        raise ValueError(f"template variables without a value: {', '.join(missing)}")
    return VARIABLE.sub(lambda m: str(variables[m.group(1)]), body)


async def consent_in_force(
    session: AsyncSession, resident_id: int | None, channel: Channel, *, feedback_id: int | None = None
) -> SmsConsent | None:
    """The resident's consent in force for ``channel`` (or, with ``resident_id`` None, the consent
    the submitter of feedback ``feedback_id`` gave for its replies)."""
    whose = (
        SmsConsent.resident_id == resident_id
        if resident_id is not None
        else SmsConsent.feedback_id == feedback_id
    )
    return (
        await session.execute(
            select(SmsConsent).where(whose, SmsConsent.channel == channel, SmsConsent.revoked_on.is_(None))
        )
    ).scalar_one_or_none()


async def template_in_force(
    session: AsyncSession, purpose: MessagePurpose, day: date
) -> MessageTemplate | None:
    return (
        await session.execute(
            select(MessageTemplate)
            .where(MessageTemplate.purpose == purpose, MessageTemplate.effective_from <= day)
            .order_by(MessageTemplate.effective_from.desc())
            .limit(1)
        )
    ).scalar_one_or_none()


async def rule_in_force(session: AsyncSession, day: date) -> MessageRule | None:
    return (
        await session.execute(
            select(MessageRule)
            .where(MessageRule.effective_from <= day)
            .order_by(MessageRule.effective_from.desc())
            .limit(1)
        )
    ).scalar_one_or_none()


def _at(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=CHINA)


def quiet_until(rule: MessageRule, instant: datetime) -> datetime | None:
    """When the quiet hours around ``instant`` end, or None when ``instant`` is outside them.

    The hours may span midnight (21:00 → 08:00) or not (13:00 → 14:00)."""
    local = instant.astimezone(CHINA)
    day, clock = local.date(), local.time().replace(tzinfo=None)
    start, end = rule.quiet_from, rule.quiet_until
    if start <= end:
        return _at(day, end) if start <= clock < end else None
    if clock >= start:
        return _at(day + timedelta(days=1), end)
    if clock < end:
        return _at(day, end)
    return None


async def limit_reached_until(
    session: AsyncSession, rule: MessageRule, message: SmsMessage, instant: datetime
) -> datetime | None:
    """The next morning (the quiet hours' end) when the message's recipient (its resident, or the
    complainant of its feedback) already had the day's or the week's allowance, else None."""
    day = local_date(instant)
    week_start = _at(day - timedelta(days=6), time(0))
    sent = (
        await session.execute(
            select(
                func.count().filter(SmsMessage.sent_at >= _at(day, time(0))),
                func.count(),
            ).where(
                SmsMessage.resident_id == message.resident_id
                if message.resident_id is not None
                else SmsMessage.feedback_id == message.feedback_id,
                SmsMessage.status.in_(COUNTED),
                SmsMessage.sent_at >= week_start,
            )
        )
    ).one()
    if sent[0] >= rule.max_per_day or sent[1] >= rule.max_per_week:
        return _at(day + timedelta(days=1), rule.quiet_until)
    return None


async def notify(
    session: AsyncSession,
    *,
    resident_id: int,
    purpose: MessagePurpose,
    variables: dict[str, Any],
    reference: str,
    dedupe_key: str | None = None,
    at: datetime | None = None,
) -> SmsMessage | None:
    """Queue a text message to a resident; None when none is queued (no consent in force, no phone,
    no template for the purpose, or the same ``dedupe_key`` queued before). Only flushes."""
    instant = at or now()
    if await _seen(session, dedupe_key):
        return None
    if await consent_in_force(session, resident_id, Channel.sms) is None:
        return None
    resident = await session.get(Resident, resident_id)
    if resident is None or not resident.phone_enc:
        return None
    message = SmsMessage(resident_id=resident_id, phone_masked=resident.phone_masked)
    return await _queue(session, message, purpose, variables, reference, dedupe_key, instant)


async def notify_complainant(
    session: AsyncSession,
    *,
    feedback_id: int,
    purpose: MessagePurpose,
    variables: dict[str, Any],
    reference: str,
    dedupe_key: str | None = None,
    at: datetime | None = None,
) -> SmsMessage | None:
    """Queue a text message to the submitter of feedback ``feedback_id`` at the mobile their consent
    carries, while it is in force (the rules, quiet hours and limits of a resident's); else None."""
    instant = at or now()
    if await _seen(session, dedupe_key):
        return None
    consent = await consent_in_force(session, None, Channel.sms, feedback_id=feedback_id)
    if consent is None or not consent.phone_enc:
        return None
    message = SmsMessage(feedback_id=feedback_id, phone_masked=consent.phone_masked)
    return await _queue(session, message, purpose, variables, reference, dedupe_key, instant)


async def _seen(session: AsyncSession, dedupe_key: str | None) -> bool:
    if dedupe_key is None:
        return False
    seen = await session.execute(select(SmsMessage.id).where(SmsMessage.dedupe_key == dedupe_key))
    return seen.first() is not None


async def _queue(
    session: AsyncSession,
    message: SmsMessage,
    purpose: MessagePurpose,
    variables: dict[str, Any],
    reference: str,
    dedupe_key: str | None,
    instant: datetime,
) -> SmsMessage | None:
    """Word ``message`` with the template in force and queue it (held through the quiet hours)."""
    template = await template_in_force(session, purpose, local_date(instant))
    if template is None:
        log.warning("no message template in force for %s: nothing queued", purpose.value)
        return None
    values = {name: str(variables[name]) for name in template.variables if name in variables}
    message.purpose = purpose
    message.template_id = template.id
    message.variables = values
    message.body = render(template.body, values)
    message.reference = reference[:100]
    message.dedupe_key = dedupe_key
    message.status = SmsStatus.queued
    message.next_attempt_at = instant
    rule = await rule_in_force(session, local_date(instant))
    if rule is not None and (later := quiet_until(rule, instant)) is not None:
        message.next_attempt_at = later
        message.status_reason = "quiet_hours"
    session.add(message)
    await session.flush()
    return message
