"""Measure concurrent dispensing against a running server (demo data loaded).

    python -m scripts.bench_dispensing --base-url http://127.0.0.1:8000 --requests 200 --stock 100

Creates a fresh product, receives ``--stock`` units at community A's station, then sends
``--requests`` one-unit dispenses with ``--concurrency`` in flight. Prints the outcome counts
(exactly ``--stock`` must succeed), throughput and latency percentiles, and the stock left.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections import Counter
from datetime import timedelta

import httpx

from app.clock import local_today

PASSWORD = "demo-pass-2019"  # documented demo credential


async def _token(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    response = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": PASSWORD}
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def run(base_url: str, requests: int, stock: int, concurrency: int) -> None:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:
        street = await _token(client, "street")
        worker = await _token(client, "community-a")
        points = (
            await client.get("/api/v1/distribution-points", headers=worker, params={"limit": 100})
        ).json()
        point_id = next(p["id"] for p in points["items"] if p["kind"] == "community_station")
        product = await client.post(
            "/api/v1/contraceptive-products",
            headers=street,
            json={
                "code": f"BENCH-{time.time_ns()}",
                "name": "压测药具",
                "method": "condom",
                "form": "乳胶",
                "unit": "盒",
            },
        )
        product.raise_for_status()
        product_id = product.json()["id"]
        (
            await client.post(
                "/api/v1/stock-movements",
                headers=street,
                json={
                    "kind": "receipt",
                    "point_id": point_id,
                    "product_id": product_id,
                    "batch_no": "BENCH",
                    "expires_on": (local_today() + timedelta(days=365)).isoformat(),
                    "quantity": stock,
                    "source": "district_allocation",
                    "document_no": "BENCH",
                },
            )
        ).raise_for_status()
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []

        async def one() -> int:
            async with gate:
                started = time.perf_counter()
                response = await client.post(
                    "/api/v1/dispensations",
                    headers=worker,
                    json={"point_id": point_id, "product_id": product_id},
                )
                latencies.append(time.perf_counter() - started)
                return response.status_code

        started = time.perf_counter()
        statuses = Counter(await asyncio.gather(*[one() for _ in range(requests)]))
        elapsed = time.perf_counter() - started
        left = (
            await client.get(
                "/api/v1/stock",
                headers=worker,
                params={"point_id": point_id, "product_id": product_id, "include_empty": "true"},
            )
        ).json()["items"]
    q = statistics.quantiles(latencies, n=100)
    print(f"{requests} dispenses, {concurrency} in flight, {stock} in stock: {dict(statuses)}")
    print(
        f"  {requests / elapsed:.0f} requests/s; latency p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms"
    )
    print(f"  stock left: {[b['qty_on_hand'] for b in left]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--stock", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(run(args.base_url, args.requests, args.stock, args.concurrency))


if __name__ == "__main__":
    main()
