"""Benchmark: an authenticated, scoped resident list page vs a bare ``SELECT 1`` route.

Loads 100,000 residents into a fresh database (SQLite and/or PostgreSQL), starts one uvicorn
worker for the API and one for the bare route, and drives each with wrk on loopback:

    .venv/bin/python -m scripts.bench_api --databases sqlite postgres --seconds 10

Reports requests/s, p50 and p99 latency, non-2xx answers and socket errors for: the first page,
a deep cursor page, and the first page at 256 concurrent connections; and the ratio of the list
page's throughput to the bare route's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import asyncpg
import httpx
from sqlalchemy import func, insert, select

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/test")
BENCH_DB = "fpw_bench"


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int


def _ms(value: str) -> float:
    number = float(re.match(r"[\d.]+", value).group())  # type: ignore[union-attr]
    if value.endswith("us"):
        return number / 1000
    if value.endswith("ms"):
        return number
    if value.endswith("s"):
        return number * 1000
    return number


def run_wrk(name: str, url: str, token: str | None, connections: int, seconds: int) -> Result:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "30s", url]
    if token:
        cmd[1:1] = ["-H", f"Authorization: Bearer {token}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    errors = 0
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        errors = sum(int(g) for g in m.groups())
    return Result(name, rps, p50, p99, non_2xx, errors)


async def prepare_database(kind: str, residents: int) -> str:
    if kind == "sqlite":
        path = ROOT / "var" / "bench.db"
        path.parent.mkdir(exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        url = f"sqlite+aiosqlite:///{path}"
    else:
        conn = await asyncpg.connect(PG_ADMIN)
        await conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{BENCH_DB}"')
        await conn.close()
        url = PG_ADMIN.replace("postgresql://", "postgresql+asyncpg://").rsplit("/", 1)[0] + f"/{BENCH_DB}"
    env = {**os.environ, "FPW_DATABASE_URL": url}
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=ROOT,
        env=env,
        check=True,  # noqa: S603
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, "-m", "scripts.seed_demo"],
        cwd=ROOT,
        env=env,
        check=True,  # noqa: S603
        capture_output=True,
    )
    await bulk_residents(url, residents)
    return url


async def bulk_residents(url: str, count: int) -> None:
    from app.config import get_settings
    from app.db import Database
    from app.id_numbers import make_id_number
    from app.models.core.org import Org, OrgKind
    from app.models.core.resident import MaritalStatus, Resident, Sex
    from app.security import mask_id_number, mask_phone, pii_cipher

    settings = get_settings().model_copy(update={"database_url": url})
    cipher = pii_cipher(settings)
    database = Database(settings)
    async with database.sessionmaker() as session:
        communities = (
            (await session.execute(select(Org.id).where(Org.kind == OrgKind.community).order_by(Org.id)))
            .scalars()
            .all()
        )
        existing = (await session.execute(select(func.count()).select_from(Resident))).scalar_one()
        rows = []
        start = date(1950, 1, 1)
        for i in range(count):
            birth = start + timedelta(days=i // 900)
            sequence = 100 + i % 900
            id_number = make_id_number("110106", birth, sequence)
            phone = f"139{i:08d}"
            rows.append(
                {
                    "id_number_enc": cipher.encrypt(id_number),
                    "id_number_hash": cipher.lookup_hash(id_number),
                    "id_number_masked": mask_id_number(id_number),
                    "phone_enc": cipher.encrypt(phone),
                    "phone_masked": mask_phone(phone),
                    "name": f"居民{i}",
                    "sex": Sex.male if sequence % 2 else Sex.female,
                    "birth_date": birth,
                    "household_division_code": "110106",
                    "community_id": communities[i % len(communities)],
                    "employer_unit_id": None,
                    "marital_status": MaritalStatus.married,
                    "status": "active",
                    "version": 1,
                    "created_at": settings_now(),
                    "updated_at": settings_now(),
                }
            )
            if len(rows) == 5000:
                await session.execute(insert(Resident), rows)
                rows = []
        if rows:
            await session.execute(insert(Resident), rows)
        await session.commit()
        total = (await session.execute(select(func.count()).select_from(Resident))).scalar_one()
        print(f"  residents: {existing} demo + {count} bulk = {total}", file=sys.stderr)
    if url.startswith("postgresql"):
        async with database.engine.connect() as conn:
            await conn.exec_driver_sql("COMMIT")
            await conn.exec_driver_sql("ANALYZE")
    await database.dispose()


def settings_now():  # type: ignore[no-untyped-def]
    from app.db import utcnow

    return utcnow()


def start_server(module: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "uvicorn",
            module,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if (
                httpx.get(
                    f"http://127.0.0.1:{port}/healthz"
                    if "app.main" in module
                    else f"http://127.0.0.1:{port}/select1",
                    timeout=2,
                ).status_code
                == 200
            ):
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{module} did not start")


def token_and_cursor(base: str) -> tuple[str, str]:
    from app.pagination import encode_cursor

    token = httpx.post(
        f"{base}/api/v1/auth/token",
        data={"grant_type": "password", "username": "community-a", "password": "demo-pass-2019"},
    ).json()["access_token"]
    # a cursor deep into community A's residents: near the end of the table
    last = httpx.get(
        f"{base}/api/v1/residents",
        params={"name_prefix": "居民9999"},
        headers={"Authorization": f"Bearer {token}"},
    ).json()["items"]
    deep_id = last[0]["id"] - 200 if last else 90_000
    return token, encode_cursor([deep_id])


def bench(kind: str, residents: int, seconds: int) -> list[Result]:
    print(f"== {kind}: preparing {residents} residents", file=sys.stderr)
    url = asyncio.run(prepare_database(kind, residents))
    env = {**os.environ, "FPW_DATABASE_URL": url, "FPW_LOG_LEVEL": "WARNING"}
    api = start_server("app.main:app", 8101, env)
    results: list[Result] = []
    try:
        base = "http://127.0.0.1:8101"
        token, cursor = token_and_cursor(base)
        first = f"{base}/api/v1/residents?limit=20"
        deep = f"{base}/api/v1/residents?limit=20&cursor={cursor}"
        run_wrk("warm-up", first, token, 8, 2)
        results.append(run_wrk(f"{kind}: residents first page, 32 conns", first, token, 32, seconds))
        results.append(run_wrk(f"{kind}: residents deep cursor page, 32 conns", deep, token, 32, seconds))
        results.append(run_wrk(f"{kind}: residents first page, 256 conns", first, token, 256, seconds))
    finally:
        api.terminate()
        api.wait()
    return results


def bench_bare(seconds: int) -> list[Result]:
    env = {**os.environ, "BENCH_PG_DSN": PG_ADMIN}
    bare = start_server("scripts.bench_bare_app:app", 8102, env)
    try:
        url = "http://127.0.0.1:8102/select1"
        run_wrk("warm-up", url, None, 8, 2)
        return [
            run_wrk("bare FastAPI + asyncpg SELECT 1, 32 conns", url, None, 32, seconds),
            run_wrk("bare FastAPI + asyncpg SELECT 1, 256 conns", url, None, 256, seconds),
        ]
    finally:
        bare.terminate()
        bare.wait()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--databases", nargs="+", default=["sqlite", "postgres"], choices=["sqlite", "postgres"]
    )
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    results = bench_bare(args.seconds)
    for kind in args.databases:
        results += bench(kind, args.residents, args.seconds)
    bare_rps = results[0].rps
    print("| scenario | req/s | p50 ms | p99 ms | non-2xx | socket errors | vs bare SELECT 1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r.name} | {r.rps:.0f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | {r.non_2xx} | {r.socket_errors} "
            f"| {100 * r.rps / bare_rps:.0f} % |"
        )


if __name__ == "__main__":
    main()
