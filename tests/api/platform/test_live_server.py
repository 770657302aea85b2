"""What only a real socket shows: concurrency, body limits on the wire, concurrent idempotent retries."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from app.demo.context import DEMO_PASSWORD
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


async def _token(client: httpx.AsyncClient, username: str) -> str:
    response = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
    )
    return response.json()["access_token"]


async def test_many_concurrent_requests_all_get_answers(live_server):
    limits = httpx.Limits(max_connections=128, max_keepalive_connections=128)
    async with httpx.AsyncClient(base_url=live_server.base_url, limits=limits, timeout=60) as client:
        headers = {"Authorization": f"Bearer {await _token(client, 'street')}"}
        responses = await asyncio.gather(
            *[client.get("/api/v1/residents", params={"limit": 50}, headers=headers) for _ in range(128)]
        )
    assert [r.status_code for r in responses] == [200] * 128
    assert len({tuple(i["id"] for i in r.json()["items"]) for r in responses}) == 1


async def test_oversized_body_is_413_on_the_wire(live_server):
    async with httpx.AsyncClient(base_url=live_server.base_url, timeout=30) as client:
        headers = {
            "Authorization": f"Bearer {await _token(client, 'community-a')}",
            "Content-Type": "application/json",
        }
        declared = await client.post("/api/v1/residents", content=b"x" * (2 * 1024 * 1024), headers=headers)
        assert declared.status_code == 413
        assert declared.headers["content-type"] == "application/problem+json"

        async def chunks():
            for _ in range(40):
                yield b"y" * 65536  # 2.5 MiB, streamed without a Content-Length

        streamed = await client.post("/api/v1/residents", content=chunks(), headers=headers)
        assert streamed.status_code == 413


async def test_raw_garbage_gets_a_4xx_not_a_crash(live_server):
    host, port = live_server.base_url.removeprefix("http://").split(":")

    def send_raw() -> bytes:
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(
                b"POST /api/v1/residents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b'Content-Length: 5\r\n\r\n{"a":'
            )
            return sock.recv(4096)

    reply = await asyncio.to_thread(send_raw)
    assert reply.startswith(b"HTTP/1.1 4")


async def test_concurrent_retries_with_one_key_create_one_resident(live_server):
    async with httpx.AsyncClient(base_url=live_server.base_url, timeout=30) as client:
        token = await _token(client, "community-a")
        me = (await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})).json()
        body = resident_body(me["org_id"])
        headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "live-retry-0001"}
        responses = await asyncio.gather(
            *[client.post("/api/v1/residents", json=body, headers=headers) for _ in range(8)]
        )
        codes = sorted(r.status_code for r in responses)
        assert set(codes) <= {201, 409}
        created_ids = {r.json()["id"] for r in responses if r.status_code == 201}
        assert len(created_ids) == 1
        found = await client.get(
            "/api/v1/residents",
            params={"id_number": body["id_number"]},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert len(found.json()["items"]) == 1
        # once the first has finished, a retry replays it
        replay = await client.post("/api/v1/residents", json=body, headers=headers)
        assert replay.status_code == 201 and replay.json()["id"] in created_ids
