"""Integration's business gauges for ``/metrics`` (registered at import; app/metrics.py runs them per
scrape): webhook deliveries due and the oldest one's wait, deliveries given up, imports by state."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.metrics import Samples, business_gauge
from app.models.migrants.imports import ImportJob, ImportStatus
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery


@business_gauge("fpwork_webhook_deliveries_due", "Webhook deliveries whose (next) attempt is due now.")
async def deliveries_due(session: AsyncSession, today: date, now: datetime) -> Samples:
    count = await session.scalar(
        select(func.count()).where(
            WebhookDelivery.status == DeliveryStatus.pending, WebhookDelivery.next_attempt_at <= now
        )
    )
    return [((), float(count or 0))]


@business_gauge(
    "fpwork_webhook_oldest_due_age_seconds",
    "How long the longest-waiting due webhook delivery has been due (0 when none is).",
)
async def oldest_due_age(session: AsyncSession, today: date, now: datetime) -> Samples:
    oldest = await session.scalar(
        select(WebhookDelivery.next_attempt_at)
        .where(WebhookDelivery.status == DeliveryStatus.pending, WebhookDelivery.next_attempt_at <= now)
        .order_by(WebhookDelivery.status, WebhookDelivery.next_attempt_at)
        .limit(1)
    )
    return [((), max(0.0, (now - oldest).total_seconds()) if oldest else 0.0)]


@business_gauge(
    "fpwork_webhook_deliveries_failed",
    "Webhook deliveries given up after their last attempt (a replay sends them again).",
)
async def deliveries_failed(session: AsyncSession, today: date, now: datetime) -> Samples:
    count = await session.scalar(select(func.count()).where(WebhookDelivery.status == DeliveryStatus.failed))
    return [((), float(count or 0))]


@business_gauge(
    "fpwork_imports", "Bulk imports waiting or being processed, by status (queued, running).", ("status",)
)
async def imports_active(session: AsyncSession, today: date, now: datetime) -> Samples:
    rows = (
        await session.execute(
            select(ImportJob.status, func.count())
            .where(ImportJob.status.in_((ImportStatus.queued, ImportStatus.running)))
            .group_by(ImportJob.status)
        )
    ).all()
    counts: dict[ImportStatus, int] = {status: count for status, count in rows}
    return [
        ((status.value,), float(counts.get(status, 0)))
        for status in (ImportStatus.queued, ImportStatus.running)
    ]
