"""Delivering the outbox to webhook subscribers: fan-out, signed POSTs, retries, exactly once per worker set.

Two steps, each claiming its rows with ``FOR UPDATE SKIP LOCKED`` so any number of workers share
the work without doing a row twice:

1. ``fan_out``: each undelivered outbox event becomes one delivery per active subscription that wants
   its type and whose org subtree holds the event; the event is then marked delivered.
2. ``claim_due`` + ``attempt``: each due delivery is POSTed per Standard Webhooks (``webhook-id``,
   ``webhook-timestamp``, ``webhook-signature`` = v1 HMAC-SHA256 made with the ``standardwebhooks``
   package) to a URL checked again for SSRF after DNS resolution. A 2xx answer delivers it; anything
   else is retried with exponential backoff and jitter until ``webhook_max_attempts``, then failed.

The claiming transaction stays open while the POSTs of its batch run, so no other worker can take
those rows; the worker commits it afterwards. A crash between the POST and the commit sends the same
``webhook-id`` again later, which receivers deduplicate (Standard Webhooks' at-least-once contract).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from standardwebhooks.webhooks import Webhook

from app.config import Settings
from app.models.core.org import Org
from app.models.core.outbox import OutboxEvent
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery, WebhookSubscription
from app.security import pii_cipher
from app.services.migrants import ssrf
from app.services.migrants.scope import event_in_scope

MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class Target:
    org_path: str
    subscription: WebhookSubscription


async def fan_out(session: AsyncSession, now: datetime, batch: int = 200) -> int:
    """Turn up to ``batch`` undelivered outbox events into deliveries; the number of events handled."""
    events = (
        (
            await session.execute(
                select(OutboxEvent)
                .where(OutboxEvent.delivered_at.is_(None))
                .order_by(OutboxEvent.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        .scalars()
        .all()
    )
    if not events:
        return 0
    targets = [
        Target(org_path=path, subscription=sub)
        for sub, path in (
            await session.execute(
                select(WebhookSubscription, Org.path)
                .join(Org, Org.id == WebhookSubscription.org_id)
                .where(WebhookSubscription.active.is_(True))
            )
        ).all()
    ]
    for event in events:
        for target in targets:
            if event.topic in target.subscription.event_types and event_in_scope(
                event.scope_path, target.org_path
            ):
                session.add(
                    WebhookDelivery(
                        subscription_id=target.subscription.id,
                        event_id=event.id,
                        message_id=f"msg_{event.id}_{target.subscription.id}",
                        event_type=event.topic,
                        payload={
                            "type": event.topic,
                            "timestamp": event.created_at.isoformat(),
                            "data": event.payload,
                        },
                        status=DeliveryStatus.pending,
                        attempts=0,
                        next_attempt_at=now,
                        created_at=now,
                        trace_context=event.trace_context,
                    )
                )
        event.delivered_at = now
        event.attempts += 1
    await session.flush()
    return len(events)


async def claim_due(
    session: AsyncSession, now: datetime, batch: int = 50
) -> list[tuple[WebhookDelivery, WebhookSubscription]]:
    """Lock up to ``batch`` deliveries whose attempt is due (skipping those another worker holds)."""
    due = (
        (
            await session.execute(
                select(WebhookDelivery)
                .where(
                    WebhookDelivery.status == DeliveryStatus.pending, WebhookDelivery.next_attempt_at <= now
                )
                .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        .scalars()
        .all()
    )
    if not due:
        return []
    ids = {d.subscription_id for d in due}
    subs = {
        s.id: s
        for s in (await session.execute(select(WebhookSubscription).where(WebhookSubscription.id.in_(ids))))
        .scalars()
        .all()
    }
    return [(d, subs[d.subscription_id]) for d in due]


def signed_request(delivery: WebhookDelivery, secret: str, sent_at: datetime) -> tuple[bytes, dict[str, str]]:
    """The body and Standard Webhooks headers of one attempt."""
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"))
    signature = Webhook(secret).sign(delivery.message_id, sent_at, body)
    headers = {
        "content-type": "application/json",
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(int(sent_at.timestamp())),
        "webhook-signature": signature,
        "user-agent": "fpwork-webhooks/1",
    }
    return body.encode(), headers


async def attempt(
    delivery: WebhookDelivery,
    subscription: WebhookSubscription,
    settings: Settings,
    client: httpx.AsyncClient,
    now: datetime,
    *,
    sent_at: datetime | None = None,
) -> bool:
    """POST one delivery and record the outcome on the row; True when the receiver took it."""
    delivery.attempts += 1
    if not subscription.active:
        return _fail(delivery, settings, now, None, "the subscription is inactive", final=True)
    try:
        addresses = await ssrf.check_url(subscription.url, settings)
    except ssrf.UnsafeUrl as exc:
        return _fail(delivery, settings, now, None, str(exc))
    secret = pii_cipher(settings).decrypt(subscription.secret_enc)
    body, headers = signed_request(delivery, secret, sent_at or now)
    url, extensions = pinned(subscription.url, addresses[0])
    headers["host"] = url_host(subscription.url)
    try:
        response = await client.post(url, content=body, headers=headers, extensions=extensions)
    except httpx.HTTPError as exc:
        return _fail(delivery, settings, now, None, f"{type(exc).__name__}: {exc}"[:500])
    if 200 <= response.status_code < 300:
        delivery.status = DeliveryStatus.delivered
        delivery.delivered_at = now
        delivery.last_status_code = response.status_code
        delivery.last_error = None
        return True
    return _fail(delivery, settings, now, response.status_code, f"HTTP {response.status_code}")


def url_host(url: str) -> str:
    """The Host header of ``url`` (host and any explicit port)."""
    return httpx.URL(url).netloc.decode("ascii")


def pinned(url: str, address: str) -> tuple[httpx.URL, dict[str, Any]]:
    """``url`` sent to the address that was checked, so a DNS answer that changes between the SSRF
    check and the connection cannot send the request elsewhere. TLS still verifies the certificate
    for the original name (SNI)."""
    original = httpx.URL(url)
    host = f"[{address}]" if ":" in address else address
    extensions: dict[str, Any] = {}
    if original.scheme == "https":
        extensions["sni_hostname"] = original.host
    return original.copy_with(host=host.strip("[]")), extensions


def backoff(settings: Settings, attempts: int) -> timedelta:
    """Exponential backoff with jitter: a random wait of half to all of base × 2^(attempts-1), capped."""
    ceiling = min(settings.webhook_backoff_base_seconds * 2 ** (attempts - 1), MAX_BACKOFF.total_seconds())
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))  # noqa: S311 - jitter, not crypto


def _fail(
    delivery: WebhookDelivery,
    settings: Settings,
    now: datetime,
    status_code: int | None,
    error: str,
    *,
    final: bool = False,
) -> bool:
    delivery.last_status_code = status_code
    delivery.last_error = error[:500]
    if final or delivery.attempts >= settings.webhook_max_attempts:
        delivery.status = DeliveryStatus.failed
    else:
        delivery.next_attempt_at = now + backoff(settings, delivery.attempts)
    return False
