"""Benchmark: bulk import of 100,000 residents with 37 bad rows, then the same file again.

    python -m scripts.bench_import --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

A fresh database (``bench_import`` next to the one in the URL, dropped afterwards) is migrated and
loaded with the demo data; the file is generated with valid ID numbers, 37 rows spoilt in seven
different ways. Prints the time of the first import (per row mode) and of the re-import (a no-op).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import importlib
import io
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from app.config import get_settings
from app.id_numbers import make_id_number
from app.models.migrants.imports import ImportFormat, ImportKind, ImportMode
from scripts.bench_benefits import _alembic_upgrade
from scripts.seed_demo import seed_demo

import_file = importlib.import_module("scripts.import").import_file  # `import` is a keyword

FIELDS = [
    "id_number",
    "name",
    "phone",
    "household_division_code",
    "community_code",
    "employer_unit_code",
    "marital_status",
    "sex",
    "birth_date",
]


def make_file(rows: int, bad: int) -> tuple[str, set[int]]:
    spoilt = {1 + i * (rows // bad) for i in range(bad)}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for i in range(1, rows + 1):
        born = date(1960, 1, 1) + timedelta(days=i % 12000)
        row = {
            "id_number": make_id_number("500101", born, 500 + (i // 12000) % 499),
            "name": f"居民{i}",
            "phone": f"139{i:08d}",
            "household_division_code": "500101001001",
            "community_code": "500103003001" if i % 2 else "500103003002",
            "employer_unit_code": "",
            "marital_status": "married",
            "sex": "",
            "birth_date": "",
        }
        if i in spoilt:
            kind = i % 7
            wrong_check = row["id_number"][:17] + ("0" if row["id_number"][17] != "0" else "1")
            field, value = [
                ("id_number", wrong_check),
                ("household_division_code", "12345"),
                ("community_code", "999999999999"),
                ("marital_status", "complicated"),
                ("birth_date", "1901-01-01"),
                ("employer_unit_code", "500103003002"),
                ("name", ""),
            ][kind]
            row[field] = value
        writer.writerow(row)
    return out.getvalue(), spoilt


async def run(base: str, rows: int, bad: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(admin)
    await conn.execute('DROP DATABASE IF EXISTS "bench_import" WITH (FORCE)')
    await conn.execute('CREATE DATABASE "bench_import"')
    await conn.close()
    url = make_url(base).set(database="bench_import").render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(_alembic_upgrade, url)
        settings = get_settings().model_copy(update={"database_url": url})
        await seed_demo(settings)
        content, spoilt = make_file(rows, bad)
        path = tmp / "residents.csv"
        path.write_text(content, encoding="utf-8")
        for label in ("first import", "re-import"):
            started, cpu = time.perf_counter(), time.process_time()
            job = await import_file(
                settings,
                path,
                org_code="500103003000",
                kind=ImportKind.residents,
                mode=ImportMode.per_row,
                fmt=ImportFormat.csv,
            )
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            reported = {e["row"] for e in job.errors}
            print(
                f"{label}: {elapsed:.1f} s wall, {cpu:.1f} s CPU in this process — "
                f"{job.created} created, {job.updated} updated, "
                f"{job.unchanged} unchanged, {job.failed} refused "
                f"(exactly the spoilt rows: {reported == spoilt})"
            )
    finally:
        conn = await asyncpg.connect(admin)
        await conn.execute('DROP DATABASE IF EXISTS "bench_import" WITH (FORCE)')
        await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="a postgresql+asyncpg URL")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--bad", type=int, default=37)
    args = parser.parse_args()
    asyncio.run(run(args.database_url, args.rows, args.bad))


if __name__ == "__main__":
    main()
