"""Many processes on one database: four API processes and two workers, checked as a client sees them.

    python -m scripts.many_processes          # a throw-away embedded PostgreSQL; about a minute

On a throw-away embedded PostgreSQL server (``scripts/drill_cluster.py``: migrated, the demo and
its live layer loaded: the district's six streets) it starts four API processes (uvicorn, separate
OS processes) and two workers (``python -m app.worker``), then checks:

(a) the principal cache is invalidated across processes: a community officer's token is served by
    all four processes (each caches the caller), the district disables the officer through process
    1, and the next request on each of the four is 401;
(b) with two workers every webhook delivery and every import job runs exactly once: a receiver
    subscribed to ``migrant.arrived`` gets each of N events once (counted by ``webhook-id``), and
    each of M import jobs finishes with one ``import.done`` audit row and all its rows created;
(c) the district's dashboard counts every street: its books include each street's, and its
    migrants are the six streets' together.

Prints the counts; a failed check exits 1. ``scripts/fault_drill.py`` runs the same checks first.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import time
from collections import Counter
from datetime import date, timedelta
from typing import Any

import asyncpg
import httpx

from app.clock import local_today
from app.database_url import asyncpg_dsn
from app.demo.context import DEMO_CLIENT_SECRET, DEMO_PASSWORD
from app.id_numbers import make_id_number
from scripts.drill_cluster import Cluster
from tests.webhook_receiver import Receiver

V1 = "/api/v1"
STREETS = ["street", "street-2", "street-3", "street-4", "street-5", "street-6"]
COMMUNITIES = ["community-a", "community-b", "community-c", "community-d", "community-e", "community-f"]
# Each community's street (whose administrator uploads imports: a street's permission).
STREET_OF = dict(
    zip(COMMUNITIES, ["street", "street", "street-2", "street-3", "street-4", "street-5"], strict=True)
)
MIGRANT_HOME = "510107000000"  # 成都市武侯区: the load's people are registered there
_serial = itertools.count(1)


class CheckFailed(RuntimeError):
    pass


def check(ok: bool, what: str) -> None:
    print(f"  {'ok ' if ok else 'FAIL'} {what}", flush=True)
    if not ok:
        raise CheckFailed(what)


def new_person(prefix: str = "500104") -> dict[str, Any]:
    """A resident registered in 成都市武侯区 with an ID number no one else has (born 1980 on)."""
    n = next(_serial)
    birth = date(1980, 1, 1) + timedelta(days=n // 400)
    number = make_id_number(prefix, birth, (n % 400) * 2 + 1)
    return {"id_number": number, "name": f"压测{n}", "household_division_code": MIGRANT_HOME}


async def sign_in(client: httpx.AsyncClient, base: str, user: str) -> dict[str, str]:
    if user == "integration":
        form = {"grant_type": "client_credentials", "client_id": user, "client_secret": DEMO_CLIENT_SECRET}
    else:
        form = {"grant_type": "password", "username": user, "password": DEMO_PASSWORD}
    answer = await client.post(f"{base}{V1}/auth/token", data=form)
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


async def call(client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """A request, again after a 503 (the API's admission limit on a loaded machine) when its
    Retry-After has passed; the answer otherwise."""
    deadline = time.monotonic() + 60
    while True:
        answer = await client.request(method, url, **kwargs)
        if answer.status_code != 503 or time.monotonic() > deadline:
            return answer
        await asyncio.sleep(min(float(answer.headers.get("Retry-After") or 1), 2.0))


async def org_ids(url: str) -> dict[str, int]:
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        users = await connection.fetch("SELECT username, org_id FROM users")
    finally:
        await connection.close()
    return {row["username"]: row["org_id"] for row in users}


async def check_cache(cluster: Cluster, client: httpx.AsyncClient) -> None:
    print("(a) the principal cache across four API processes", flush=True)
    bases = [a.base for a in cluster.apis]
    officer = await sign_in(client, bases[0], "community-h")
    for _ in range(2):  # the second round is served from each process's cache
        answers = [await client.get(f"{b}{V1}/residents?limit=1", headers=officer) for b in bases]
        check(all(a.status_code == 200 for a in answers), "the officer's token is served by all four")
    district = await sign_in(client, bases[0], "district")
    connection = await asyncpg.connect(asyncpg_dsn(cluster.url))
    try:
        user = await connection.fetchrow("SELECT id, version FROM users WHERE username = 'community-h'")
    finally:
        await connection.close()
    patched = await client.patch(
        f"{bases[0]}{V1}/users/{user['id']}",
        json={"is_active": False},
        headers={**district, "If-Match": f'"{user["version"]}"'},
    )
    check(
        patched.status_code == 200,
        f"the district disables community-h through process 1 ({patched.status_code})",
    )
    statuses = [(await client.get(f"{b}{V1}/residents?limit=1", headers=officer)).status_code for b in bases]
    check(statuses == [401] * 4, f"the next request on processes 1-4: {statuses}")


async def check_exactly_once(cluster: Cluster, client: httpx.AsyncClient, events: int, jobs: int) -> None:
    print(f"(b) {events} webhook events and {jobs} import jobs with two workers", flush=True)
    bases = [a.base for a in cluster.apis]
    receiver = Receiver()
    await receiver.start()
    try:
        integration = await sign_in(client, bases[0], "integration")
        subscribed = await client.post(
            f"{bases[0]}{V1}/webhooks",
            json={"url": receiver.url, "event_types": ["migrant.arrived"], "description": "drill"},
            headers=integration,
        )
        check(
            subscribed.status_code == 201,
            f"a receiver subscribes to migrant.arrived ({subscribed.status_code})",
        )
        officers = {c: await sign_in(client, bases[0], c) for c in COMMUNITIES}
        streets = {s: await sign_in(client, bases[0], s) for s in set(STREET_OF.values())}
        ids = await org_ids(cluster.url)

        gate = asyncio.Semaphore(8)  # eight clients at a time

        async def arrival(n: int) -> None:
            community = COMMUNITIES[n % len(COMMUNITIES)]
            base, headers = bases[n % len(bases)], officers[community]
            async with gate:
                person = await call(
                    client,
                    "POST",
                    f"{base}{V1}/residents",
                    json={**new_person(), "community_id": ids[community]},
                    headers=headers,
                )
                person.raise_for_status()
                body = {
                    "resident_id": person.json()["id"],
                    "arrival_date": str(local_today()),
                    "address": "测试路1号",
                }
                answer = await call(client, "POST", f"{base}{V1}/migrants", json=body, headers=headers)
                answer.raise_for_status()

        await asyncio.gather(*(arrival(n) for n in range(events)))
        uploads = []
        for n in range(jobs):
            community = COMMUNITIES[n % len(COMMUNITIES)]
            rows = ["id_number,name,household_division_code,community_code,marital_status"]
            code = await _code(cluster.url, ids[community])
            for _ in range(10):
                p = new_person("500109")
                rows.append(f"{p['id_number']},{p['name']},{MIGRANT_HOME},{code},married")
            answer = await call(
                client,
                "POST",
                f"{bases[n % len(bases)]}{V1}/imports?kind=residents&mode=per_row",
                content="\n".join(rows).encode(),
                headers={**streets[STREET_OF[community]], "Content-Type": "text/csv"},
            )
            check(
                answer.status_code in (201, 202),
                f"import {n + 1} queued ({answer.status_code} {answer.text[:120]})",
            )
            uploads.append(answer.json()["id"])
        delivered, raised = await wait_for_deliveries(cluster.url, receiver, seconds=90)
        per_id = Counter(r.headers["webhook-id"] for r in receiver.received)
        check(
            raised == events,
            f"{events} migrant.arrived events raised ({raised}; {len(delivered)} due with the demo's)",
        )
        check(set(per_id) == delivered, f"the receiver got every event ({len(per_id)} of {len(delivered)})")
        check(
            set(per_id.values()) == {1},
            f"each exactly once (deliveries per event: {sorted(set(per_id.values()))})",
        )
        runs = await wait_for_jobs(cluster.url, uploads, seconds=90)
        check(all(r == (1, 10) for r in runs.values()), f"each job ran once and created its 10 rows: {runs}")
    finally:
        await receiver.stop()


async def _code(url: str, org_id: int) -> str:
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        return str(await connection.fetchval("SELECT code FROM orgs WHERE id = $1", org_id))
    finally:
        await connection.close()


async def wait_for_deliveries(
    url: str, receiver: Receiver, seconds: float, description: str = "drill"
) -> tuple[set[str], int]:
    """The webhook-ids due to the subscription (its deliveries, and the events raised since it was
    made, fanned out or not), once the receiver has them all or time is up; and how many of them are
    events raised since the subscription."""
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        deadline = time.monotonic() + seconds
        while True:
            raised = {
                f"msg_{r['id']}_{r['sub']}"
                for r in await connection.fetch(
                    "SELECT e.id, s.id AS sub FROM outbox_events e CROSS JOIN webhook_subscriptions s "
                    "WHERE e.topic = 'migrant.arrived' AND e.created_at >= s.created_at "
                    "AND s.description = $1",
                    description,
                )
            }
            # Events raised before the subscription but fanned out after it are delivered too.
            due = {
                r["message_id"]
                for r in await connection.fetch(
                    "SELECT d.message_id FROM webhook_deliveries d JOIN webhook_subscriptions s "
                    "ON s.id = d.subscription_id WHERE s.description = $1",
                    description,
                )
            }
            wanted = raised | due
            got = {r.headers["webhook-id"] for r in receiver.received}
            if wanted <= got or time.monotonic() > deadline:
                return wanted, len(raised)
            await asyncio.sleep(0.3)
    finally:
        await connection.close()


async def wait_for_jobs(url: str, job_ids: list[int], seconds: float) -> dict[int, tuple[int, int]]:
    """Per job: (its import.done audit rows, rows created), once every job is finished."""
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        deadline = time.monotonic() + seconds
        while True:
            done = await connection.fetch(
                "SELECT id, created FROM import_jobs WHERE id = ANY($1) AND status = 'done'", job_ids
            )
            if len(done) == len(job_ids) or time.monotonic() > deadline:
                audits = Counter(
                    int(r["object_id"])
                    for r in await connection.fetch(
                        "SELECT object_id FROM audit_events WHERE object_type = 'import_job' "
                        "AND action = 'import.done'"
                    )
                )
                return {r["id"]: (audits[r["id"]], r["created"]) for r in done} | {
                    j: (0, 0) for j in job_ids if j not in {r["id"] for r in done}
                }
            await asyncio.sleep(0.3)
    finally:
        await connection.close()


async def check_rollup(cluster: Cluster, client: httpx.AsyncClient) -> None:
    print("(c) the district's dashboard counts every street", flush=True)
    base, year = cluster.apis[0].base, local_today().year
    district = await sign_in(client, base, "district")
    ids = await org_ids(cluster.url)
    board = await client.get(f"{base}{V1}/reports/dashboard", params={"year": year}, headers=district)
    books = {b["org_id"] for b in board.json()["books"]}
    check({ids[s] for s in STREETS} <= books, f"the district's books include all {len(STREETS)} streets'")
    present = {}
    for org in ["district", *STREETS]:
        answer = await client.get(
            f"{base}{V1}/reports/dashboard", params={"year": year, "org_id": ids[org]}, headers=district
        )
        rate = next(
            i for i in answer.json()["indicators"] if i["code"].endswith("information_collection_rate")
        )
        present[org] = rate["denominator"]
    streets_sum = sum(present[s] for s in STREETS)
    check(all(present[s] for s in STREETS), f"every street has migrants: {present}")
    check(
        present["district"] == streets_sum,
        f"the district's migrants are the streets' together ({streets_sum})",
    )


async def run_checks(cluster: Cluster, *, events: int, jobs: int) -> None:
    async with httpx.AsyncClient(timeout=30, trust_env=False) as client:
        await check_cache(cluster, client)
        await check_exactly_once(cluster, client, events, jobs)
        await check_rollup(cluster, client)


def start(apis: int = 4, workers: int = 2) -> Cluster:
    cluster = Cluster()
    began = time.monotonic()
    try:
        cluster.start_database()
        cluster.prepare()
        print(f"database migrated and the demo loaded in {time.monotonic() - began:.0f} s", flush=True)
        for _ in range(apis):
            cluster.start_api()
        for api in cluster.apis:
            cluster.wait_serving(api)
        for _ in range(workers):
            cluster.start_worker()
    except BaseException:
        cluster.close()
        raise
    print(f"{apis} API processes and {workers} workers up after {time.monotonic() - began:.0f} s", flush=True)
    return cluster


def main() -> int:
    cluster = start()
    try:
        asyncio.run(run_checks(cluster, events=100, jobs=6))
    except CheckFailed:
        return 1
    finally:
        cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
