"""The change log's retention: the worker deletes only rows older than FPW_SYNC_CHANGES_KEEP_DAYS,
in batches, and a download token older than that is told to start again (410 sync-token-expired);
the fresh download after it works (docs/mobile-sync.md, "Retention")."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from app import clock
from app.jobs import JOBS
from app.models.sync.device import SyncChange
from app.services.sync.retention import changes_kept_from, prune_changes
from tests.api.sync.sync_helpers import Device

pytestmark = pytest.mark.asyncio

TODAY = date(2019, 6, 3)


@pytest.fixture(autouse=True)
def no_settle(api):
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"feed_settle_seconds": 0})
    yield
    api.app.state.settings = original
    clock.set_today(None)


async def test_the_job_deletes_only_changes_older_than_the_kept_days_in_batches(api):
    clock.set_today(TODAY)
    cutoff = changes_kept_from(api.settings, clock.local_today())
    keep = timedelta(days=api.settings.sync_changes_keep_days)
    # Beijing midnight starting the day keep_days ago: that day is kept, the day before is not
    assert clock.local_date(cutoff) == TODAY - keep
    assert clock.local_date(cutoff - timedelta(microseconds=1)) == TODAY - keep - timedelta(days=1)
    ages = {
        "old-1": cutoff - timedelta(days=400),
        "old-2": cutoff - timedelta(days=31),
        "old-3": cutoff - timedelta(hours=1),
        "old-4": cutoff - timedelta(seconds=1),
        "old-5": cutoff - timedelta(microseconds=1),
        "kept-edge": cutoff,
        "kept-day": cutoff + timedelta(days=1),
        "kept-today": clock.now(),
    }
    async with api.session() as session:
        before = (await session.execute(select(func.count()).select_from(SyncChange))).scalar_one()
        rows = {
            name: SyncChange(changed_at=at, kind="resident", record_id=9_000_000 + n, org_id=1)
            for n, (name, at) in enumerate(ages.items())
        }
        session.add_all(rows.values())
        await session.commit()
        ids = {name: row.id for name, row in rows.items()}

    async with api.session() as session:
        # five old rows, two a statement: three batches, the last one short
        assert await prune_changes(session, clock.local_today(), settings=api.settings, batch=2) == 5
        await session.commit()
    async with api.session() as session:
        left = set(
            (await session.execute(select(SyncChange.id).where(SyncChange.id.in_(ids.values())))).scalars()
        )
        total = (await session.execute(select(func.count()).select_from(SyncChange))).scalar_one()
    assert left == {ids["kept-edge"], ids["kept-day"], ids["kept-today"]}
    assert total == before + 3  # the demo's own (recent) changes are untouched

    # the worker's registered job, run again the same day, finds nothing more (idempotent)
    async with api.session() as session:
        assert await JOBS["sync_changes_prune"](session, clock.local_today()) == 0
        await session.commit()


async def test_the_prune_predicate_has_its_index(api):
    async with api.session() as session:
        await session.execute(text("SET LOCAL enable_seqscan = off"))  # a small table: ask what can serve it
        plan = "\n".join(
            (
                await session.execute(
                    text(
                        "EXPLAIN SELECT id FROM sync_changes WHERE changed_at < now() "
                        "ORDER BY changed_at LIMIT 5"
                    )
                )
            ).scalars()
        )
    assert "ix_sync_changes_changed_at" in plan, plan


async def test_an_expired_token_is_told_to_start_again_and_a_fresh_download_works(api):
    installation = uuid.uuid4().hex
    device = Device(api.client, "community-a")
    await device.sign_in()
    assert (await device.register(installation)).status_code == 201
    first = await device.sync_down()
    assert first and device.sync_token
    old_token, kept = device.sync_token, dict(device.records)
    keep_days = api.settings.sync_changes_keep_days

    # within the kept days (after the sign-in an idle device needs) the token still works
    clock.set_today(clock.local_today() + timedelta(days=keep_days - 10))
    await device.sign_in()
    assert (await device.register(installation)).json()["id"] == device.device_id
    assert (await device.page()).status_code == 200

    clock.set_today(clock.local_today() + timedelta(days=11))
    await device.sign_in()
    assert (await device.register(installation)).json()["id"] == device.device_id
    gone = await device.page()
    assert gone.status_code == 410, gone.text
    body = gone.json()
    assert body["type"] == "/problems/sync-token-expired" and body["restart"] is True
    assert f"{keep_days} days" in body["detail"]
    zh = await api.client.get(
        "/api/v1/sync/feed",
        params={"token": old_token},
        headers=device.headers(**{"Accept-Language": "zh-CN"}),
    )
    assert (
        zh.status_code == 410 and "同步令牌已过期" in zh.json()["title"] and "不带令牌" in zh.json()["detail"]
    )

    # what the problem says: drop the records and the token, download without a token
    device.records, device.sync_token = {}, None
    fresh = await device.sync_down()
    assert fresh and device.records.keys() == kept.keys()
    assert all(item["op"] == "upsert" for item in fresh)
    # and the new token is good for the next sync. (Its window is a real instant, the database's; the
    # office clock moved 31 days ahead would call it old at once, so the clock goes back to real time.)
    clock.set_today(None)
    again = await device.page()
    assert again.status_code == 200 and again.json()["items"] == []
