"""Replies to complaints by text message (短信告知答复), for submitters who agreed to it.

A submitter may give a mainland mobile and tick the consent when filing (PIPL 个人信息保护法: the
number serves this purpose only). The consent is a core consent row of the feedback (source
``public_form``, the day, the tracking code as evidence) carrying the number encrypted; the feedback
shows it masked. When the office answers, the reply's first words and the tracking code are queued
through core's outbox (app/services/core/messages.py ``notify_complainant``: the quiet hours, the
limits, the retries and the receipts of a resident's messages). The submitter (by tracking code) or
the office (hearing it by phone, at the counter) withdraws the consent at any time: the number is
erased, queued messages are cancelled, and the worker checks the consent again before sending.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.config import Settings
from app.errors import Conflict
from app.models.core.messaging import (
    Channel,
    ConsentSource,
    MessagePurpose,
    SmsConsent,
    SmsMessage,
    SmsStatus,
)
from app.models.core.org import Org
from app.models.grassroots.sunshine import Feedback
from app.security import mask_phone, pii_cipher
from app.services.core.messages import notify_complainant

# The provider's templates take short variables: the text says the reply is there, the tracking
# code reads it whole.
OUTCOME_CHARS = 30


async def _scope_path(session: AsyncSession, feedback: Feedback) -> str:
    org = await session.get(Org, feedback.org_id)
    return org.path if org else "/"


async def record_consent(
    session: AsyncSession, settings: Settings, feedback: Feedback, phone: str, today: date
) -> SmsConsent:
    """The consent ticked on the public form, with the number it gives (flushed; audited). The
    feedback shows the number masked from its filing (``sms_phone_masked``)."""
    masked = mask_phone(phone)
    consent = SmsConsent(
        feedback_id=feedback.id,
        channel=Channel.sms,
        granted_on=today,
        source=ConsentSource.public_form,
        evidence=f"意见投诉 {feedback.tracking_code}",
        phone_enc=pii_cipher(settings).encrypt(phone),
        phone_masked=masked,
    )
    session.add(consent)
    await session.flush()
    await audit.record(
        session,
        actor=None,
        actor_username="public",
        action="consent.granted",
        object_type="message_consent",
        object_id=consent.id,
        scope_path=await _scope_path(session, feedback),
        detail={
            "feedback_id": feedback.id,
            "channel": consent.channel.value,
            "granted_on": today.isoformat(),
            "source": consent.source.value,
        },
    )
    return consent


def outcome(reply: str) -> str:
    """The reply's first words for the text (the whole reply is read with the tracking code)."""
    text = " ".join(reply.split())
    return text if len(text) <= OUTCOME_CHARS else text[: OUTCOME_CHARS - 1] + "…"


async def text_reply(session: AsyncSession, feedback: Feedback) -> SmsMessage | None:
    """Queue the reply's text to a submitter who agreed (None otherwise); once per case."""
    return await notify_complainant(
        session,
        feedback_id=feedback.id,
        purpose=MessagePurpose.complaint_reply,
        variables={"tracking_code": feedback.tracking_code, "reply": outcome(feedback.reply or "")},
        reference=f"feedback:{feedback.tracking_code}",
        dedupe_key=f"complaint_reply:{feedback.id}",
    )


async def stop_texts(
    session: AsyncSession,
    feedback: Feedback,
    *,
    principal: Principal | None,
    source: ConsentSource,
    today: date,
) -> SmsConsent:
    """Withdraw the submitter's consent: the number is erased, nothing more is sent (409 if no
    consent is in force). ``principal`` None: the submitter by tracking code."""
    consent = (
        await session.execute(
            select(SmsConsent)
            .where(
                SmsConsent.feedback_id == feedback.id,
                SmsConsent.channel == Channel.sms,
                SmsConsent.revoked_on.is_(None),
            )
            .with_for_update()
        )
    ).scalar_one_or_none()
    if consent is None:
        raise Conflict(
            "No consent to text the reply is in force for this case",
            zh="此件没有有效的短信告知同意",
        )
    consent.revoked_on = max(today, consent.granted_on)
    consent.revoked_source = source
    consent.revoked_by = principal.user_id or None if principal else None
    consent.phone_enc = None
    feedback.sms_phone_masked = None
    cancelled = await session.execute(
        update(SmsMessage)
        .where(SmsMessage.feedback_id == feedback.id, SmsMessage.status == SmsStatus.queued)
        .values(status=SmsStatus.cancelled, status_reason="no_consent")
        .returning(SmsMessage.id)
    )
    count = len(cancelled.all())
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        actor_username=None if principal else "public",
        action="consent.revoked",
        object_type="message_consent",
        object_id=consent.id,
        scope_path=await _scope_path(session, feedback),
        detail={
            "feedback_id": feedback.id,
            "channel": consent.channel.value,
            "revoked_on": consent.revoked_on.isoformat(),
            "source": source.value,
            "messages_cancelled": count,
        },
    )
    return consent
