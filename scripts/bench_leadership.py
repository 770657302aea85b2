"""Benchmark: the leadership dashboard and annual report at 100,000 (and 1,000,000) residents.

    python -m scripts.bench_leadership --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres
    python -m scripts.bench_leadership --database-url ... --residents 100000 1000000

For each size a scratch database ``bench_leadership_<n>`` is created next to the one in the URL,
migrated, loaded with the demo data and bulk-filled for 2018 and 2019 in proportion to the
residents: families (two parents each) with a child whose birth falls in those years for about 1%
of residents a year; per year, service requests (2% of residents), screenings (3%), benefit
applications (1%) and dispensations with their ledger lines (20%); then the per-day stock sums
(``stock_days``, which every write keeps in production) are rebuilt from the bulk-filled rows, timed,
and the tables vacuumed and analysed. Requests go through the real app
in-process (httpx ASGI transport) with "today" at 2019-12-31; the database is dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import Any

import asyncpg
import httpx
from sqlalchemy import insert, select
from sqlalchemy.engine import make_url

from scripts.bench_benefits import _alembic_upgrade, _drop_database, _measure

CHUNK = 5000
TODAY = date(2019, 12, 31)


def _database_url(base: str, residents: int) -> str:
    return make_url(base).set(database=f"bench_leadership_{residents}").render_as_string(hide_password=False)


async def _fresh_database(base: str, residents: int) -> str:
    name = f"bench_leadership_{residents}"
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def _day(rng: random.Random, year: int) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randint(0, 364))


async def _bulk_fill(url: str, residents: int) -> None:  # noqa: C901 - one straight data recipe
    from app.clock import utcnow
    from app.config import get_settings
    from app.db import Database
    from app.models.benefits.benefit import BenefitApplication, BenefitProgram
    from app.models.core.family import Child, Family
    from app.models.core.org import Org
    from app.models.core.resident import Resident
    from app.models.core.user import User
    from app.models.lawful_services.service import ServiceRequest, ServiceType
    from app.models.quality.screening import Screening, ScreeningProgram
    from app.models.quality.stock import Dispensation, StockBatch, StockMovement

    database = Database(get_settings().model_copy(update={"database_url": url}))
    rng = random.Random(7)  # noqa: S311 - benchmark data
    now = utcnow()
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    try:
        async with database.engine.begin() as conn:
            orgs = dict((await conn.execute(select(Org.code, Org.id))).all())
            communities = [orgs["500103003001"], orgs["500103003002"]]
            unit = orgs["91500103MA01ABCD1W"]
            program = (
                await conn.execute(select(BenefitProgram.id).where(BenefitProgram.code == "one_child_award"))
            ).scalar_one()
            creator = (await conn.execute(select(User.id).where(User.username == "community-a"))).scalar_one()
            types = list((await conn.execute(select(ServiceType.id))).scalars())
            screening_program = (
                await conn.execute(select(ScreeningProgram.id).where(ScreeningProgram.year == 2019).limit(1))
            ).scalar_one()
            batches = (await conn.execute(select(StockBatch.__table__))).all()
            first = 20_000_000
            families = residents // 2
            for start in range(0, families, CHUNK):
                n = min(CHUNK, families - start)
                people, fams, kids = [], [], []
                for i in range(start, start + n):
                    community = communities[i % 2]
                    wife, husband, family = first + 2 * i, first + 2 * i + 1, first + i
                    birth = date(1960, 1, 1) + timedelta(days=rng.randint(0, 12000))
                    for rid, sex in ((wife, "female"), (husband, "male")):
                        people.append(
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
                                "employer_unit_id": unit if i % 10 == 0 else None,
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
                    # about 1% of residents are born in each of 2018 and 2019
                    roll = rng.random()
                    born = (
                        _day(rng, 2019)
                        if roll < 0.02
                        else _day(rng, 2018)
                        if roll < 0.04
                        else birth + timedelta(9000)
                    )
                    kids.append(
                        {
                            "family_id": family,
                            "name": "孩子",
                            "sex": rng.choice(["male", "female"]),
                            "birth_order": 1 if rng.random() < 0.6 else 2 if rng.random() < 0.95 else 3,
                            "birth_date": min(born, TODAY),
                            "adopted": False,
                            "status": "living",
                            **stamp,
                        }
                    )
                await conn.execute(insert(Resident.__table__), people)
                await conn.execute(insert(Family.__table__), fams)
                await conn.execute(insert(Child.__table__), kids)

            for year in (2018, 2019):
                rows: dict[Any, list[dict[str, Any]]] = {
                    ServiceRequest.__table__: [],
                    Screening.__table__: [],
                    BenefitApplication.__table__: [],
                }
                for k in range(residents // 50):
                    fam = first + rng.randrange(families)
                    submitted = _day(rng, year)
                    due = submitted + timedelta(days=7)
                    finished = submitted + timedelta(days=rng.randint(0, 10))
                    done = finished <= TODAY and rng.random() < 0.9
                    rows[ServiceRequest.__table__].append(
                        {
                            "tracking_code": f"B{year}{k:09d}",
                            "service_type_id": rng.choice(types),
                            "org_id": communities[fam % 2],
                            "family_id": fam,
                            "state": "completed" if done else "submitted",
                            "materials": [],
                            "submitted_at": datetime.combine(submitted, dtime(2), tzinfo=UTC),
                            "submitted_on": submitted,
                            "clock_started_on": submitted,
                            "due_on": due,
                            "finished_on": finished if done else None,
                            "working_days_taken": (finished - submitted).days if done else None,
                            **stamp,
                        }
                    )
                for _ in range(residents * 3 // 100):
                    person = first + rng.randrange(residents)
                    community = communities[((person - first) // 2) % 2]
                    rows[Screening.__table__].append(
                        {
                            "program_id": screening_program,
                            "resident_id": person,
                            "org_id": community,
                            "counted_org_id": community,
                            "screened_on": _day(rng, year),
                            "items": [],
                            "risk_level": "low",
                            **stamp,
                        }
                    )
                for k in range(residents // 100):
                    fam = first + 2 * k + (year - 2018)  # one open application per family and program
                    rows[BenefitApplication.__table__].append(
                        {
                            "program_id": program,
                            "family_id": fam,
                            "community_id": communities[fam % 2],
                            "payer_org_id": orgs["500103000000"],
                            "status": rng.choice(["submitted", "enrolled", "rejected"]),
                            "materials": [],
                            "missing_materials": [],
                            "note": "",
                            "created_by_id": creator,
                            "submitted_at": datetime.combine(_day(rng, year), dtime(2), tzinfo=UTC),
                            "decided_at": datetime.combine(_day(rng, year), dtime(3), tzinfo=UTC),
                            **stamp,
                        }
                    )
                for table, items in rows.items():
                    for s in range(0, len(items), CHUNK):
                        await conn.execute(insert(table), items[s : s + CHUNK])
                for s in range(0, residents // 5, CHUNK):
                    dispensed, moves = [], []
                    for _ in range(min(CHUNK, residents // 5 - s)):
                        batch = rng.choice(batches)
                        day = _day(rng, year)
                        at = datetime.combine(day, dtime(2), tzinfo=UTC)
                        dispensed.append(
                            {
                                "point_id": batch.point_id,
                                "product_id": batch.product_id,
                                "quantity": 1,
                                "channel": "staff",
                                "dispensed_at": at,
                                "dispensed_on": day,
                            }
                        )
                        moves.append(
                            {
                                "kind": "dispense" if rng.random() < 0.9 else "receipt",
                                "point_id": batch.point_id,
                                "product_id": batch.product_id,
                                "batch_id": batch.id,
                                "batch_no": batch.batch_no,
                                "expires_on": batch.expires_on,
                                "quantity": -1 if rng.random() < 0.9 else 12,
                                "occurred_at": at,
                                "occurred_on": day,
                            }
                        )
                    await conn.execute(insert(Dispensation.__table__), dispensed)
                    await conn.execute(insert(StockMovement.__table__), moves)
    finally:
        await database.dispose()


async def _summarise(url: str) -> float:
    """What production keeps at every write, for the rows bulk-inserted around the ORM: the per-day
    stock sums (``stock_days``, rebuilt as migration 0011 builds them); then VACUUM ANALYZE, the
    state autovacuum leaves a table in after a bulk load. Returns the seconds the rebuild took."""
    from app.models.quality.stock_days import REBUILD_SQL

    conn = await asyncpg.connect(
        make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    )
    try:
        t0 = time.perf_counter()
        async with conn.transaction():
            await conn.execute("DELETE FROM stock_days")
            await conn.execute(REBUILD_SQL)
        seconds = time.perf_counter() - t0
        for table in (
            "residents",
            "families",
            "children",
            "service_requests",
            "screenings",
            "benefit_applications",
            "dispensations",
            "stock_movements",
            "stock_days",
        ):
            await conn.execute(f"VACUUM ANALYZE {table}")
    finally:
        await conn.close()
    return seconds


async def bench_size(
    base: str, residents: int, requests: int, seconds: float, *, keep: bool = False, reuse: bool = False
) -> list[dict[str, Any]]:
    url = _database_url(base, residents) if reuse else await _fresh_database(base, residents)
    try:
        await asyncio.to_thread(_alembic_upgrade, url)
        from app.clock import today
        from app.config import get_settings
        from app.db import Database, set_database
        from scripts.seed_demo import seed_demo

        settings = get_settings().model_copy(update={"database_url": url, "log_level": "WARNING"})
        fill_seconds = summary_seconds = 0.0
        if not reuse:
            await seed_demo(settings)
            t0 = time.perf_counter()
            await _bulk_fill(url, residents)
            fill_seconds = time.perf_counter() - t0
        summary_seconds = await _summarise(url)
        database = Database(settings)
        set_database(database)
        from app.main import create_app

        app = create_app(settings)
        app.dependency_overrides[get_settings] = lambda: settings
        app.dependency_overrides[today] = lambda: TODAY
        results = []
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=600
        ) as client:
            tokens = {}
            for user in ("street", "community-a"):
                login = await client.post(
                    "/api/v1/auth/token",
                    data={"grant_type": "password", "username": user, "password": "demo-pass-2019"},
                )
                assert login.status_code == 200, login.text
                tokens[user] = {"Authorization": f"Bearer {login.json()['access_token']}"}

            def get(user: str, path: str, **params: Any) -> Any:
                def call() -> Any:
                    return client.get(path, params={"year": 2019, **params}, headers=tokens[user])

                return call

            cases = [
                ("dashboard (street)", get("street", "/api/v1/reports/dashboard")),
                ("dashboard (community)", get("community-a", "/api/v1/reports/dashboard")),
                ("annual report JSON (street)", get("street", "/api/v1/reports/annual")),
                ("annual report XLSX (street)", get("street", "/api/v1/reports/annual", format="xlsx")),
                ("annual report CSV (community)", get("community-a", "/api/v1/reports/annual", format="csv")),
            ]
            for name, call in cases:
                await call()  # warm up
                results.append(await _measure(name, call, requests, seconds, 1))
        await database.dispose()
        set_database(None)
        for r in results:
            r["residents"] = residents
            r["fill_seconds"] = round(fill_seconds, 1)
            r["summary_seconds"] = round(summary_seconds, 1)
        return results
    finally:
        if not keep:
            await _drop_database(base, url)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", required=True, help="a postgresql+asyncpg URL")
    parser.add_argument("--residents", type=int, nargs="+", default=[100_000])
    parser.add_argument("--requests", type=int, default=10, help="requests per measurement (upper bound)")
    parser.add_argument("--seconds", type=float, default=30.0, help="time per measurement (upper bound)")
    parser.add_argument("--keep", action="store_true", help="keep the filled database afterwards")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure a database kept by --keep (migrated to head) without refilling",
    )
    args = parser.parse_args()
    os.environ.setdefault("FPW_LOG_LEVEL", "WARNING")
    print("PostgreSQL, one request at a time")
    print("| residents | measurement | requests | p50 ms | p95 ms |\n|---:|---|---:|---:|---:|", flush=True)
    for n in args.residents:
        rows = asyncio.run(
            bench_size(args.database_url, n, args.requests, args.seconds, keep=args.keep, reuse=args.reuse)
        )
        for r in rows:
            print(f"| {r['residents']:,} | {r['name']} | {r['requests']} | {r['p50_ms']} | {r['p95_ms']} |")
        print(
            f"(bulk fill of {n:,} residents: {rows[0]['fill_seconds']} s; "
            f"stock_days rebuilt from the bulk-filled ledger in {rows[0]['summary_seconds']} s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
