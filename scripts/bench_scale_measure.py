"""Measure the district-scale database built by ``scripts/bench_scale.py build`` through one API process.

    python -m scripts.bench_scale measure [--rounds 10] [--wrk-rounds 3] [--wrk-seconds 10] [--skip-import]

One uvicorn worker runs the app as production does (scripts/bench_api.py's server, the bench keys), on
127.0.0.1, against the database. One request at a time, in interleaved rounds (every case once per
round, in the same order, so load from the shared machine falls on all of them alike):

* the dashboards of the district and of a street (goal: p95 < 1 s);
* the annual report of the district in JSON, CSV, XLSX and PDF, and a street's in JSON (goal < 2 s);
* the periodic report: the district defines a monthly form (a new one each round), then every
  street's administrator prepares the last ended month's report, one after the other (goal: all
  streets < 10 s);
* the resident list's first page (community and street) against the bare FastAPI + asyncpg route,
  wrk -c32 in interleaved rounds (goal: >= 40 % of the bare req/s);
* a 100,000-row import of residents (scripts/bench_import.py's file, per row) into the same
  database, first import then re-import (goal < 15 s). The imported residents stay in the database.

Every figure is printed with the load average (1, 5, 15 min) taken around it; the report is also
written to var/bench_scale_<timestamp>.md.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from app.clock import local_today
from scripts.bench_api import loadavg, start_server, stop_server, wrk
from scripts.bench_residents import VAR, app_env, bench_secrets

PASSWORD = "demo-pass-2019"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def tokens(base: str, users: list[str]) -> dict[str, dict[str, str]]:
    out = {}
    for user in users:
        answer = httpx.post(
            f"{base}/api/v1/auth/token",
            data={"grant_type": "password", "username": user, "password": PASSWORD},
            timeout=60,
        )
        if answer.status_code != 200:
            raise SystemExit(f"sign-in as {user}: {answer.status_code} {answer.text[:300]}")
        out[user] = {"Authorization": f"Bearer {answer.json()['access_token']}"}
    return out


def street_admins(url: str) -> list[str]:
    from scripts.bench_residents import scalar

    found = asyncio.run(
        scalar(
            url,
            "SELECT string_agg(u.username, ',' ORDER BY o.id) FROM users u JOIN orgs o ON o.id = u.org_id "
            "WHERE o.kind = 'street' AND u.role = 'street_admin'",
        )
    )
    return str(found).split(",")


def form_body(n: int) -> dict[str, Any]:
    return {
        "code": f"scale_monthly_{n}_{int(time.time())}",
        "name_zh": f"统计月报 {n}",
        "name_en": f"Monthly statistics {n}",
        "period_kind": "monthly",
        "items": [
            {"figure_code": "core.births", "name_zh": "出生人数", "name_en": "Births"},
            {"indicator_code": "policy_compliant_birth_rate"},
            {"indicator_code": "sex_ratio_at_birth"},
            {"figure_code": "quality.screenings", "name_zh": "筛查人数", "name_en": "People screened"},
            {"indicator_code": "birth_statistics_accuracy"},
        ],
        "deadline_working_days": 5,
        "effective_from": "2019-01-01",
        "source": "渝中卫健发〔2019〕1号 统计报表制度",
    }


def requests_phase(base: str, url: str, rounds: int, year: int) -> list[str]:
    admins = street_admins(url)
    heads = tokens(base, ["district", "street", *admins])
    client = httpx.Client(base_url=base, timeout=300)
    annual = "/api/v1/reports/annual"
    cases: list[tuple[str, str, str, dict[str, Any]]] = [
        ("dashboard · district", "district", "/api/v1/reports/dashboard", {}),
        ("dashboard · street", "street", "/api/v1/reports/dashboard", {}),
        ("annual report JSON · district", "district", annual, {}),
        ("annual report CSV · district", "district", annual, {"format": "csv"}),
        ("annual report XLSX · district", "district", annual, {"format": "xlsx"}),
        ("annual report PDF · district", "district", "/api/v1/reports/annual.pdf", {}),
        ("annual report JSON · street", "street", annual, {}),
    ]
    times: dict[str, list[float]] = {name: [] for name, *_ in cases}
    times[f"period report prepared by all {len(admins)} streets"] = []
    loads = []
    last_month_end = local_today().replace(day=1) - timedelta(days=1)
    period = last_month_end.replace(day=1).isoformat()
    for name, user, path, params in cases:  # warm-up, and every answer is a 200
        answer = client.get(path, params={"year": year, **params}, headers=heads[user])
        if answer.status_code != 200:
            raise SystemExit(f"{name}: {answer.status_code} {answer.text[:300]}")
    for n in range(1, rounds + 1):
        loads.append(loadavg())
        for name, user, path, params in cases:
            t0 = time.perf_counter()
            answer = client.get(path, params={"year": year, **params}, headers=heads[user])
            times[name].append(time.perf_counter() - t0)
            assert answer.status_code == 200, (name, answer.status_code)
        form = client.post("/api/v1/report-forms", json=form_body(n), headers=heads["district"])
        assert form.status_code == 201, form.text
        t0 = time.perf_counter()
        for admin in admins:
            made = client.post(
                "/api/v1/period-reports",
                json={"form_id": form.json()["id"], "period_start": period},
                headers=heads[admin],
            )
            assert made.status_code == 201, (admin, made.text[:300])
        times[f"period report prepared by all {len(admins)} streets"].append(time.perf_counter() - t0)
        print(f"-- round {n}/{rounds} done, load average before it {loads[-1]}", flush=True)
    loads.append(loadavg())
    lines = [
        f"One request at a time, {rounds} interleaved rounds; load average per round: {', '.join(loads)}",
        "",
        "| measurement | p50 s | p95 s | max s |",
        "|---|---:|---:|---:|",
    ]
    for name, values in times.items():
        lines.append(f"| {name} | {statistics.median(values):.3f} | {p95(values):.3f} | {max(values):.3f} |")
    return lines


def wrk_phase(base: str, bare: str, rounds: int, seconds: int) -> list[str]:
    heads = tokens(base, ["community-a", "street"])
    plan = [
        ("bare SELECT 1", f"{bare}/select1", None),
        ("residents first page · community", f"{base}/api/v1/residents?limit=20", "community-a"),
        ("residents first page · street", f"{base}/api/v1/residents?limit=20", "street"),
    ]
    tok = {u: h["Authorization"].split(" ", 1)[1] for u, h in heads.items()}
    for _, target, user in plan:
        wrk(target, tok[user] if user else None, 8, 1)
    runs: dict[str, list[float]] = {name: [] for name, *_ in plan}
    loads = []
    for _ in range(rounds):
        loads.append(loadavg())
        for name, target, user in plan:
            runs[name].append(wrk(target, tok[user] if user else None, 32, seconds).rps)
    loads.append(loadavg())
    bare_rps = statistics.median(runs[plan[0][0]])
    lines = [
        f"wrk -t2 -c32, {rounds} interleaved rounds of {seconds} s; "
        f"load average per round: {', '.join(loads)}",
        "",
        "| scenario | req/s median (min–max) | vs bare |",
        "|---|---:|---:|",
    ]
    for name, values in runs.items():
        m = statistics.median(values)
        spread = f"{min(values):.0f}–{max(values):.0f}"
        lines.append(f"| {name} | {m:.0f} ({spread}) | {100 * m / bare_rps:.0f} % |")
    return lines


def import_phase(url: str, rows: int) -> list[str]:
    os.environ.update({**bench_secrets(), "FPW_DATABASE_URL": url, "FPW_LOG_LEVEL": "WARNING"})
    from app.config import get_settings
    from app.models.migrants.imports import ImportFormat, ImportKind, ImportMode
    from scripts.bench_import import make_file

    import_file = importlib.import_module("scripts.import").import_file
    settings = get_settings().model_copy(update={"database_url": url})
    content, spoilt = make_file(rows, 37)
    path = Path(tempfile.mkdtemp(prefix="bench-scale-")) / "residents.csv"
    path.write_text(content, encoding="utf-8")
    lines = []
    for label in ("first import", "re-import"):
        before, t0, cpu = loadavg(), time.perf_counter(), time.process_time()
        job = asyncio.run(
            import_file(
                settings, path, org_code="500103003000", kind=ImportKind.residents,
                mode=ImportMode.per_row, fmt=ImportFormat.csv,
            )
        )  # fmt: skip
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu
        lines.append(
            f"- {label} of {rows:,} rows: {wall:.1f} s wall, {cpu:.1f} s CPU in the importing process; "
            f"{job.created} created, {job.updated} updated, {job.unchanged} unchanged, {job.failed} refused "
            f"(the spoilt rows exactly: {({e['row'] for e in job.errors}) == spoilt}); load average "
            f"{before} before, {loadavg()} after"
        )
        print(lines[-1], flush=True)
    return lines


def measure_all(url: str, argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_scale measure")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--wrk-rounds", type=int, default=3)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-wrk", action="store_true")
    parser.add_argument("--year", type=int, default=local_today().year)
    args = parser.parse_args(argv)
    from app.clock import CHINA, utcnow
    from scripts.bench_residents import scalar

    stamp = utcnow().astimezone(CHINA).strftime("%Y%m%d_%H%M%S")
    residents = asyncio.run(scalar(url, "SELECT count(*) FROM residents"))
    report = [f"# bench_scale {stamp}", "", f"`{' '.join(sys.argv)}` on {residents:,} residents", ""]
    env = app_env(url, "production") | {"PYTHONUNBUFFERED": "1", "FPW_SHUTDOWN_DRAIN_SECONDS": "0"}
    VAR.mkdir(exist_ok=True)
    log = VAR / f"bench_scale_server_{stamp}.log"
    production = ["--no-proxy-headers", "--timeout-graceful-shutdown", "20", "--no-access-log"]
    api = start_server("app.main:app", production, env, log, "/readyz")
    bare = None
    try:
        base = api.base  # type: ignore[attr-defined]
        report += ["## Dashboards, annual report, periodic report", ""]
        report += requests_phase(base, url, args.rounds, args.year) + [""]
        print("\n".join(report), flush=True)
        if not args.skip_wrk:
            bare_env = {**os.environ, "BENCH_PG_DSN": url.replace("+asyncpg", "")}
            bare_log = log.with_stem(log.stem + "_bare")
            bare = start_server(
                "scripts.bench_bare_app:app", ["--no-access-log"], bare_env, bare_log, "/select1"
            )
            section = ["## Resident list against the bare route", ""]
            section += wrk_phase(base, bare.base, args.wrk_rounds, args.wrk_seconds) + [""]  # type: ignore[attr-defined]
            print("\n".join(section), flush=True)
            report += section
    finally:
        stop_server(api)
        if bare is not None:
            stop_server(bare)
    if not args.skip_import:
        report += ["## Import", "", *import_phase(url, args.import_rows), ""]
    path = VAR / f"bench_scale_{stamp}.md"
    path.write_text("\n".join(report))
    print(f"report: {path}")
