"""Sending the queued text messages and recording their receipts (the worker's part).

``send_due`` claims the queued messages whose time has come (``FOR UPDATE SKIP LOCKED``, so any
number of workers share them), and for each checks again what may have changed since it was
queued: the consent (revoked: cancelled, never sent), the phone, the quiet hours and the
resident's limits of the rule in force (both: it waits until the next allowed instant). Then the
provider's adapter sends it; a refusal worth retrying waits with exponential backoff and jitter,
up to ``FPW_SMS_MAX_ATTEMPTS``; the last refusal fails it.

``record_receipts`` polls the provider for the receipts of the messages it accepted in the last
three days and records each (delivered or not, the operator's code, when).

The instants are the office clock's (``app.clock.now()``): quiet hours are a Beijing time of day,
and the tests that control the clock control them.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import local_date
from app.config import Settings
from app.models.core.messaging import Channel, MessageTemplate, SmsConsent, SmsMessage, SmsStatus
from app.models.core.resident import Resident
from app.security import pii_cipher
from app.services.core.messages import consent_in_force, limit_reached_until, quiet_until, rule_in_force
from app.services.core.sms_providers import RECEIPT_WINDOW, Outgoing, Pending, SmsProvider

MAX_BACKOFF = timedelta(hours=6)


async def send_due(
    session: AsyncSession, settings: Settings, provider: SmsProvider, now: datetime, batch: int = 50
) -> int:
    """Handle up to ``batch`` due messages (sent, held, cancelled or failed); how many were handled."""
    due = (
        (
            await session.execute(
                select(SmsMessage)
                .where(SmsMessage.status == SmsStatus.queued, SmsMessage.next_attempt_at <= now)
                .order_by(SmsMessage.next_attempt_at, SmsMessage.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        .scalars()
        .all()
    )
    for message in due:
        await _handle(session, settings, provider, message, now)
        await session.flush()
    return len(due)


def _cancel(message: SmsMessage, reason: str) -> None:
    message.status = SmsStatus.cancelled
    message.status_reason = reason


async def _handle(
    session: AsyncSession, settings: Settings, provider: SmsProvider, message: SmsMessage, now: datetime
) -> None:
    consent = await consent_in_force(
        session, message.resident_id, Channel.sms, feedback_id=message.feedback_id
    )
    if consent is None:
        return _cancel(message, "no_consent")
    phone_enc, phone_masked = await _phone(session, message, consent)
    if not phone_enc:
        return _cancel(message, "no_phone")
    rule = await rule_in_force(session, local_date(now))
    if rule is not None:
        later = quiet_until(rule, now)
        if later is not None:
            message.next_attempt_at, message.status_reason = later, "quiet_hours"
            return None
        later = await limit_reached_until(session, rule, message, now)
        if later is not None:
            message.next_attempt_at, message.status_reason = later, "limit_reached"
            return None
    template = await session.get(MessageTemplate, message.template_id)
    assert template is not None  # a foreign key
    code = template.aliyun_template_code if provider.name == "aliyun" else template.tencent_template_id
    if provider.name != "log" and not code:
        return _cancel(message, f"template_not_approved_for_{provider.name}")
    phone = pii_cipher(settings).decrypt(phone_enc)
    outgoing = Outgoing(
        message_id=message.id,
        phone=phone,
        body=message.body,
        template_code=code,
        parameters=[(name, message.variables.get(name, "")) for name in template.variables],
    )
    message.attempts += 1
    result = await provider.send(outgoing)
    if result.accepted:
        message.status = SmsStatus.sent
        message.status_reason = None
        message.provider = provider.name
        message.provider_message_id = result.provider_message_id
        message.phone_masked = phone_masked
        message.sent_at = now
        return None
    message.status_reason = result.error
    if not result.retry or message.attempts >= settings.sms_max_attempts:
        message.status = SmsStatus.failed
    else:
        message.next_attempt_at = now + backoff(settings, message.attempts)
    return None


async def _phone(
    session: AsyncSession, message: SmsMessage, consent: SmsConsent
) -> tuple[str | None, str | None]:
    """The encrypted and masked phone to send to: the resident's, or the one the complainant's
    consent carries."""
    if message.resident_id is None:
        return consent.phone_enc, consent.phone_masked
    resident = await session.get(Resident, message.resident_id)
    return (resident.phone_enc, resident.phone_masked) if resident is not None else (None, None)


def backoff(settings: Settings, attempts: int) -> timedelta:
    """A random wait of half to all of base × 2^(attempts-1), capped at six hours."""
    ceiling = min(settings.sms_backoff_base_seconds * 2 ** (attempts - 1), MAX_BACKOFF.total_seconds())
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))  # noqa: S311 - jitter, not crypto


async def record_receipts(
    session: AsyncSession, settings: Settings, provider: SmsProvider, now: datetime, batch: int = 100
) -> int:
    """Ask the provider for the receipts of its messages still waiting; how many were recorded."""
    rows = (
        await session.execute(
            select(SmsMessage, func.coalesce(Resident.phone_enc, SmsConsent.phone_enc))
            .outerjoin(Resident, Resident.id == SmsMessage.resident_id)
            .outerjoin(  # a complainant's mobile is on their consent (erased when revoked)
                SmsConsent,
                (SmsConsent.feedback_id == SmsMessage.feedback_id) & SmsConsent.revoked_on.is_(None),
            )
            .where(
                SmsMessage.status == SmsStatus.sent,
                SmsMessage.provider == provider.name,
                SmsMessage.sent_at >= now - RECEIPT_WINDOW,
            )
            .order_by(SmsMessage.sent_at, SmsMessage.id)
            .limit(batch)
            .with_for_update(skip_locked=True, of=SmsMessage)
        )
    ).all()
    if not rows:
        return 0
    cipher = pii_cipher(settings)
    waiting = {
        message.provider_message_id: message
        for message, phone_enc in rows
        if message.provider_message_id and phone_enc
    }
    pending = [
        Pending(m.id, key, cipher.decrypt(phone_enc), m.sent_at or now)
        for (m, phone_enc) in rows
        if (key := m.provider_message_id) and phone_enc
    ]
    recorded = 0
    for receipt in await provider.receipts(pending):
        message = waiting.get(receipt.provider_message_id)
        if message is None:
            continue
        message.status = SmsStatus.delivered if receipt.delivered else SmsStatus.undelivered
        message.receipt_code = receipt.code[:64]
        message.receipt_at = receipt.received_at or now
        recorded += 1
    await session.flush()
    return recorded
