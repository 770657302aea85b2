"""Core's business gauges for ``/metrics`` (registered at import; app/metrics.py runs them per scrape):
the outbox events not fanned out yet and the oldest one's age, next year's missing calendar, and
the database's size."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.metrics import Samples, business_gauge
from app.models.core.outbox import OutboxEvent
from app.services.core import working_days


@business_gauge(
    "fpwork_outbox_events_pending", "Outbox events the worker has not fanned out to deliveries yet."
)
async def outbox_pending(session: AsyncSession, today: date, now: datetime) -> Samples:
    count = await session.scalar(select(func.count()).where(OutboxEvent.delivered_at.is_(None)))
    return [((), float(count or 0))]


@business_gauge(
    "fpwork_outbox_oldest_pending_age_seconds",
    "Age of the oldest outbox event not fanned out yet (0 when none waits).",
)
async def outbox_oldest_age(session: AsyncSession, today: date, now: datetime) -> Samples:
    oldest = await session.scalar(
        select(OutboxEvent.created_at)
        .where(OutboxEvent.delivered_at.is_(None))
        .order_by(OutboxEvent.delivered_at, OutboxEvent.id)
        .limit(1)
    )
    return [((), max(0.0, (now - oldest).total_seconds()) if oldest else 0.0)]


@business_gauge(
    "fpwork_calendar_next_year_missing",
    "1 from 1 October (office clock) while next year's holiday arrangement is neither entered nor "
    "in the installed package; deadlines into that year are provisional meanwhile.",
    ("year",),
)
async def calendar_missing(session: AsyncSession, today: date, now: datetime) -> Samples:
    missing = await working_days.next_year_missing(session, today)
    return [((str(today.year + 1),), 1.0 if missing else 0.0)]


@business_gauge("fpwork_database_size_bytes", "Size of the application's PostgreSQL database.")
async def database_size(session: AsyncSession, today: date, now: datetime) -> Samples:
    if session.bind is None or session.bind.dialect.name != "postgresql":
        return []
    size = await session.scalar(text("SELECT pg_database_size(current_database())"))
    return [((), float(size or 0))]
