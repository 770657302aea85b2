"""The district-scale benchmark database: 10 streets, 5,000,000 residents and a year of records.

    python -m scripts.bench_scale build --residents 500000            # fpwork_scale on 127.0.0.1
    python -m scripts.bench_scale build --residents 5000000 --database-url postgresql+asyncpg://...
    python -m scripts.bench_scale measure                             # scripts/bench_scale_measure.py

``build`` (re)creates the database, migrates it with Alembic, seeds the demo (accounts, programs,
service types, stock) and then fills it in SQL only (``generate_series``, no ORM, no row in Python):
``--streets`` streets of ``--communities`` communities each under the demo district (the demo's two
streets included, one street administrator per new street, password as the demo's), and, in
proportion to ``--residents``, for the 365 days before today:

* residents in married pairs, one family per pair, one child per family (2 % born in the year);
* benefits: applications (1 % of residents), enrolments (3 %) and twelve monthly payment lines per
  enrolment in one paid batch per street and month;
* services: service requests (2 %); quality: screenings (3 %), dispensations with their ledger
  lines (20 %), and the per-day stock sums (``stock_days``) rebuilt from them.

The load runs as a restore does: per-row triggers off (foreign-key checks, the sync feed's
triggers, whose rows one statement writes instead), the big tables' secondary indexes dropped and
built again at the end. Encrypted columns (ID numbers, phones) reuse a pool of 1,000 real
ciphertexts made with the app's own cipher (app/security.py) under the bench key of
var/bench/secrets.json, so reads decrypt; each resident's lookup hash is unique. Sequences are
moved past the explicit ids, and everything is vacuumed and analysed, the state autovacuum leaves
after a bulk load. Prints the time of each step.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from datetime import date, timedelta
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from scripts.bench_residents import ROOT, app_env, pii

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/fpwork_scale"
BASE = 10_000_000  # first bulk resident / family id: far above the demo's
POOL = 1000
TABLES = (
    "orgs", "users", "residents", "families", "children", "benefit_applications", "benefit_enrolments",
    "payment_batches", "payment_lines", "service_requests", "screenings", "dispensations",
    "stock_movements", "stock_days", "sync_changes",
)  # fmt: skip


def plain(url: str, database: str | None = None) -> str:
    u = make_url(url).set(drivername="postgresql")
    return (u.set(database=database) if database else u).render_as_string(hide_password=False)


async def recreate(url: str) -> None:
    name = make_url(url).database
    conn = await asyncpg.connect(plain(url, "postgres"))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


def pools() -> tuple[list[str], list[str], list[str], list[str]]:
    """1,000 ID numbers and phones, encrypted and masked as the app stores them."""
    from app.id_numbers import make_id_number
    from app.security import mask_id_number

    cipher, phones = pii()
    first = date(1960, 1, 1)
    numbers = [make_id_number("500103", first + timedelta(days=i * 7), 100 + i % 800) for i in range(POOL)]
    return (
        [cipher.encrypt(n) for n in numbers],
        [mask_id_number(n) for n in numbers],
        [p[0] for p in phones[:POOL]],
        [p[1] for p in phones[:POOL]],
    )


ORG_SQL = """
INSERT INTO orgs (kind, name, code, parent_id, path, version, created_at, updated_at)
    SELECT 'street', '测试街道' || k, '500103' || lpad((100 + k)::text, 3, '0') || '000', $1::bigint, '', 1,
           now(), now()
    FROM generate_series(1, $2) k
"""
COMMUNITY_SQL = """
INSERT INTO orgs (kind, name, code, parent_id, path, version, created_at, updated_at)
    SELECT 'community', s.name || '社区' || k, left(s.code, 9) || lpad((500 + k)::text, 3, '0'), s.id, '',
           1, now(), now()
    FROM orgs s CROSS JOIN generate_series(1, $1) k
    WHERE s.kind = 'street' AND k <= $1 - (SELECT count(*) FROM orgs x WHERE x.parent_id = s.id
                                             AND x.kind = 'community')
"""
# the path needs the id (as orgs.create_org writes it): streets first, then their communities
PATH_SQL = """
UPDATE orgs o SET path = p.path || o.id || '/' FROM orgs p WHERE p.id = o.parent_id AND o.path = ''
"""
USER_SQL = """
INSERT INTO users (username, full_name, role, org_id, is_active, password_hash, failed_login_count,
                   version, created_at, updated_at)
SELECT 'scale-street-' || s.id, s.name || ' 主任', 'street_admin', s.id, true,
       (SELECT password_hash FROM users WHERE username = 'street'), 0, 1, now(), now()
FROM orgs s WHERE s.kind = 'street' AND NOT EXISTS (SELECT 1 FROM users u WHERE u.org_id = s.id)
"""
# $1 residents, $2..$5 pools; community of pair k = communities[k % n]
RESIDENT_SQL = """
INSERT INTO residents (id, id_number_enc, id_number_hash, id_number_masked, phone_enc, phone_masked, name,
                       sex, birth_date, household_division_code, community_id, employer_unit_id,
                       marital_status, status, version, created_at, updated_at)
SELECT {base} + g, ($2::text[])[1 + g % {pool}], 'scale-' || g, ($3::text[])[1 + g % {pool}],
       ($4::text[])[1 + g % {pool}], ($5::text[])[1 + g % {pool}], '居民' || g,
       CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END,
       date '1955-01-01' + ((g / 2)::bigint * 7919 % 18000)::int,
       '500103', c.ids[1 + (g / 2) % c.n], NULL, 'married', 'active', 1, now(), now()
FROM generate_series(0, $1 - 1) g, communities c
"""
FAMILY_SQL = """
INSERT INTO families (id, community_id, wife_id, husband_id, version, created_at, updated_at)
SELECT {base} + k, c.ids[1 + k % c.n], {base} + 2 * k, {base} + 2 * k + 1, 1, now(), now()
FROM generate_series(0, $1 / 2 - 1) k, communities c
"""
BULK_INDEXED = (
    "residents", "families", "children", "service_requests", "screenings", "dispensations",
    "stock_movements", "payment_lines", "sync_changes",
)  # fmt: skip
INDEXES_SQL = """
SELECT indexname, indexdef FROM pg_indexes i
WHERE schemaname = 'public' AND tablename = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
"""
SYNC_SQL = """
INSERT INTO sync_changes (kind, record_id, org_id)
SELECT 'resident', id, community_id FROM residents WHERE id >= {base}
UNION ALL SELECT 'family', id, community_id FROM families WHERE id >= {base}
"""
# $1 residents, $2 first day of the year; 2 % of families have their child within the year
CHILD_SQL = """
INSERT INTO children (family_id, name, sex, birth_date, birth_order, adopted, status, version, created_at,
                      updated_at)
SELECT {base} + k, '孩子' || k, CASE WHEN k % 3 = 0 THEN 'female' ELSE 'male' END,
       CASE WHEN k % 50 = 0 THEN $2::date + (k * 37 % 365)::int ELSE date '1980-01-01' + (k % 12000)::int END,
       1, false, 'living', 1, now(), now()
FROM generate_series(0, $1 / 2 - 1) k
"""
APPLICATION_SQL = """
INSERT INTO benefit_applications (program_id, family_id, community_id, payer_org_id, status, materials,
    missing_materials, note, created_by_id, submitted_at, decided_at, version, created_at, updated_at)
SELECT p.id, f.id, f.community_id, {district}, (ARRAY['submitted', 'enrolled', 'rejected'])[1 + k % 3],
       '[]', '[]', '', {creator}, $2::date + (k * 13 % 365)::int + time '02:00',
       $2::date + (k * 13 % 365)::int + time '03:00', 1, now(), now()
FROM generate_series(0, $1 / 100 - 1) k
JOIN families f ON f.id = {base} + (k * 50 + 1) % ($1 / 2)
CROSS JOIN (SELECT id FROM benefit_programs WHERE code = 'one_child_award') p
"""
ENROLMENT_SQL = """
INSERT INTO benefit_enrolments (program_id, family_id, beneficiary_id, community_id, street_id, payer_org_id,
    amount_fen, status, starts_on, needs_review, unpaid_ranges, source, version, created_at, updated_at)
SELECT p.id, f.id, f.wife_id, f.community_id, o.parent_id, {district}, 30000, 'active', $2::date - 400,
       false, '[]', 'imported', 1, now(), now()
FROM generate_series(0, $1 * 3 / 100 - 1) k
JOIN families f ON f.id = {base} + (k * 16 + 3) % ($1 / 2)
JOIN orgs o ON o.id = f.community_id
CROSS JOIN (SELECT id FROM benefit_programs WHERE code = 'one_child_award') p
ON CONFLICT DO NOTHING
"""
BATCH_SQL = """
INSERT INTO payment_batches (program_id, period, street_id, payer_org_id, status, line_count, total_fen,
                             generated_by, paid_by, paid_at, version, created_at, updated_at)
SELECT p.id, to_char($1::date + make_interval(months => m), 'YYYY-MM'), s.id, {district}, 'paid', 0, 0,
       'bench', 'bench', $1::date + make_interval(months => m, days => 20), 1, now(), now()
FROM generate_series(0, 11) m, orgs s, (SELECT id FROM benefit_programs WHERE code = 'one_child_award') p
WHERE s.kind = 'street'
"""
LINE_SQL = """
INSERT INTO payment_lines (batch_id, enrolment_id, period, beneficiary_id, community_id, amount_fen,
                           program_id, status, kind, answered_at)
SELECT b.id, e.id, b.period, e.beneficiary_id, e.community_id, e.amount_fen, e.program_id, 'paid',
       'regular', b.paid_at
FROM benefit_enrolments e JOIN payment_batches b ON b.street_id = e.street_id AND b.program_id = e.program_id
WHERE b.generated_by = 'bench' AND e.beneficiary_id >= {base}
"""
BATCH_TOTALS_SQL = """
UPDATE payment_batches b SET line_count = t.n, total_fen = t.total
FROM (SELECT batch_id, count(*) n, sum(amount_fen) total FROM payment_lines GROUP BY batch_id) t
WHERE t.batch_id = b.id AND b.generated_by = 'bench'
"""
SERVICE_SQL = """
INSERT INTO service_requests (tracking_code, service_type_id, org_id, family_id, state, materials,
    submitted_at, submitted_on, clock_started_on, due_on, finished_on, working_days_taken, version,
    created_at, updated_at)
SELECT 'SC' || lpad(k::text, 10, '0'), t.ids[1 + k % t.n], f.community_id, f.id,
       CASE WHEN k % 10 = 0 THEN 'submitted' ELSE 'completed' END, '[]',
       d + time '02:00', d, d, d + 7, CASE WHEN k % 10 = 0 THEN NULL ELSE d + k % 9 END,
       CASE WHEN k % 10 = 0 THEN NULL ELSE k % 9 END, 1, now(), now()
FROM generate_series(0, $1 / 50 - 1) k
CROSS JOIN LATERAL (SELECT $2::date + (k * 7 % 365)::int AS d) day
JOIN families f ON f.id = {base} + (k * 31) % ($1 / 2)
CROSS JOIN (SELECT array_agg(id) ids, count(*)::int n FROM service_types) t
"""
SCREENING_SQL = """
INSERT INTO screenings (program_id, resident_id, org_id, counted_org_id, screened_on, items, risk_level,
                        version, created_at, updated_at)
SELECT sp.id, r.id, r.community_id, r.community_id, $2::date + (k * 11 % 365)::int, '[]',
       (ARRAY['low', 'low', 'low', 'medium', 'high'])[1 + k % 5], 1, now(), now()
FROM generate_series(0, $1 * 3 / 100 - 1) k
JOIN residents r ON r.id = {base} + (k * 33) % $1
CROSS JOIN (SELECT id FROM screening_programs ORDER BY year DESC, id LIMIT 1) sp
"""
DISPENSE_SQL = """
WITH b AS (SELECT array_agg(id ORDER BY id) ids, count(*)::int n FROM stock_batches),
d AS (
    INSERT INTO dispensations (point_id, product_id, quantity, channel, dispensed_at, dispensed_on)
    SELECT sb.point_id, sb.product_id, 1, 'staff', day + time '02:00', day
    FROM generate_series(0, $1 / 5 - 1) k
    CROSS JOIN LATERAL (SELECT $2::date + (k * 17 % 365)::int AS day) x
    CROSS JOIN b JOIN stock_batches sb ON sb.id = b.ids[1 + k % b.n]
    RETURNING id, point_id, product_id, dispensed_at, dispensed_on
)
INSERT INTO stock_movements (kind, point_id, product_id, batch_id, batch_no, expires_on, quantity,
                             dispensation_id, occurred_at, occurred_on)
SELECT 'dispense', d.point_id, d.product_id, sb.id, sb.batch_no, sb.expires_on, -1, d.id, d.dispensed_at,
       d.dispensed_on
FROM d JOIN LATERAL (SELECT * FROM stock_batches s WHERE s.point_id = d.point_id
                     AND s.product_id = d.product_id ORDER BY s.id LIMIT 1) sb ON true
"""


def run_module(url: str, *module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *module], cwd=ROOT, env=app_env(url, "development"), capture_output=True
    )
    if done.returncode:
        raise SystemExit(f"{' '.join(module)} failed:\n{done.stderr.decode()[-3000:]}")


async def fill(url: str, residents: int, streets: int, communities: int, first_day: date) -> dict[str, Any]:
    conn = await asyncpg.connect(plain(url))
    timings: dict[str, Any] = {}

    async def step(name: str, sql: str, *args: Any) -> None:
        t0 = time.perf_counter()
        await conn.execute(sql, *args)
        timings[name] = round(time.perf_counter() - t0, 1)
        print(f"   {name}: {timings[name]} s", flush=True)

    try:
        district = await conn.fetchval("SELECT id FROM orgs WHERE kind = 'district' ORDER BY id LIMIT 1")
        creator = await conn.fetchval("SELECT id FROM users WHERE username = 'community-a'")
        have = await conn.fetchval("SELECT count(*) FROM orgs WHERE kind = 'street'")
        await step("streets", ORG_SQL, district, max(0, streets - have))
        await conn.execute(PATH_SQL)
        await step("communities", COMMUNITY_SQL, communities)
        await conn.execute(PATH_SQL)
        await step("street accounts", USER_SQL)
        await conn.execute(
            "CREATE TEMP TABLE communities AS SELECT array_agg(id ORDER BY id) ids, count(*)::int n "
            "FROM orgs WHERE kind = 'community'"
        )
        fmt = {"base": BASE, "pool": POOL, "district": district, "creator": creator}
        # As a restore loads: no per-row trigger (foreign-key checks, the sync feed's triggers: the
        # rows are consistent by construction, and the feed is written in one statement below), and
        # the big tables' secondary indexes built once at the end rather than row by row.
        await conn.execute("SET session_replication_role = replica")
        await conn.execute("SET maintenance_work_mem = '256MB'")
        indexes = await conn.fetch(INDEXES_SQL, list(BULK_INDEXED))
        for index in indexes:
            await conn.execute(f'DROP INDEX "{index["indexname"]}"')
        await step("residents", RESIDENT_SQL.format(**fmt), residents, *pools())
        await step("families", FAMILY_SQL.format(**fmt), residents)
        await step("sync feed", SYNC_SQL.format(**fmt))
        for name, sql in (
            ("children", CHILD_SQL),
            ("benefit applications", APPLICATION_SQL),
            ("benefit enrolments", ENROLMENT_SQL),
            ("service requests", SERVICE_SQL),
            ("screenings", SCREENING_SQL),
            ("dispensations and ledger", DISPENSE_SQL),
        ):
            await step(name, sql.format(**fmt), residents, first_day)
        await step("payment batches", BATCH_SQL.format(**fmt), first_day.replace(day=1))
        await step("payment lines", LINE_SQL.format(**fmt))
        t0 = time.perf_counter()
        for index in indexes:
            await conn.execute(index["indexdef"])
        timings["indexes"] = round(time.perf_counter() - t0, 1)
        print(f"   {len(indexes)} secondary indexes built: {timings['indexes']} s", flush=True)
        await conn.execute("SET session_replication_role = DEFAULT")
        await step("batch totals", BATCH_TOTALS_SQL)
        from app.models.quality.stock_days import REBUILD_SQL

        await conn.execute("DELETE FROM stock_days")
        await step("stock_days rebuilt", REBUILD_SQL)
        for table in TABLES:  # past the explicit ids
            if table not in ("stock_days", "sync_changes"):
                await conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))"
                )
        await step("vacuum analyze", "VACUUM ANALYZE")
        for table in TABLES:
            timings[f"rows:{table}"] = await conn.fetchval(f"SELECT count(*) FROM {table}")
        timings["size"] = await conn.fetchval("SELECT pg_size_pretty(pg_database_size(current_database()))")
    finally:
        await conn.close()
    return timings


def build(url: str, residents: int, streets: int, communities: int, until: date) -> dict[str, Any]:
    from scripts.bench_api import loadavg

    print(f"== {residents:,} residents, {streets} streets × {communities} communities into {url}")
    print(f"   load average before: {loadavg()}", flush=True)
    started = time.perf_counter()
    asyncio.run(recreate(url))
    run_module(url, "alembic", "upgrade", "head")
    run_module(url, "scripts.seed_demo")
    print(f"   created, migrated, demo seeded: {time.perf_counter() - started:.1f} s", flush=True)
    timings = asyncio.run(fill(url, residents, streets, communities, until - timedelta(days=365)))
    timings["total"] = round(time.perf_counter() - started, 1)
    print(f"   total {timings['total']} s; load average after: {loadavg()}; database {timings['size']}")
    for key, value in timings.items():
        if key.startswith("rows:"):
            print(f"   {key[5:]}: {value:,}")
    return timings


def main() -> None:
    from app.clock import local_today

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["build", "measure"])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--residents", type=int, default=500_000)
    parser.add_argument("--streets", type=int, default=10)
    parser.add_argument("--communities", type=int, default=10, help="per street")
    args, rest = parser.parse_known_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    if args.command == "build":
        build(args.database_url, args.residents, args.streets, args.communities, local_today())
    else:
        from scripts.bench_scale_measure import measure_all

        measure_all(args.database_url, rest)


if __name__ == "__main__":
    main()
