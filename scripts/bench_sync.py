"""Measure mobile sync against a running server (demo data loaded): bytes and time (issue 27).

    python -m scripts.bench_sync --base-url http://127.0.0.1:8000 --residents 2000 --devices 200

1. Tops community A up to ``--residents`` active residents (through the API, as its worker).
2. One device downloads its first working set: records, bytes as sent (gzip) and as JSON, time.
3. A day's changes: another device uploads a day of work (phone corrections, care visits, handouts)
   and the office edits a few records; the first device downloads the changes: bytes.
4. ``--devices`` devices of the community sync their first working set at once. Each waits as told
   on a 503 (``Retry-After``) and asks for the same page again; any other error fails the run.
   Prints time and bytes per device, and the answers' status counts.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
import uuid
from collections import Counter
from datetime import date, timedelta
from typing import Any

import httpx

from app.clock import CHINA
from app.clock import now as clock_now
from app.id_numbers import make_id_number
from scripts.sync_device import PASSWORD, SimulatedDevice


class Counted(SimulatedDevice):
    """A device that counts every answer's status, and the 503s that came without Retry-After."""

    def __init__(self, client: httpx.AsyncClient, username: str, statuses: Counter[str]) -> None:
        super().__init__(client, username)
        self.statuses = statuses
        self.raw_json = 0

    async def download(self, limit: int = 500) -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": limit, **({"token": self.token} if self.token else {})}
            try:
                response = await self.client.get("/api/v1/sync/feed", params=params, headers=self.headers())
            except (httpx.ReadError, httpx.RemoteProtocolError):
                # A pooled connection the server closed while it sat idle (uvicorn's keep-alive
                # timeout, 5 s, passes while a device waits out a Retry-After): the client's race,
                # not an answer. The GET is safe to send again; counted apart.
                self.statuses["idle connection closed, sent again"] += 1
                continue
            self.statuses[str(response.status_code)] += 1
            if response.status_code == 503:
                if "retry-after" not in response.headers:
                    self.statuses["503 without Retry-After"] += 1
                await asyncio.sleep(
                    float(response.headers.get("retry-after", "1")) * random.uniform(0.5, 1.5)
                )
                continue
            if response.status_code != 200:
                raise RuntimeError(f"{response.status_code}: {response.text[:300]}")
            self.bytes += int(response.headers.get("content-length", len(response.content)))
            self.raw_json += len(response.content)
            page = response.json()
            self.lookups = page["lookups"] or self.lookups
            for item in page["items"]:
                key = (item["kind"], item["id"])
                if item["op"] == "delete":
                    self.records.pop(key, None)
                else:
                    self.records[key] = item["data"]
            seen += page["items"]
            self.token = page["next_token"]
            if not page["has_more"]:
                return seen


async def _headers(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    form = {"grant_type": "password", "username": username, "password": PASSWORD}
    response = await client.post("/api/v1/auth/token", data=form)
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def top_up(client: httpx.AsyncClient, username: str, target: int, have: int, community_id: int) -> None:
    worker = await _headers(client, username)
    gate = asyncio.Semaphore(8)
    rng = random.Random(2019)

    async def one() -> None:
        async with gate:
            while True:
                born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 40 * 365))
                body = {
                    "id_number": make_id_number("500103", born, rng.randrange(1, 999)),
                    "name": "压测居民",
                    "phone": f"139{rng.randrange(0, 10**8):08d}",
                    "household_division_code": "500103",
                    "community_id": community_id,
                    "marital_status": "married",
                }
                response = await client.post("/api/v1/residents", json=body, headers=worker)
                if response.status_code == 201:
                    return
                if response.status_code not in (409, 422, 503):
                    raise RuntimeError(response.text[:300])

    await asyncio.gather(*(one() for _ in range(max(0, target - have))))


async def _device(client: httpx.AsyncClient, username: str, statuses: Counter[str]) -> Counted:
    device = Counted(client, username, statuses)
    await device.sign_in_and_register(f"bench-{uuid.uuid4().hex[:16]}")
    return device


async def day_of_changes(
    client: httpx.AsyncClient, username: str, device: Counted, statuses: Counter[str]
) -> int:
    """Another worker's day uploaded, and a few office edits; answers how many operations ran."""
    colleague = await _device(client, username, statuses)
    now = clock_now().astimezone(CHINA).replace(microsecond=0)
    residents = device.of_kind("resident")
    cases = device.of_kind("care_case")
    stock = device.of_kind("stock")
    operations: list[dict[str, Any]] = []
    for n, resident in enumerate(residents[:20]):
        operations.append(
            {
                "op_id": uuid.uuid4().hex,
                "kind": "phone_correction",
                "recorded_at": (now - timedelta(minutes=60 - n)).isoformat(),
                "data": {"resident_id": resident["id"], "phone": f"137{n:08d}"},
            }
        )
    for case in cases[:5]:
        operations.append(
            {
                "op_id": uuid.uuid4().hex,
                "kind": "care_visit",
                "recorded_at": (now - timedelta(minutes=30)).isoformat(),
                "data": {"case_id": case["id"], "visited_on": now.date().isoformat(), "notes": "走访"},
            }
        )
    for batch in stock[:5]:
        operations.append(
            {
                "op_id": uuid.uuid4().hex,
                "kind": "contraceptive_handout",
                "recorded_at": (now - timedelta(minutes=10)).isoformat(),
                "data": {"point_id": batch["point_id"], "product_id": batch["product_id"]},
            }
        )
    outcomes = await colleague.upload(operations)
    return sum(1 for o in outcomes if o["outcome"] == "applied")


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(ordered):.2f}, p95 {p95:.2f}, max {ordered[-1]:.2f}"


async def run(base_url: str, username: str, residents: int, devices: int) -> None:
    limits = httpx.Limits(max_connections=devices + 10, max_keepalive_connections=devices + 10)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=300) as client:
        statuses: Counter[str] = Counter()
        first = await _device(client, username, statuses)
        started = time.perf_counter()
        items = await first.download()
        have = sum(1 for i in items if i["kind"] == "resident")
        community_id = next(i["data"]["community_id"] for i in items if i["kind"] == "resident")
        if have < residents:
            print(f"topping community {community_id} up from {have} to {residents} active residents ...")
            await top_up(client, username, residents, have, community_id)
            first = await _device(client, username, statuses)
            started = time.perf_counter()
            items = await first.download()
        took = time.perf_counter() - started
        kinds = Counter(i["kind"] for i in items)
        print(f"first working set: {len(items)} records {dict(kinds)}")
        print(f"  {first.bytes:,} bytes sent (gzip), {first.raw_json:,} bytes of JSON, {took:.2f} s")

        applied = await day_of_changes(client, username, first, statuses)
        await asyncio.sleep(3)  # the feed hands out changes older than its settle margin (2 s)
        before = first.bytes
        changes = await first.download()
        grown = first.bytes - before
        print(f"a day's changes ({applied} operations applied): {len(changes)} records, {grown:,} bytes")

        fleet = []
        for n in range(devices):
            if n % 20 == 0:
                signed = await _device(client, username, statuses)
            else:  # several devices of one worker's session (registered under it)
                signed = Counted(client, username, statuses)
                signed.access = fleet[-1].access
                registered = await client.post(
                    "/api/v1/sync/devices",
                    json={"installation_id": f"bench-{uuid.uuid4().hex[:16]}", "label": "bench"},
                    headers={"Authorization": f"Bearer {signed.access}"},
                )
                registered.raise_for_status()
                signed.secret = registered.json()["secret"]
            fleet.append(signed)
        statuses.clear()

        async def timed(device: Counted) -> float:
            began = time.perf_counter()
            await device.download()
            return time.perf_counter() - began

        # A client of its own: the registrations' idle keep-alive connections may have been closed
        # by the server (uvicorn's keep-alive timeout), and reusing one would be the client's race.
        async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=300) as fresh:
            for device in fleet:
                device.client = fresh
            began = time.perf_counter()
            times = await asyncio.gather(*(timed(d) for d in fleet))
            wall = time.perf_counter() - began
        sizes = [d.bytes / 1024 for d in fleet]
        print(f"{devices} devices at once: all complete in {wall:.1f} s")
        print(f"  seconds per device: {_spread(list(times))}")
        print(f"  KiB per device (gzip): {_spread(sizes)}")
        print(f"  answers: {dict(statuses)}")
        errors = {k for k in statuses if k not in ("200", "503", "idle connection closed, sent again")}
        if errors:
            raise SystemExit(f"errors other than 503 with Retry-After: {errors}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--user", default="community-a")
    parser.add_argument("--residents", type=int, default=2000)
    parser.add_argument("--devices", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(run(args.base_url, args.user, args.residents, args.devices))


if __name__ == "__main__":
    main()
