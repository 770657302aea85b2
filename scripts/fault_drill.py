"""Fault drill: faults survived under load, checked afterwards from the database and the receiver.

    python -m scripts.fault_drill             # about two minutes
    python -m scripts.fault_drill --short     # CI: fewer clients, a shorter load

Starts four API processes and two workers on a throw-away embedded PostgreSQL server and runs the
many-process checks first (``scripts/many_processes.py``: the principal cache, exactly-once
deliveries and jobs, the district's roll-up). Then, under a mixed load of concurrent clients (reads,
and writes each with its own ``Idempotency-Key``, retried with the same key after a connection error
or a 503, on the next process), it

1. restarts PostgreSQL (a fast shutdown cuts every connection; started again at once);
2. restarts the API processes one by one (SIGTERM, started again on the same port);
3. kills a worker with SIGKILL in the middle of webhook deliveries and starts another.

Afterwards it checks: every write answered 2xx is in the database exactly once (retried writes
too); no webhook event is lost (the receiver got every ``migrant.arrived`` event at least once, and
once each after de-duplicating by ``webhook-id``); the only errors clients saw were 503s with
``Retry-After`` and connection errors while a process or the database restarted, never a 500. It
prints the counts; a failed check exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import httpx

from app.clock import local_today
from app.database_url import asyncpg_dsn
from scripts import many_processes as mp
from scripts.drill_cluster import Cluster
from tests.webhook_receiver import Receiver

RETRY_SECONDS = 90.0  # a write retried longer than this is given up (and reported)


@dataclass
class Load:
    cluster: Cluster
    client: httpx.AsyncClient
    tokens: dict[str, dict[str, str]]
    ids: dict[str, int]
    errors: Counter[str] = field(default_factory=Counter)
    writes: list[dict[str, Any]] = field(default_factory=list)
    reads: int = 0
    turn: int = 0
    # seconds each client waits between its requests: CI's short drill runs beside the test suite
    # on two cores, where clients that never pause would take the CPU the restarts need
    think: float = 0.0

    def base(self) -> str:
        self.turn += 1
        return self.cluster.apis[self.turn % len(self.cluster.apis)].base

    async def send(
        self, method: str, path: str, headers: dict[str, str], body: Any = None
    ) -> tuple[int, Any, int]:
        """Send until an answer other than 503 or a lost connection; (status, body, attempts)."""
        began, attempts = time.monotonic(), 0
        while True:
            attempts += 1
            try:
                answer = await self.client.request(method, f"{self.base()}{path}", json=body, headers=headers)
            except httpx.TransportError as exc:
                self.errors[f"connection ({type(exc).__name__})"] += 1
                wait = 0.2
            else:
                if answer.status_code == 503:
                    retry_after = answer.headers.get("Retry-After")
                    self.errors["503 with Retry-After" if retry_after else "503 WITHOUT Retry-After"] += 1
                    wait = min(float(retry_after or 1), 1.0)
                elif answer.status_code == 409 and "still being processed" in answer.text:
                    self.errors["409 idempotency key still being processed"] += 1
                    wait = 0.3
                else:
                    if answer.status_code >= 500:
                        self.errors[f"{answer.status_code}"] += 1
                    return answer.status_code, answer.json() if answer.content else None, attempts
            if time.monotonic() - began > RETRY_SECONDS:
                return 0, None, attempts
            await asyncio.sleep(wait)

    async def write(self, community: str) -> None:
        """A person registered in 武侯区 arrives in the community: two writes, each with its key."""
        headers = self.tokens[community]
        person = {**mp.new_person("500110"), "community_id": self.ids[community]}
        record: dict[str, Any] = {"name": person["name"]}
        self.writes.append(record)
        key = str(uuid.uuid4())
        status, body, attempts = await self.send(
            "POST", f"{mp.V1}/residents", {**headers, "Idempotency-Key": key}, person
        )
        record.update(resident_status=status, resident_attempts=attempts)
        if status != 201:
            return
        record["resident_id"] = body["id"]
        arrival = {"resident_id": body["id"], "arrival_date": str(local_today()), "address": "演练路8号"}
        status, body, attempts = await self.send(
            "POST", f"{mp.V1}/migrants", {**headers, "Idempotency-Key": str(uuid.uuid4())}, arrival
        )
        record.update(migrant_status=status, migrant_attempts=attempts)

    async def read(self, community: str) -> None:
        path = random.choice([f"{mp.V1}/residents?limit=5", f"{mp.V1}/migrants?limit=5"])  # noqa: S311
        status, _, _ = await self.send("GET", path, self.tokens[community])
        if status == 200:
            self.reads += 1
        else:
            self.errors[f"read answered {status}"] += 1

    async def client_loop(self, n: int, stop: asyncio.Event) -> None:
        community = mp.COMMUNITIES[n % len(mp.COMMUNITIES)]
        rng = random.Random(n)  # noqa: S311 - a load pattern, not security
        while not stop.is_set():
            await (self.write(community) if rng.random() < 0.5 else self.read(community))
            if self.think:
                await asyncio.sleep(self.think)


async def faults(cluster: Cluster, pause: float) -> list[str]:
    """The faults, one after another, with ``pause`` seconds of load between them; what was done."""
    done: list[str] = []
    await asyncio.sleep(pause)
    down = await asyncio.to_thread(cluster.restart_database)
    done.append(f"PostgreSQL restarted (down {down:.1f} s)")
    await asyncio.sleep(pause)
    for index in range(len(cluster.apis)):
        began = time.monotonic()
        await asyncio.to_thread(cluster.stop_api, index)
        cluster.start_api(index)
        await asyncio.to_thread(cluster.wait_serving, cluster.apis[index])
        done.append(f"API process {index + 1} restarted ({time.monotonic() - began:.1f} s)")
    await asyncio.sleep(pause / 2)
    victim = cluster.workers[0]
    await asyncio.to_thread(cluster.kill_worker, victim)
    cluster.start_worker()
    done.append("worker 1 killed with SIGKILL, another started")
    await asyncio.sleep(pause)
    return done


async def drill(cluster: Cluster, clients: int, pause: float, think: float = 0.0) -> None:
    print(f"fault drill: {clients} clients, faults {pause:g} s apart", flush=True)
    receiver = Receiver()
    await receiver.start()
    try:
        async with httpx.AsyncClient(timeout=20, trust_env=False) as client:
            base = cluster.apis[0].base
            integration = await mp.sign_in(client, base, "integration")
            subscribed = await client.post(
                f"{base}{mp.V1}/webhooks",
                json={"url": receiver.url, "event_types": ["migrant.arrived"], "description": "fault"},
                headers=integration,
            )
            mp.check(subscribed.status_code == 201, "a second receiver subscribes to migrant.arrived")
            tokens = {c: await mp.sign_in(client, base, c) for c in mp.COMMUNITIES}
            load = Load(cluster, client, tokens, await mp.org_ids(cluster.url), think=think)
            stop = asyncio.Event()
            loops = [asyncio.create_task(load.client_loop(n, stop)) for n in range(clients)]
            for line in await faults(cluster, pause):
                print(f"  {line}", flush=True)
            stop.set()
            await asyncio.gather(*loops)
            wanted, _ = await mp.wait_for_deliveries(cluster.url, receiver, seconds=120, description="fault")
        await verify(cluster, load, receiver, wanted)
    finally:
        await receiver.stop()


async def verify(cluster: Cluster, load: Load, receiver: Receiver, wanted: set[str]) -> None:
    writes = load.writes
    acknowledged = [w for w in writes if w.get("resident_status") == 201]
    retried = [w for w in writes if w.get("resident_attempts", 1) > 1 or w.get("migrant_attempts", 1) > 1]
    connection = await asyncpg.connect(asyncpg_dsn(cluster.url))
    try:
        names = [w["name"] for w in writes]
        counts = dict(
            await connection.fetch(
                "SELECT name, count(*) FROM residents WHERE name = ANY($1) GROUP BY name", names
            )
        )
        arrivals = dict(
            await connection.fetch(
                "SELECT resident_id, count(*) FROM migrants WHERE resident_id = ANY($1) GROUP BY resident_id",
                [w["resident_id"] for w in acknowledged],
            )
        )
    finally:
        await connection.close()
    per_id = Counter(r.headers["webhook-id"] for r in receiver.received)
    print(
        f"  load: {len(writes)} write pairs ({len(acknowledged)} residents and "
        f"{sum(1 for w in writes if w.get('migrant_status') == 201)} arrivals answered 201; "
        f"{len(retried)} retried), {load.reads} reads answered 200",
        flush=True,
    )
    print(f"  errors clients saw: {dict(load.errors) or 'none'}", flush=True)
    print(
        f"  webhooks: {len(wanted)} events, {len(receiver.received)} deliveries received, "
        f"{sum(1 for c in per_id.values() if c > 1)} events delivered more than once",
        flush=True,
    )
    mp.check(
        all(counts.get(w["name"]) == 1 for w in acknowledged), "every resident answered 201 is stored once"
    )
    mp.check(all(counts.get(w["name"], 0) <= 1 for w in writes), "no write is stored twice (answered or not)")
    answered = [w for w in acknowledged if w.get("migrant_status") == 201]
    mp.check(
        all(arrivals.get(w["resident_id"]) == 1 for w in answered),
        "every arrival answered 201 is stored once",
    )
    mp.check(
        all(w.get("resident_status") == 201 and w.get("migrant_status") == 201 for w in retried),
        f"every retried write completed ({len(retried)})",
    )
    mp.check(wanted <= set(per_id), f"no webhook event lost ({len(wanted & set(per_id))} of {len(wanted)})")
    bad = {k: v for k, v in load.errors.items() if k.startswith(("5", "read", "503 WITHOUT"))}
    bad.pop("503 with Retry-After", None)
    mp.check(not bad, f"no 500, every 503 with Retry-After, every read answered ({bad or 'so'})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.fault_drill", description=__doc__.split("\n")[0])
    parser.add_argument("--short", action="store_true", help="CI: fewer clients and events, shorter pauses")
    parser.add_argument("--keep", action="store_true", help="keep the cluster's folder (logs) afterwards")
    args = parser.parse_args(argv)
    began = time.monotonic()
    cluster = mp.start()
    try:
        asyncio.run(mp.run_checks(cluster, events=30 if args.short else 100, jobs=3 if args.short else 6))
        asyncio.run(
            drill(
                cluster,
                clients=6 if args.short else 12,
                pause=2.0 if args.short else 5.0,
                think=0.1 if args.short else 0.0,
            )
        )
    except mp.CheckFailed:
        print(f"the drill FAILED (logs in {cluster.data})" if args.keep else "the drill FAILED", flush=True)
        return 1
    finally:
        cluster.close(keep=args.keep)
    print(f"the drill passed in {time.monotonic() - began:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
