"""Overload fails fast: past the admission budget a request is a 503 with Retry-After, not a long wait;
the health probes never queue behind the pool."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import func, select, text

from app.db import Database, set_database
from app.models.core.resident import Resident
from tests.demo_ids import org_ids
from tests.factories import resident_body

RESIDENTS = "/api/v1/residents"


@asynccontextmanager
async def every_slot_taken(database: Database) -> AsyncIterator[int]:
    """Hold every admission slot, as a burst of slow requests would."""
    taken = 0
    while not database.admission.locked():
        await database.admission.acquire()
        taken += 1
    try:
        yield taken
    finally:
        for _ in range(taken):
            database.admission.release()


async def test_a_saturated_pool_answers_503_with_retry_after_within_the_budget(api):
    headers = await api.headers("community-a")  # signed in before the burst
    assert (await api.client.get(RESIDENTS, headers=headers)).status_code == 200
    budget = api.database.admission_timeout
    api.database.admission_timeout = 0.3
    try:
        async with every_slot_taken(api.database) as taken:
            assert taken == api.settings.db_pool_size + api.settings.db_max_overflow
            started = time.monotonic()
            async with asyncio.timeout(10):  # a request that queues instead fails here
                refused = await api.client.get(RESIDENTS, headers=headers)
            waited = time.monotonic() - started
            zh = await api.client.get(RESIDENTS, headers={**headers, "Accept-Language": "zh-CN"})
    finally:
        api.database.admission_timeout = budget
    assert refused.status_code == 503, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.headers["Retry-After"] == "1"
    body = refused.json()
    assert body["status"] == 503 and body["title"] == "Service overloaded"
    assert body["type"].endswith("overloaded")
    assert 0.3 <= waited < 5  # refused after the budget, not after the pool's own timeout
    assert zh.status_code == 503 and zh.json()["title"] == "服务繁忙"
    # once the burst is over, the same request is served again
    assert (await api.client.get(RESIDENTS, headers=headers)).status_code == 200


async def test_writes_refused_under_overload_leave_nothing_behind(api):
    headers = await api.headers("community-a")
    ids = await org_ids(api)
    body = resident_body(ids["community-a"], name="过载测试")
    budget = api.database.admission_timeout
    api.database.admission_timeout = 0.2
    try:
        async with every_slot_taken(api.database):
            refused = await api.client.post(
                RESIDENTS, json=body, headers={**headers, "Idempotency-Key": "overload-1"}
            )
    finally:
        api.database.admission_timeout = budget
    assert refused.status_code == 503, refused.text
    async with api.session() as session:
        assert await session.scalar(select(func.count()).where(Resident.name == "过载测试")) == 0
    # the same request, retried with the same key after the burst, is served once
    created = await api.client.post(
        RESIDENTS, json=body, headers={**headers, "Idempotency-Key": "overload-1"}
    )
    assert created.status_code == 201, created.text


async def test_readyz_answers_at_once_while_the_pool_is_exhausted(api):
    # A pool of one connection, held, with a 10 s pool timeout: a probe through the pool would wait.
    settings = api.settings.model_copy(
        update={"db_pool_size": 1, "db_max_overflow": 0, "db_pool_timeout": 10.0}
    )
    small = Database(settings)
    set_database(small)
    try:
        async with small.engine.connect() as held, every_slot_taken(small):
            await held.execute(text("SELECT 1"))
            started = time.monotonic()
            health, ready = await asyncio.gather(api.client.get("/healthz"), api.client.get("/readyz"))
            took = time.monotonic() - started
    finally:
        set_database(api.database)
        await small.dispose()
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    assert ready.status_code == 200 and ready.json() == {"status": "ok"}, ready.text
    assert took < 5  # well inside the pool's 10 s timeout


async def test_a_pool_that_times_out_answers_503_not_500(api):
    # Connections taken around the admission queue (a report's side-by-side figures, the worker) can
    # still exhaust the pool: its own time-out is overload too.
    headers = await api.headers("community-a")
    settings = api.settings.model_copy(
        update={"db_pool_size": 1, "db_max_overflow": 0, "db_pool_timeout": 0.5}
    )
    small = Database(settings)
    small.admission_timeout = 10.0
    set_database(small)
    try:
        async with small.engine.connect() as held:
            await held.execute(text("SELECT 1"))
            async with asyncio.timeout(10):
                refused = await api.client.get(RESIDENTS, headers=headers)
    finally:
        set_database(api.database)
        await small.dispose()
    assert refused.status_code == 503, refused.text
    assert refused.headers["Retry-After"] == "1"
    assert refused.json()["title"] == "Service overloaded"
