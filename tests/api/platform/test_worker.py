"""The worker: two workers deliver 1,000 events exactly once; scheduled jobs run by date."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select
from standardwebhooks.webhooks import Webhook

from app import outbox
from app.clock import set_today
from app.db import Database
from app.models.benefits.enrolment import ReverificationRound, RoundStatus
from app.models.core.outbox import OutboxEvent
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery
from app.worker import Worker
from tests.api.benefits.benefit_helpers import seed_enrolments
from tests.demo_ids import org_ids
from tests.webhook_receiver import Receiver

pytestmark = pytest.mark.asyncio


async def test_two_workers_deliver_1000_events_exactly_once(api):
    settings = api.settings.model_copy(update={"webhook_allowed_hosts": ["127.0.0.1"]})
    api.app.state.settings = settings
    receiver = Receiver()
    await receiver.start()
    try:
        created = await api.post(
            "integration", "/api/v1/webhooks", {"url": receiver.url, "event_types": ["migrant.arrived"]}
        )
        assert created.status_code == 201, created.text
        secret, hook_id = created.json()["secret"], created.json()["id"]
        async with api.session() as session:
            for n in range(1000):
                await outbox.emit(session, "migrant.arrived", {"n": n})
            await session.commit()

        one, two = Database(settings), Database(settings)
        workers = [Worker(one, settings), Worker(two, settings)]
        try:
            await asyncio.gather(*(w.drain() for w in workers))
        finally:
            await one.dispose()
            await two.dispose()

        ids = Counter(m.headers["webhook-id"] for m in receiver.received)
        assert len(ids) == 1000 and max(ids.values()) == 1
        numbers = sorted(Webhook(secret).verify(m.body, m.headers)["data"]["n"] for m in receiver.received)
        assert numbers == list(range(1000))
        assert sum(w.delivered for w in workers) == 1000
        assert all(w.delivered > 0 for w in workers), [w.delivered for w in workers]
        async with api.session() as session:
            delivered = (
                await session.execute(
                    select(func.count()).where(
                        WebhookDelivery.subscription_id == hook_id,
                        WebhookDelivery.status == DeliveryStatus.delivered,
                    )
                )
            ).scalar_one()
            left = (
                await session.execute(select(func.count()).where(OutboxEvent.delivered_at.is_(None)))
            ).scalar_one()
        assert delivered == 1000 and left == 0
    finally:
        await receiver.stop()


async def test_jobs_run_when_their_day_comes(api):
    """The re-verification round closes itself after its deadline, and its suspensions go out as events."""
    set_today(date(2026, 3, 10))
    try:
        async with api.session() as session:
            enrolled = await seed_enrolments(
                session, "one_child_award", await org_ids(api), {"community-a": 2, "community-b": 1}
            )
        opened = await api.post("street", "/api/v1/reverifications", {"year": 2026, "deadline": "2026-03-31"})
        assert opened.status_code == 201, opened.text
        round_id = opened.json()["id"]
        worker = Worker(api.database, api.settings)
        set_today(date(2026, 3, 31))
        assert (await worker.run_jobs())["reverification_close"] == 0
        async with api.session() as session:
            assert (await session.get(ReverificationRound, round_id)).status is RoundStatus.open
        set_today(date(2026, 4, 1))
        assert (await worker.run_jobs())["reverification_close"] == 1
        async with api.session() as session:
            assert (await session.get(ReverificationRound, round_id)).status is RoundStatus.closed
            suspended = (
                await session.execute(
                    select(func.count()).where(OutboxEvent.topic == "benefit.enrolment_suspended")
                )
            ).scalar_one()
        assert suspended == len(enrolled) == 3
        assert (await worker.run_jobs())["reverification_close"] == 0
    finally:
        set_today(None)
