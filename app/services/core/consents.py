"""Residents' consents to text messages (PIPL 个人信息保护法: consent recorded, revocable at any
time), the messages staff may see, and the message templates.

Everything is read through the resident's scope (app/authz.py ``resident_scope``): a resident
outside the caller's area is not found (404), and so are the resident's consents and messages.
Granting and revoking write the consent's row (kept after revocation: the history is the proof)
and an audit event; revoking also cancels the resident's messages not yet sent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.messaging import (
    MessageTemplate,
    SmsConsent,
    SmsMessage,
    SmsStatus,
)
from app.models.core.org import Org
from app.pagination import fetch_page
from app.schemas.core.messaging import ConsentGrant, ConsentRead, ConsentRevoke, TemplateCreate
from app.services.core.messages import consent_in_force, template_variables
from app.services.core.residents import get_resident


def to_read(consent: SmsConsent) -> ConsentRead:
    return ConsentRead.model_validate({**_columns(consent), "in_force": consent.revoked_on is None})


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def _not_future(day: date, today: date, field: str) -> None:
    if day > today:
        raise Unprocessable(
            f"{field} is after today ({today.isoformat()})",
            zh=f"{field} 晚于今天（{today.isoformat()}）",
            loc=["body", field],
        )


async def _scope_path(session: AsyncSession, community_id: int) -> str:
    org = await session.get(Org, community_id)
    return org.path if org else ""


async def grant_consent(
    session: AsyncSession, principal: Principal, resident_id: int, data: ConsentGrant, today: date
) -> SmsConsent:
    """Record a resident's consent to a channel; 409 while one is in force."""
    resident = await get_resident(session, principal, resident_id)
    _not_future(data.granted_on, today, "granted_on")
    if await consent_in_force(session, resident.id, data.channel) is not None:
        raise Conflict(
            "The resident already has a consent in force for this channel; revoke it first",
            zh="该居民此渠道的同意仍然有效；如需重新登记请先撤回",
        )
    consent = SmsConsent(
        resident_id=resident.id,
        channel=data.channel,
        granted_on=data.granted_on,
        source=data.source,
        evidence=data.evidence,
        recorded_by=principal.user_id or None,
    )
    session.add(consent)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="consent.granted",
        object_type="message_consent",
        object_id=consent.id,
        scope_path=await _scope_path(session, resident.community_id),
        detail={
            "resident_id": resident.id,
            "channel": consent.channel.value,
            "granted_on": consent.granted_on.isoformat(),
            "source": consent.source.value,
        },
    )
    return consent


async def revoke_consent(
    session: AsyncSession,
    principal: Principal,
    resident_id: int,
    consent_id: int,
    data: ConsentRevoke,
    today: date,
) -> SmsConsent:
    """Withdraw a consent: nothing more is sent on its channel, queued messages included."""
    resident = await get_resident(session, principal, resident_id)
    consent = (
        await session.execute(
            select(SmsConsent)
            .where(SmsConsent.id == consent_id, SmsConsent.resident_id == resident.id)
            .with_for_update()
        )
    ).scalar_one_or_none()
    if consent is None:
        raise NotFound("Consent not found", zh="未找到该同意记录")
    if consent.revoked_on is not None:
        raise Conflict("The consent was already revoked", zh="该同意已经撤回")
    _not_future(data.revoked_on, today, "revoked_on")
    if data.revoked_on < consent.granted_on:
        raise Unprocessable(
            "revoked_on is before the consent was granted",
            zh="撤回日期早于同意日期",
            loc=["body", "revoked_on"],
        )
    consent.revoked_on = data.revoked_on
    consent.revoked_source = data.source
    consent.revoked_by = principal.user_id or None
    cancelled = await session.execute(
        update(SmsMessage)
        .where(SmsMessage.resident_id == resident.id, SmsMessage.status == SmsStatus.queued)
        .values(status=SmsStatus.cancelled, status_reason="no_consent")
        .returning(SmsMessage.id)
    )
    cancelled_ids = [row[0] for row in cancelled]
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="consent.revoked",
        object_type="message_consent",
        object_id=consent.id,
        scope_path=await _scope_path(session, resident.community_id),
        detail={
            "resident_id": resident.id,
            "channel": consent.channel.value,
            "revoked_on": data.revoked_on.isoformat(),
            "source": data.source.value,
            "messages_cancelled": len(cancelled_ids),
        },
    )
    return consent


async def list_messages(
    session: AsyncSession, principal: Principal, resident_id: int, *, limit: int, cursor: str | None
) -> tuple[list[SmsMessage], str | None]:
    """The resident's messages, newest first (masked phones; the resident must be in scope)."""
    await get_resident(session, principal, resident_id)
    stmt = select(SmsMessage).where(SmsMessage.resident_id == resident_id)
    return await fetch_page(
        session, stmt, id_column=SmsMessage.id, limit=limit, cursor=cursor, descending=True
    )


async def create_template(
    session: AsyncSession, principal: Principal, data: TemplateCreate
) -> MessageTemplate:
    """A new wording for a purpose from ``effective_from`` on (the earlier one stays for its days)."""
    taken = await session.execute(
        select(MessageTemplate.id).where(
            MessageTemplate.purpose == data.purpose, MessageTemplate.effective_from == data.effective_from
        )
    )
    if taken.first() is not None:
        raise Conflict(
            "A template for this purpose already takes effect on that day",
            zh="该用途已有同日生效的模板",
        )
    template = MessageTemplate(
        **data.model_dump(), variables=template_variables(data.body), created_by=principal.user_id or None
    )
    session.add(template)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="message_template.created",
        object_type="message_template",
        object_id=template.id,
        scope_path=principal.org_path,
        detail={"purpose": template.purpose.value, "effective_from": template.effective_from.isoformat()},
    )
    return template
