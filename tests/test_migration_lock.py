"""Replicas starting together: migrations run one at a time under a PostgreSQL advisory lock."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from tests.databases import DatabaseFactory, base_url

pytestmark = pytest.mark.asyncio
ROOT = Path(__file__).resolve().parent.parent
LOCK_KEY = 0x6670776F726B  # migrations/env.py MIGRATION_LOCK_KEY


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _upgrade(url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "FPW_DATABASE_URL": url, "FPW_LOG_LEVEL": "WARNING"}
    return subprocess.Popen(
        [sys.executable, "-m", "alembic", "-x", f"url={url}", "upgrade", "head"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


async def _head_of(url: str) -> str:
    conn = await asyncpg.connect(_dsn(url))
    try:
        return await conn.fetchval("SELECT version_num FROM alembic_version")
    finally:
        await conn.close()


def _script_head() -> str:
    from alembic.script import ScriptDirectory

    from tests.databases import alembic_config

    head = ScriptDirectory.from_config(alembic_config(base_url())).get_current_head()
    assert head is not None
    return head


async def test_two_replicas_migrating_a_fresh_database_at_once_both_succeed(db_factory: DatabaseFactory):
    url = await db_factory.empty("lock_race")
    first, second = _upgrade(url), _upgrade(url)
    outputs = await asyncio.gather(
        asyncio.to_thread(first.communicate, timeout=600), asyncio.to_thread(second.communicate, timeout=600)
    )
    assert (first.returncode, second.returncode) == (0, 0), outputs
    assert await _head_of(url) == _script_head()


async def test_an_upgrade_waits_while_another_holds_the_migration_lock(db_factory: DatabaseFactory):
    url = await db_factory.empty("lock_wait")
    holder = await asyncpg.connect(_dsn(url))
    try:
        await holder.execute("SELECT pg_advisory_lock($1)", LOCK_KEY)
        process = _upgrade(url)
        # wait (on a deadline) until the upgrade's session is queued behind the lock
        deadline = time.monotonic() + 300
        waiting = 0
        while waiting == 0:
            assert process.poll() is None, process.communicate()[0]
            assert time.monotonic() < deadline, "the upgrade never asked for the migration lock"
            waiting = await holder.fetchval(
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()"
            )
            if waiting == 0:
                await asyncio.sleep(0.1)
        tables = await holder.fetchval(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
        assert tables == 0, "nothing was migrated while the lock was held"
        await holder.execute("SELECT pg_advisory_unlock($1)", LOCK_KEY)
        output, _ = await asyncio.to_thread(process.communicate, timeout=600)
        assert process.returncode == 0, output
    finally:
        await holder.close()
    assert await _head_of(url) == _script_head()
