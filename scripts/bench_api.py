"""Benchmark the read API against a bare FastAPI + asyncpg ``SELECT 1`` route, in one interleaved run.

    python -m scripts.bench_api                                  # 100,000 residents, PostgreSQL
    python -m scripts.bench_api --residents 100000 1000000 --rounds 3 --seconds 10
    python -m scripts.bench_api --residents 20000 --seconds 3 --rounds 1 --overload-seconds 5  # smoke
    python -m scripts.bench_api --reuse            # keep the loaded database of each size, skip loading

For each size, a database ``fpw_bench_<size>`` (via BENCH_PG_ADMIN, default the ``test`` database on
127.0.0.1) is created, migrated with Alembic, demo-seeded and filled with <size> residents by COPY
(ID numbers encrypted and masked as the app stores them). ``--reuse`` keeps one that already holds
them. Databases are kept at the end (``--no-keep`` drops them); the last line says how to drop them.

One uvicorn worker runs the app as production does (Dockerfile: FPW_ENVIRONMENT=production, log
level INFO, the app's JSON access log on, uvicorn's own access log off, --no-proxy-headers), its
output in var/bench_api_server_*.log; a second one runs scripts/bench_bare_app.py on the same
database. Every round runs each scenario once, in the same order, with wrk -t2 -c32 --latency for
``--seconds``: bare SELECT 1; the residents first page for a community and a street user; a deep
cursor page (near the end of the community's residents) for both; one resident by id; the families
and service-request lists. Then the residents first page at 256 connections for ``--overload-seconds``.
scripts/wrk_status.lua counts answers per status and 503s without Retry-After.

Reports per scenario the median req/s over rounds (min–max), p50/p99 (median over rounds) and max
latency, non-2xx answers and socket errors, and checks the goals:
  * residents first page (community and street) >= 40 % of the bare req/s;
  * p99 of the resident list page (first and deep, both scopes) at 32 connections <= 3x the bare p99;
  * deep page within 10 % of the first page's req/s;
  * overload (256 connections): max latency <= 2 s without time-outs, no error but 503 (with
    Retry-After), req/s within 20 % of the 32-connection first page.
The table and the PASS/FAIL lines are also written to var/bench_api_<timestamp>.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.clock import CHINA, utcnow
from scripts.bench_residents import PG_ADMIN, ROOT, VAR, app_env, prepare, recreate, scalar

LUA = Path(__file__).with_name("wrk_status.lua")
USERS = {"community": "community-a", "street": "street"}
PASSWORD = "demo-pass-2019"
BARE = "bare SELECT 1"
FIRST, DEEP = "residents first page", "residents deep page"
OVERLOAD = "residents first page · community, 256 conns"


@dataclass
class Run:
    rps: float
    p50: float  # ms
    p99: float
    max: float
    statuses: dict[int, int]
    socket: tuple[int, ...]  # connect, read, write, timeout
    no_retry_after: int

    @property
    def non_2xx(self) -> dict[int, int]:
        return {s: n for s, n in sorted(self.statuses.items()) if not 200 <= s < 300}


def wrk(url: str, token: str | None, connections: int, seconds: int) -> Run:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    cmd += ["-s", str(LUA)] + (["-H", f"Authorization: Bearer {token}"] if token else []) + [url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout

    def grab(pattern: str) -> tuple[str, ...]:
        found = re.search(pattern, out, re.M)
        if found is None:
            raise SystemExit(f"cannot read wrk's output ({pattern}):\n{out}")
        return found.groups()

    p50, p99, top = (int(v) / 1000 for v in grab(r"^LATENCY_US (\d+) (\d+) (\d+)$"))
    statuses = {int(s): int(n) for s, n in re.findall(r"^STATUS (\d+) (\d+)$", out, re.M)}
    socket_errors = tuple(int(v) for v in grab(r"^SOCKET (\d+) (\d+) (\d+) (\d+)$"))
    missing = int(grab(r"^NO_RETRY_AFTER (\d+)$")[0])
    return Run(float(grab(r"Requests/sec:\s+([\d.]+)")[0]), p50, p99, top, statuses, socket_errors, missing)


# --- servers -----------------------------------------------------------------------------------


def start_server(
    module: str, extra: list[str], env: dict[str, str], log: Path, probe: str
) -> subprocess.Popen[bytes]:
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        port = int(probe_socket.getsockname()[1])
    cmd = [sys.executable, "-m", "uvicorn", module, "--host", "127.0.0.1", "--port", str(port), *extra]
    with log.open("ab") as out:
        process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(base + probe, timeout=2).status_code == 200:
                process.base = base  # type: ignore[attr-defined]
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    stop_server(process)
    raise SystemExit(f"{module} did not start: see {log}")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(30)
    process.kill()  # no-op once it has exited
    process.wait()


def login(base: str) -> dict[str, str]:
    tokens = {}
    for scope, username in USERS.items():
        answer = httpx.post(
            f"{base}/api/v1/auth/token",
            data={"grant_type": "password", "username": username, "password": PASSWORD},
            timeout=30,
        )
        if answer.status_code != 200:
            raise SystemExit(f"sign-in as {username} answered {answer.status_code}: {answer.text[:300]}")
        tokens[scope] = answer.json()["access_token"]
    return tokens


def scenarios(url: str, bare: str, api: str) -> list[tuple[str, str, str | None]]:
    """(name, URL, scope of the token) in the order every round runs them."""
    from app.pagination import encode_cursor

    community = asyncio.run(scalar(url, "SELECT org_id FROM users WHERE username = :u", u=USERS["community"]))
    # 100 rows before the community's last resident: a full page deep in the list
    last = "SELECT id FROM residents WHERE community_id = :c ORDER BY id DESC OFFSET 100"
    deep_id = asyncio.run(scalar(url, last, c=community))
    if deep_id is None:
        raise SystemExit("the community holds fewer than 100 residents: no deep page to measure")
    deep = f"{api}/api/v1/residents?limit=20&cursor={encode_cursor([deep_id])}"
    return [
        (BARE, f"{bare}/select1", None),
        (f"{FIRST} · community", f"{api}/api/v1/residents?limit=20", "community"),
        (f"{FIRST} · street", f"{api}/api/v1/residents?limit=20", "street"),
        (f"{DEEP} · community", deep, "community"),
        (f"{DEEP} · street", deep, "street"),
        ("resident by id · community", f"{api}/api/v1/residents/{deep_id}", "community"),
        ("families · community", f"{api}/api/v1/families?limit=20", "community"),
        ("service requests · street", f"{api}/api/v1/service-requests?limit=20", "street"),
    ]


def verify(plan: list[tuple[str, str, str | None]], tokens: dict[str, str]) -> None:
    """Each URL answers 200 with a non-empty page (or one object) before anything is measured."""
    for name, url, scope in plan:
        headers = {"Authorization": f"Bearer {tokens[scope]}"} if scope else {}
        answer = httpx.get(url, headers=headers, timeout=30)
        body = answer.json() if answer.status_code == 200 else {}
        if answer.status_code != 200 or ("items" in body and not body["items"]) or not body:
            raise SystemExit(f"{name}: GET {url} answered {answer.status_code} {answer.text[:300]!r}")


def loadavg() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def measure(size: int, url: str, args: argparse.Namespace, stamp: str) -> tuple[dict[str, list[Run]], Run]:
    env = app_env(url, "production")
    env |= {"PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1", "FPW_SHUTDOWN_DRAIN_SECONDS": "0"}
    log = VAR / f"bench_api_server_postgres_{size}_{stamp}.log"
    production = ["--no-proxy-headers", "--timeout-graceful-shutdown", "20", "--no-access-log"]
    api = start_server("app.main:app", production, env, log, "/readyz")
    bare_env = {**os.environ, "BENCH_PG_DSN": url.replace("+asyncpg", "")}
    bare_log = log.with_stem(log.stem + "_bare")
    bare = start_server("scripts.bench_bare_app:app", ["--no-access-log"], bare_env, bare_log, "/select1")
    try:
        plan = scenarios(url, bare.base, api.base)  # type: ignore[attr-defined]
        results: dict[str, list[Run]] = {name: [] for name, _, _ in plan}
        for n in range(1, args.rounds + 1):
            tokens = login(api.base)  # type: ignore[attr-defined]
            verify(plan, tokens)
            if n == 1:
                if '"logger": "fpwork.access"' not in log.read_text(errors="replace"):
                    raise SystemExit(f"no JSON access log lines in {log}: not production-like")
                for _, target, scope in plan:  # warm-up
                    wrk(target, tokens[scope] if scope else None, 8, 1)
            print(f"-- round {n}/{args.rounds}: load average before {loadavg()}")
            for name, target, scope in plan:
                run = wrk(target, tokens[scope] if scope else None, 32, args.seconds)
                results[name].append(run)
                print(
                    f"   {name}: {run.rps:.0f} req/s, p99 {run.p99:.1f} ms, non-2xx {statuses(run.non_2xx)}"
                )
            print(f"   load average after {loadavg()}")
        tokens = login(api.base)  # type: ignore[attr-defined]
        print(f"-- overload, 256 conns for {args.overload_seconds} s: load average before {loadavg()}")
        overload = wrk(plan[1][1], tokens["community"], 256, args.overload_seconds)
        print(f"   load average after {loadavg()}")
    finally:
        stop_server(api)
        stop_server(bare)
    print(f"   server output: {log}")
    return results, overload


# --- report ------------------------------------------------------------------------------------


def statuses(counts: dict[int, int]) -> str:
    return ", ".join(f"{n}×{s}" for s, n in counts.items()) or "0"


def table(results: dict[str, list[Run]], overload: Run) -> list[str]:
    bare = statistics.median(r.rps for r in results[BARE])
    lines = [
        "| scenario | req/s median (min–max) | p50 ms | p99 ms | max ms | non-2xx | socket errors "
        "| vs bare % |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [(f"{name}, 32 conns", runs) for name, runs in results.items()] + [(OVERLOAD, [overload])]
    for name, runs in rows:
        rps = [r.rps for r in runs]
        non_2xx = dict(sum((Counter(r.non_2xx) for r in runs), Counter()))
        lines.append(
            f"| {name} | {statistics.median(rps):.0f} ({min(rps):.0f}–{max(rps):.0f}) "
            f"| {statistics.median(r.p50 for r in runs):.1f} | {statistics.median(r.p99 for r in runs):.1f} "
            f"| {max(r.max for r in runs):.0f} | {statuses(non_2xx)} | {sum(sum(r.socket) for r in runs)} "
            f"| {100 * statistics.median(rps) / bare:.0f} % |"
        )
    return lines


def goals(results: dict[str, list[Run]], overload: Run) -> list[str]:
    def rps(name: str) -> float:
        return statistics.median(r.rps for r in results[name])

    def p99(name: str) -> float:
        return statistics.median(r.p99 for r in results[name])

    def line(ok: bool, text: str) -> str:
        return f"{'PASS' if ok else 'FAIL'}: {text}"

    bare, lines = rps(BARE), []
    for scope in ("community", "street"):
        first = rps(f"{FIRST} · {scope}")
        lines.append(line(first >= 0.4 * bare, f"{FIRST} ({scope}) ≥ 40 % of bare: {first / bare:.0%}"))
    # The goal is the resident list page's (first and deep, both scopes); the other reads are shown
    # in the table for comparison.
    worst = max((n for n in results if n.startswith((FIRST, DEEP))), key=p99)
    limit = 3 * p99(BARE)
    lines.append(
        line(
            p99(worst) <= limit,
            f"list page p99 ≤ 3× bare ({limit:.1f} ms): worst {worst} {p99(worst):.1f} ms",
        )
    )
    for scope in ("community", "street"):
        first, deep = rps(f"{FIRST} · {scope}"), rps(f"{DEEP} · {scope}")
        lines.append(
            line(deep >= 0.9 * first, f"{DEEP} ({scope}) within 10 % of the first page: {deep / first:.0%}")
        )
    timeouts, other = overload.socket[3], {s: n for s, n in overload.non_2xx.items() if s != 503}
    waits = f"overload max wait ≤ 2 s: {overload.max:.0f} ms, {timeouts} time-outs"
    lines.append(line(overload.max <= 2000 and not timeouts, waits))
    missing = overload.no_retry_after
    errors = f"{overload.statuses.get(503, 0)} 503 ({missing} without Retry-After), others: {statuses(other)}"
    lines.append(line(not other and not overload.no_retry_after, f"overload only 503 among errors: {errors}"))
    base = rps(f"{FIRST} · community")
    ratio = (
        f"overload throughput within 20 % of 32 conns: {overload.rps:.0f} req/s, {overload.rps / base:.0%}"
    )
    lines.append(line(overload.rps >= 0.8 * base, ratio))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add = parser.add_argument
    add("--residents", nargs="+", type=int, default=[100_000], help="sizes, each measured in turn")
    add("--seconds", type=int, default=10, help="per scenario and round (32 connections)")
    add("--rounds", type=int, default=3)
    add("--overload-seconds", type=int, default=30, help="the residents first page at 256 connections")
    add("--reuse", action="store_true", help="skip loading a database that already holds the residents")
    add("--keep", action=argparse.BooleanOptionalAction, default=True,
        help="keep the databases at the end (default; --no-keep drops them)")  # fmt: skip
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    VAR.mkdir(exist_ok=True)
    stamp = utcnow().astimezone(CHINA).strftime("%Y%m%d_%H%M%S")  # Beijing time, on any host
    report = [f"# bench_api {stamp}", "", f"`{' '.join(sys.argv)}`", ""]
    made: list[int] = []
    for size in args.residents:
        url = prepare(size, args.reuse)
        made.append(size)
        results, overload = measure(size, url, args, stamp)
        section = [f"## postgres, {size:,} residents", "", *table(results, overload), ""]
        section += [*goals(results, overload), ""]
        print("\n" + "\n".join(section))
        report += section
    path = VAR / f"bench_api_{stamp}.md"
    path.write_text("\n".join(report))
    print(f"report: {path}")
    names = [f"fpw_bench_{size}" for size in made]
    if not args.keep:
        for size in made:
            asyncio.run(recreate(size, create=False))
        print(f"dropped: {', '.join(names)}")
        return
    drops = " ".join(f"-c 'DROP DATABASE \"{n}\"'" for n in names)
    print(f"kept: {', '.join(names)} (--reuse measures them again); drop them with: psql {PG_ADMIN} {drops}")
    print("(or run with --no-keep)")


if __name__ == "__main__":
    main()
