"""Benchmark: eligibility check and application list latency at 1,000 and 100,000 families.

    python -m scripts.bench_benefits --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

For each size a fresh database is migrated, loaded with the demo data, then bulk-filled with
families (two parents, one child) and one application per family by plain INSERTs. Requests go
through the real app in-process (httpx ASGI transport: no network beyond loopback). Every
measurement is bounded by --requests and --seconds. Scratch databases named ``bench_benefits_<n>``
are created next to the one in the URL and dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from alembic import command
from alembic.config import Config
from sqlalchemy import insert, select
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 5000


def _alembic_upgrade(url: str) -> None:
    os.environ["FPW_DATABASE_URL"] = url
    from app.config import get_settings

    get_settings.cache_clear()
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    cfg.attributes["configure_logger"] = False
    command.upgrade(cfg, "head")


async def _fresh_database(base: str, families: int) -> str:
    name = f"bench_benefits_{families}"
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


async def _drop_database(base: str, url: str) -> None:
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    finally:
        await conn.close()


async def _bulk_fill(url: str, families: int) -> tuple[list[int], dict[str, int]]:
    """Insert families, parents, children and applications; return family ids and org ids."""
    from app.clock import utcnow
    from app.config import get_settings
    from app.db import Database
    from app.models.benefits.benefit import BenefitApplication, BenefitProgram
    from app.models.benefits.enrolment import Enrolment
    from app.models.core.family import Child, Family
    from app.models.core.org import Org
    from app.models.core.resident import Resident
    from app.models.core.user import User

    database = Database(get_settings().model_copy(update={"database_url": url}))
    rng = random.Random(7)  # noqa: S311 - benchmark data
    now = utcnow()
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    try:
        async with database.engine.begin() as conn:
            orgs = dict((await conn.execute(select(Org.code, Org.id))).all())
            communities = [orgs["500103003001"], orgs["500103003002"]]
            program = (
                await conn.execute(
                    select(BenefitProgram.id).where(BenefitProgram.code == "special_support_death")
                )
            ).scalar_one()
            creator = (await conn.execute(select(User.id).where(User.username == "community-a"))).scalar_one()
            first_id = 10_000_000
            for start in range(0, families, CHUNK):
                n = min(CHUNK, families - start)
                residents, fams, kids, apps, enrols = [], [], [], [], []
                for i in range(start, start + n):
                    community = communities[i % 2]
                    wife, husband, family = first_id + 2 * i, first_id + 2 * i + 1, first_id + i
                    birth = date(1950, 1, 1) + timedelta(days=rng.randint(0, 15000))
                    for rid, sex in ((wife, "female"), (husband, "male")):
                        residents.append(
                            {
                                "id": rid,
                                "id_number_enc": "bench",
                                "id_number_hash": f"bench-{rid}",
                                "id_number_masked": "500103********0000",
                                "name": "测试居民",
                                "sex": sex,
                                "birth_date": birth,
                                "household_division_code": "500103003001",
                                "community_id": community,
                                "marital_status": "married",
                                "status": "active",
                                **stamp,
                            }
                        )
                    fams.append(
                        {
                            "id": family,
                            "community_id": community,
                            "husband_id": husband,
                            "wife_id": wife,
                            **stamp,
                        }
                    )
                    dead = i % 3 == 0
                    kids.append(
                        {
                            "family_id": family,
                            "name": "孩子",
                            "sex": "male",
                            "birth_order": 1,
                            "birth_date": birth + timedelta(days=9000),
                            "adopted": False,
                            "status": "deceased" if dead else "living",
                            "deceased_on": birth + timedelta(days=12000) if dead else None,
                            **stamp,
                        }
                    )
                    # one enrolment per mother, to time a payment batch over every family
                    enrols.append(
                        {
                            "program_id": program,
                            "family_id": family,
                            "beneficiary_id": wife,
                            "community_id": community,
                            "street_id": orgs["500103003000"],
                            "payer_org_id": orgs["500103000000"],
                            "amount_fen": 45000,
                            "status": "active",
                            "starts_on": date(2019, 1, 1),
                            "needs_review": False,
                            "source": "application",
                            **stamp,
                        }
                    )
                    apps.append(
                        {
                            "id": family,  # so that a family id is also a valid mid-list cursor
                            "program_id": program,
                            "family_id": family,
                            "community_id": community,
                            "payer_org_id": orgs["500103000000"],
                            "status": "submitted",
                            "materials": [],
                            "missing_materials": [],
                            "note": "",
                            "created_by_id": creator,
                            **stamp,
                        }
                    )
                await conn.execute(insert(Resident.__table__), residents)
                await conn.execute(insert(Family.__table__), fams)
                await conn.execute(insert(Child.__table__), kids)
                await conn.execute(insert(BenefitApplication.__table__), apps)
                await conn.execute(insert(Enrolment.__table__), enrols)
            for table in ("residents", "families", "children", "benefit_applications", "benefit_enrolments"):
                await conn.exec_driver_sql(f"ANALYZE {table}")
        return [first_id + i for i in range(families)], {"program": program}
    finally:
        await database.dispose()


async def _measure(
    name: str, call: Callable[[], Awaitable[httpx.Response]], requests: int, seconds: float, concurrency: int
) -> dict[str, Any]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0 and time.perf_counter() < deadline:
            remaining -= 1
            started = time.perf_counter()
            response = await call()
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise RuntimeError(f"{name}: {response.status_code} {response.text[:200]}")

    started = time.perf_counter()
    await asyncio.gather(*[worker() for _ in range(concurrency)])
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "name": name,
        "requests": len(latencies),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 1),
        "rps": round(len(latencies) / elapsed, 1),
    }


async def bench_size(
    base: str, families: int, requests: int, seconds: float, concurrency: int
) -> list[dict[str, Any]]:
    url = await _fresh_database(base, families)
    try:
        await asyncio.to_thread(_alembic_upgrade, url)
        from app.config import get_settings
        from app.db import Database, set_database
        from scripts.seed_demo import seed_demo

        settings = get_settings().model_copy(update={"database_url": url, "log_level": "WARNING"})
        await seed_demo(settings)
        t0 = time.perf_counter()
        family_ids, info = await _bulk_fill(url, families)
        fill_seconds = time.perf_counter() - t0
        database = Database(settings)
        set_database(database)
        from app.main import create_app

        app = create_app(settings)
        app.dependency_overrides[get_settings] = lambda: settings
        rng = random.Random(11)  # noqa: S311 - benchmark sampling
        results = []
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        ) as client:
            tokens = {}
            for user in ("street", "community-a"):
                login = await client.post(
                    "/api/v1/auth/token",
                    data={"grant_type": "password", "username": user, "password": "demo-pass-2019"},
                )
                tokens[user] = {"Authorization": f"Bearer {login.json()['access_token']}"}
            program = info["program"]

            def eligibility(user: str) -> Callable[[], Awaitable[httpx.Response]]:
                def call() -> Awaitable[httpx.Response]:
                    family = rng.choice(family_ids[0::2] if user == "community-a" else family_ids)
                    return client.post(
                        f"/api/v1/benefit-programs/{program}/eligibility-check",
                        json={"family_id": family, "reference_date": "2019-06-01"},
                        headers=tokens[user],
                    )

                return call

            def listing(user: str, **params: Any) -> Callable[[], Awaitable[httpx.Response]]:
                def call() -> Awaitable[httpx.Response]:
                    return client.get(
                        "/api/v1/benefit-applications", params={"limit": 20, **params}, headers=tokens[user]
                    )

                return call

            from app.pagination import encode_cursor

            middle = encode_cursor([family_ids[len(family_ids) // 2]])  # the middle of the list
            cases = [
                ("eligibility-check (street)", eligibility("street")),
                ("eligibility-check (community)", eligibility("community-a")),
                ("list applications p1 (street)", listing("street")),
                ("list applications p1 (community)", listing("community-a")),
                ("list applications deep page (street)", listing("street", cursor=middle)),
                ("list applications status filter (street)", listing("street", status="submitted")),
            ]
            for name, call in cases:
                await call()  # warm up
                results.append(await _measure(name, call, requests, seconds, concurrency))
            # one payment batch over every family: generate, then the street's approval re-checks each line
            started = time.perf_counter()
            made = await client.post(
                "/api/v1/payment-batches",
                json={"program_id": program, "period": "2019-06"},
                headers=tokens["street"],
            )
            generated = time.perf_counter() - started
            assert made.status_code == 201, made.text
            started = time.perf_counter()
            approved = await client.post(
                f"/api/v1/payment-batches/{made.json()['id']}/approve", headers=tokens["street"]
            )
            approve_seconds = time.perf_counter() - started
            assert approved.status_code == 200, approved.text
            lines = made.json()["line_count"]
            for name, took in (("generate batch", generated), ("approve batch (re-check)", approve_seconds)):
                results.append(
                    {
                        "name": f"{name}, {lines:,} lines",
                        "requests": 1,
                        "p50_ms": round(took * 1000, 1),
                        "p95_ms": round(took * 1000, 1),
                        "rps": round(1 / took, 2),
                    }
                )
        await database.dispose()
        set_database(None)
        for r in results:
            r["families"] = families
            r["fill_seconds"] = round(fill_seconds, 1)
        return results
    finally:
        await _drop_database(base, url)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", required=True, help="a postgresql+asyncpg URL")
    parser.add_argument("--families", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--requests", type=int, default=300, help="requests per measurement (upper bound)")
    parser.add_argument("--seconds", type=float, default=10.0, help="time per measurement (upper bound)")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    os.environ.setdefault("FPW_LOG_LEVEL", "WARNING")
    rows = []
    for n in args.families:
        rows += asyncio.run(bench_size(args.database_url, n, args.requests, args.seconds, args.concurrency))
    print(f"\nPostgreSQL, concurrency {args.concurrency}")
    print("| families | measurement | requests | p50 ms | p95 ms | req/s |\n|---:|---|---:|---:|---:|---:|")
    for r in rows:
        cells = [f"{r['families']:,}", r["name"], r["requests"], r["p50_ms"], r["p95_ms"], r["rps"]]
        print("| " + " | ".join(str(c) for c in cells) + " |")
    print("\nbulk fill seconds: " + ", ".join(f"{r['families']:,}: {r['fill_seconds']}" for r in rows[::8]))


if __name__ == "__main__":
    main()
