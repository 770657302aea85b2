"""Webhook subscriptions of district systems (Standard Webhooks), their deliveries and replay.

A subscription names the event types it wants and a URL that must resolve to public addresses
(unless allow-listed, see ``ssrf``). Its signing secret is generated here, shown once, and kept
encrypted. Deliveries are made by the worker; a failed or delivered one can be replayed, which sends
the same message (same ``webhook-id``) again.
"""

from __future__ import annotations

import base64
import os

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.config import Settings
from app.db import utcnow
from app.errors import Unprocessable
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery, WebhookSubscription
from app.outbox import TOPICS
from app.schemas.migrants.webhook import SubscriptionCreate
from app.security import pii_cipher
from app.services.core.loading import one_or_404
from app.services.migrants import ssrf
from app.services.migrants.scope import subscription_scope


async def create_subscription(
    session: AsyncSession, settings: Settings, principal: Principal, data: SubscriptionCreate
) -> tuple[WebhookSubscription, str]:
    """Subscribe the caller's org; the URL is checked after DNS resolution (SSRF), the secret made here."""
    unknown = sorted(set(data.event_types) - set(TOPICS))
    if unknown:
        raise Unprocessable(f"Unknown event types: {', '.join(unknown)}", loc=["body", "event_types"])
    try:
        await ssrf.check_url(data.url, settings)
    except ssrf.UnsafeUrl as exc:
        raise Unprocessable(str(exc), loc=["body", "url"], zh=exc.zh) from exc
    secret = "whsec_" + base64.b64encode(os.urandom(24)).decode()
    subscription = WebhookSubscription(
        org_id=principal.org_id,
        url=data.url,
        description=data.description,
        event_types=sorted(set(data.event_types)),
        secret_enc=pii_cipher(settings).encrypt(secret),
        active=True,
        created_by=principal.user_id,
    )
    session.add(subscription)
    await session.flush()
    await _audit(
        session, principal, subscription, "webhook.subscribed", {"event_types": subscription.event_types}
    )
    return subscription, secret


async def get_subscription(
    session: AsyncSession, principal: Principal, subscription_id: int
) -> WebhookSubscription:
    return await one_or_404(
        session,
        select(WebhookSubscription).where(
            WebhookSubscription.id == subscription_id, subscription_scope(principal)
        ),
        "Webhook subscription",
    )


async def deactivate(
    session: AsyncSession, principal: Principal, subscription_id: int
) -> WebhookSubscription:
    """Stop deliveries to a subscription (its history stays listable)."""
    subscription = await get_subscription(session, principal, subscription_id)
    if subscription.active:
        subscription.active = False
        await session.flush()
        await _audit(session, principal, subscription, "webhook.unsubscribed", {})
    return subscription


async def replay(
    session: AsyncSession, principal: Principal, subscription_id: int, delivery_id: int
) -> WebhookDelivery:
    """Send a delivery again with its original ``webhook-id`` (receivers deduplicate by it)."""
    subscription = await get_subscription(session, principal, subscription_id)
    delivery = await one_or_404(
        session,
        select(WebhookDelivery).where(
            WebhookDelivery.id == delivery_id, WebhookDelivery.subscription_id == subscription.id
        ),
        "Delivery",
    )
    delivery.status = DeliveryStatus.pending
    delivery.attempts = 0
    delivery.next_attempt_at = utcnow()
    await session.flush()
    await _audit(session, principal, subscription, "webhook.replayed", {"delivery_id": delivery.id})
    return delivery


async def _audit(
    session: AsyncSession,
    principal: Principal,
    subscription: WebhookSubscription,
    action: str,
    detail: dict[str, object],
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="webhook_subscription",
        object_id=subscription.id,
        scope_path=principal.org_path,
        detail=detail,
    )
