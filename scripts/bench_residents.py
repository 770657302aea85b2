"""The benchmark databases: ``fpw_bench_<size>`` on BENCH_PG_ADMIN's server, migrated, demo-seeded and
filled with <size> residents by COPY, ID numbers and phones encrypted and masked as the app stores
them. ``prepare`` keeps one that already holds them when asked to reuse it (scripts/bench_api.py).
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import os
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import asyncpg
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

if TYPE_CHECKING:
    from app.security import PiiCipher

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
LUA = Path(__file__).with_name("wrk_status.lua")
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/test")
BULK_PREFIX = "居民"  # bulk residents are named 居民<n>: how --reuse counts them
COLUMNS = (
    "id_number_enc", "id_number_hash", "id_number_masked", "phone_enc", "phone_masked", "name", "sex",
    "birth_date", "household_division_code", "community_id", "employer_unit_id", "marital_status",
    "status", "version", "created_at", "updated_at",
)  # fmt: skip
CHUNK = 50_000


def db_url(size: int) -> str:
    return PG_ADMIN.replace("postgresql://", "postgresql+asyncpg://").rsplit("/", 1)[0] + f"/fpw_bench_{size}"


def bench_secrets() -> dict[str, str]:
    """Random secrets made once in var/bench/secrets.json: a reused database stays readable."""
    from app.config import development_secrets

    stored = development_secrets(VAR / "bench")
    return {"FPW_JWT_SECRET": stored["jwt_secret"], "FPW_PII_KEY": stored["pii_key"]}


def app_env(url: str, environment: str) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("FPW_")}
    return {**inherited, **bench_secrets(), "FPW_DATABASE_URL": url, "FPW_ENVIRONMENT": environment}


async def scalar(url: str, sql: str, **params: object) -> object:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            return (await conn.execute(text(sql), params)).scalar()
    finally:
        await engine.dispose()


async def bulk_count(url: str) -> int:
    try:
        found = await scalar(url, "SELECT count(*) FROM residents WHERE name LIKE :p", p=BULK_PREFIX + "%")
    except Exception:  # no database, or not migrated
        return -1
    return int(found)  # type: ignore[call-overload]


async def recreate(size: int, *, create: bool = True) -> None:
    conn = await asyncpg.connect(PG_ADMIN)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "fpw_bench_{size}" WITH (FORCE)')
        if create:
            await conn.execute(f'CREATE DATABASE "fpw_bench_{size}"')
    finally:
        await conn.close()


def bulk_rows(start: int, stop: int, communities: list[int]) -> list[tuple[object, ...]]:
    """Residents 居民<start>..<stop>: unique valid ID numbers (each encrypted), 10,000 phones."""
    from app.clock import utcnow
    from app.id_numbers import make_id_number
    from app.security import mask_id_number

    cipher, phones = pii()
    mac_key = cipher._mac_key  # hmac.digest: lookup_hash without the Python HMAC object per row
    # GB 11643 check character, summed per birth day once: 900 sequence numbers share a day
    weights, checks = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), "10X98765432"
    tail = {n: sum(int(d) * w for d, w in zip(f"{n:03d}", weights[14:], strict=True)) for n in range(1000)}
    now, first_day = utcnow(), date(1950, 1, 1)
    rows: list[tuple[object, ...]] = []
    for day in range(start // 900, (stop + 899) // 900):
        birth = first_day + timedelta(days=day)
        head = f"110106{birth:%Y%m%d}"
        head_sum = sum(int(d) * w for d, w in zip(head, weights, strict=False))
        for i in range(max(start, day * 900), min(stop, day * 900 + 900)):
            sequence = 100 + i % 900
            id_number = f"{head}{sequence}{checks[(head_sum + tail[sequence]) % 11]}"
            phone_enc, phone_masked = phones[i % len(phones)]
            rows.append((
                cipher.encrypt(id_number), hmac.digest(mac_key, id_number.encode(), "sha256").hex(),
                mask_id_number(id_number),
                phone_enc, phone_masked, f"{BULK_PREFIX}{i}", "male" if sequence % 2 else "female", birth,
                "110106", communities[i % len(communities)], None, "married", "active", 1, now, now,
            ))  # fmt: skip
    if rows:  # the shortcuts agree with the app's own functions
        assert id_number == make_id_number("110106", birth, sequence), "check character"
        assert rows[-1][1] == cipher.lookup_hash(id_number), "lookup hash"
    return rows


@functools.cache
def pii() -> tuple[PiiCipher, list[tuple[str, str]]]:
    """The cipher with the bench key, and 10,000 phone numbers encrypted once."""
    from app.security import PiiCipher, mask_phone

    cipher = PiiCipher(bench_secrets()["FPW_PII_KEY"])
    return cipher, [(cipher.encrypt(p), mask_phone(p)) for p in (f"139{n:08d}" for n in range(10_000))]


async def load_residents(url: str, count: int) -> None:
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        found = await conn.execute(text("SELECT id FROM orgs WHERE kind = 'community' ORDER BY id"))
        communities = list(found.scalars())
    await engine.dispose()
    pg = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        async with pg.transaction():  # all or nothing: --reuse never sees half a load
            rows = bulk_rows(0, min(count, CHUNK), communities)
            for start in range(CHUNK, count + CHUNK, CHUNK):  # next chunk made while COPY runs
                following = asyncio.to_thread(bulk_rows, start, min(count, start + CHUNK), communities)
                copy = pg.copy_records_to_table("residents", records=rows, columns=COLUMNS)
                _, rows = await asyncio.gather(copy, following)
        await pg.execute("ANALYZE")
    finally:
        await pg.close()


def prepare(size: int, reuse: bool) -> str:
    url = db_url(size)
    if reuse and asyncio.run(bulk_count(url)) >= size:
        print(f"== {size:,}: reusing {url.rsplit('/', 1)[1]} (migrated to head)")
        upgrade = [sys.executable, "-m", "alembic", "upgrade", "head"]
        subprocess.run(upgrade, cwd=ROOT, env=app_env(url, "development"), check=True, capture_output=True)
        return url
    print(f"== {size:,}: creating, migrating, seeding the demo")
    asyncio.run(recreate(size))
    started, env = time.perf_counter(), app_env(url, "development")
    for module in (["alembic", "upgrade", "head"], ["scripts.seed_demo"]):
        subprocess.run([sys.executable, "-m", *module], cwd=ROOT, env=env, check=True, capture_output=True)
    seeded = time.perf_counter()
    asyncio.run(load_residents(url, size))
    done = time.perf_counter()
    print(
        f"   migrated, seeded in {seeded - started:.1f} s; loaded {size:,} residents in {done - seeded:.1f} s"
    )
    return url
