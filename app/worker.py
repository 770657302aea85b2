"""The background worker: ``python -m app.worker`` delivers the outbox and runs the scheduled jobs.

It runs as a process of its own next to the API (``scripts/run.sh`` starts one), and any number of
workers may run: every claim uses ``FOR UPDATE SKIP LOCKED``, so a row is handled by one worker only
(our own loop rather than a job library: the work is two indexed tables we already own, and a
library would bring a second queue schema and its own process model).

    python -m app.worker            # run until SIGINT/SIGTERM
    python -m app.worker --once     # one pass: deliver what is due, run the jobs, exit
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import time
from datetime import date, datetime

import httpx

import app.models  # noqa: F401 - first: registers every table (importing app.authz first is circular)
from app import tracing
from app.clock import local_today, now, set_today
from app.config import Settings, get_settings
from app.db import Database, utcnow
from app.jobs import JOB_INTERVAL_SECONDS, JOBS
from app.logging_config import configure_logging
from app.metrics import WEBHOOK_ATTEMPTS, WORKER_HEARTBEAT
from app.models.migrants.webhook import WebhookDelivery, WebhookSubscription
from app.pii_reencryption import reencryption_for
from app.services.core.sms_providers import SmsProvider, provider_for
from app.services.core.sms_sending import record_receipts, send_due
from app.services.migrants.delivery import attempt, claim_due, fan_out
from app.services.migrants.imports import claim_next, mark_failed, run_job

log = logging.getLogger("fpwork.worker")
RECEIPT_POLL_SECONDS = 60.0  # how often the SMS provider is asked for receipts


class Worker:
    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.settings = settings
        self.delivered = 0
        self.attempted = 0
        # After a PII key rotation: values under an old key, re-encrypted a batch per pass.
        self.reencryption = reencryption_for(database, settings)
        # Text messages: the provider FPW_SMS_PROVIDER names (tests put a loopback one here).
        self.sms_provider: SmsProvider = provider_for(settings)

    def client(self) -> httpx.AsyncClient:
        client = httpx.AsyncClient(
            timeout=self.settings.webhook_timeout_seconds, follow_redirects=False, trust_env=False
        )
        tracing.instrument_client(client)
        return client

    async def deliver_once(self, client: httpx.AsyncClient, now: datetime | None = None) -> int:
        """Fan out one batch of events and attempt one batch of due deliveries; how much was done."""
        now = now or utcnow()
        async with self.database.sessionmaker() as session:
            events = await fan_out(session, now)
            await session.commit()
        async with self.database.sessionmaker() as session:
            claimed = await claim_due(session, now)
            if claimed:
                results = await asyncio.gather(*(self._attempt(d, s, client, now) for d, s in claimed))
                await session.commit()
                self.attempted += len(results)
                self.delivered += sum(results)
                WEBHOOK_ATTEMPTS.labels("delivered").inc(sum(results))
                WEBHOOK_ATTEMPTS.labels("failed").inc(len(results) - sum(results))
        return events + len(claimed)

    async def _attempt(
        self,
        delivery: WebhookDelivery,
        subscription: WebhookSubscription,
        client: httpx.AsyncClient,
        now: datetime,
    ) -> bool:
        """One attempt, inside the trace (and with the request id) of the request that wrote the event."""
        attributes = {
            "fpwork.webhook.delivery_id": delivery.id,
            "fpwork.webhook.event_type": delivery.event_type,
            "fpwork.webhook.attempt": delivery.attempts + 1,
        }
        with tracing.continued(delivery.trace_context, "webhook.deliver", attributes):
            return await attempt(delivery, subscription, self.settings, client, now, sent_at=utcnow())

    async def drain(self, now: datetime | None = None) -> None:
        """Deliver until nothing is due (tests; ``--once``)."""
        async with self.client() as client:
            while await self.deliver_once(client, now):
                pass

    async def send_messages(self, at: datetime | None = None, *, receipts: bool = True) -> int:
        """Send one batch of due text messages, then (``receipts``) record the receipts the provider
        has; how many messages were handled. The office clock's instant: quiet hours are Beijing
        times."""
        at = at or now()
        async with self.database.sessionmaker() as session:
            handled = await send_due(session, self.settings, self.sms_provider, at)
            await session.commit()
        if receipts:
            async with self.database.sessionmaker() as session:
                await record_receipts(session, self.settings, self.sms_provider, at)
                await session.commit()
        return handled

    async def run_imports(self, today: date | None = None) -> int:
        """Process queued bulk imports, one at a time; how many were processed."""
        done = 0
        while (job_id := await claim_next(self.database.sessionmaker)) is not None:
            try:
                await run_job(self.database.sessionmaker, self.settings, job_id, today or local_today())
            except Exception:
                log.exception("import %s failed", job_id)
                await mark_failed(self.database.sessionmaker, job_id)
            done += 1
        return done

    async def run_jobs(self, today: date | None = None) -> dict[str, int]:
        today = today or local_today()
        done: dict[str, int] = {}
        for name, job in JOBS.items():
            try:
                async with self.database.sessionmaker() as session:
                    done[name] = await job(session, today)
                    await session.commit()
            except Exception:  # one failing job must not stop the others or the deliveries
                log.exception("job %s failed", name)
        return done

    async def run_forever(self, stop: asyncio.Event) -> None:
        next_jobs = next_receipts = 0.0
        async with self.client() as client:
            while not stop.is_set():
                try:
                    if time.monotonic() >= next_jobs:
                        await self.run_jobs()
                        next_jobs = time.monotonic() + JOB_INTERVAL_SECONDS
                    busy = await self.deliver_once(client) + await self.run_imports()
                    poll = time.monotonic() >= next_receipts
                    busy += await self.send_messages(receipts=poll)
                    if poll:
                        next_receipts = time.monotonic() + RECEIPT_POLL_SECONDS
                    busy += await self.reencryption.step()
                    WORKER_HEARTBEAT.set(utcnow().timestamp())
                except Exception:  # the database may be away for a moment: keep going
                    log.exception("worker pass failed")
                    busy = 0
                if not busy:
                    try:
                        await asyncio.wait_for(stop.wait(), timeout=self.settings.worker_poll_seconds)
                    except TimeoutError:
                        pass


async def _main(once: bool) -> None:
    settings = get_settings()
    tracing.configure(settings, "fpwork-worker")  # before the engine is built, which then gets SQL spans
    database = Database(settings)
    worker = Worker(database, settings)
    try:
        if once:
            await worker.run_jobs()
            await worker.run_imports()
            await worker.drain()
            while await worker.send_messages():
                pass
            await worker.reencryption.run_to_end()
            return
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        log.info("worker started")
        await worker.run_forever(stop)
    finally:
        await database.dispose()
        tracing.shutdown()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m app.worker", description=__doc__.splitlines()[0])
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument("--today", type=date.fromisoformat, help="run the jobs as of this date (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    configure_logging(get_settings().log_level)
    if args.today:
        set_today(args.today)
    asyncio.run(_main(args.once))


if __name__ == "__main__":
    main()
