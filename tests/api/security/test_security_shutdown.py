"""SIGTERM on a real server: /readyz is 503 at once, an in-flight request completes, the process
exits within the drain period plus uvicorn's graceful timeout."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from app.demo.context import DEMO_PASSWORD
from tests.conftest import module_label
from tests.factories import resident_body
from tests.live_server import free_port

pytestmark = pytest.mark.asyncio
DRAIN_SECONDS = 1.5
GRACEFUL_SECONDS = 5


async def _start(url: str, port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "FPW_DATABASE_URL": url,
        "FPW_LOG_LEVEL": "WARNING",
        "FPW_SHUTDOWN_DRAIN_SECONDS": str(DRAIN_SECONDS),
    }
    process = subprocess.Popen(  # noqa: S603 - our own server, loopback only
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--no-proxy-headers",
            "--timeout-graceful-shutdown",
            str(GRACEFUL_SECONDS),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    async with httpx.AsyncClient() as client:
        for _ in range(1200):
            try:
                if (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return process
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.05)
    process.kill()
    raise RuntimeError("server did not start")


async def test_sigterm_drains_then_exits(db_factory, request):
    url = await db_factory.clone(module_label(request) + "_sigterm")
    port = free_port()
    process = await _start(url, port)
    try:
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            assert (await client.get("/readyz")).status_code == 200
            login = await client.post(
                "/api/v1/auth/token",
                data={"grant_type": "password", "username": "community-a", "password": DEMO_PASSWORD},
            )
            token = login.json()["access_token"]
            me = (await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})).json()
        body = json.dumps(resident_body(me["org_id"])).encode()
        head = (
            f"POST /api/v1/residents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        # an in-flight request: headers and half the body sent before the signal
        in_flight = socket.create_connection(("127.0.0.1", port), timeout=30)
        in_flight.sendall(head + body[: len(body) // 2])
        await asyncio.sleep(0.2)
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        async with httpx.AsyncClient(base_url=base, timeout=5) as client:
            ready = await client.get("/readyz")
            assert ready.status_code == 503
            assert time.monotonic() - signalled < DRAIN_SECONDS
            assert (await client.get("/healthz")).status_code == 200  # still serving while draining
        in_flight.sendall(body[len(body) // 2 :])

        def read_reply() -> bytes:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = in_flight.recv(65536)
                if not chunk:
                    break
                data += chunk
            return data

        reply = await asyncio.to_thread(read_reply)
        assert reply.startswith(b"HTTP/1.1 201"), reply[:200]
        exit_code = await asyncio.to_thread(process.wait, DRAIN_SECONDS + GRACEFUL_SECONDS + 10)
        assert exit_code is not None
        assert time.monotonic() - signalled < DRAIN_SECONDS + GRACEFUL_SECONDS + 10
        in_flight.close()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
