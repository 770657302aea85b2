"""What only a real server shows: sign-ins hash off the event loop, so other requests keep their latency."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from app.demo.context import DEMO_PASSWORD

pytestmark = pytest.mark.asyncio
USERS = ["community-a", "community-b", "street", "street-officer", "district"]


async def test_healthz_keeps_its_latency_while_twenty_sign_ins_hash(live_server):
    limits = httpx.Limits(max_connections=64)
    async with httpx.AsyncClient(base_url=live_server.base_url, timeout=60, limits=limits) as client:
        await client.get("/healthz")
        idle = []
        for _ in range(5):
            started = time.perf_counter()
            await client.get("/healthz")
            idle.append(time.perf_counter() - started)

        async def sign_in(username: str) -> int:
            data = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
            return (await client.post("/api/v1/auth/token", data=data)).status_code

        logins = asyncio.gather(*[sign_in(USERS[i % len(USERS)]) for i in range(20)])
        busy = []
        task = asyncio.ensure_future(logins)
        while not task.done():
            started = time.perf_counter()
            assert (await client.get("/healthz")).status_code == 200
            busy.append(time.perf_counter() - started)
        codes = await task
    assert codes == [200] * 20
    assert busy, "healthz was probed while the sign-ins ran"
    # on the event loop, 20 argon2 checks held /healthz for 5 s; off it, it stays well under that
    # (measured: 19 ms idle, 0.6-1.4 s peak on a loaded, shared 2-core machine)
    print(f"healthz idle max {max(idle) * 1000:.0f} ms, during 20 sign-ins max {max(busy) * 1000:.0f} ms")
    assert max(busy) < 2.5, busy
