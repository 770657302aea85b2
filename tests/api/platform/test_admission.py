"""Request admission (app/admission.py): past the in-flight limit a request waits its turn for the
budget, then gets 503 with Retry-After; health probes never wait; a freed slot goes to the oldest."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from app.admission import AdmissionMiddleware

pytestmark = pytest.mark.asyncio


class HeldApp:
    """Answers 200 once its gate opens; records the order requests got in."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.entered: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.entered.append(scope["path"])
        if scope["path"] != "/healthz":
            await self.gate.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def _client(app: AdmissionMiddleware) -> httpx.AsyncClient:
    """As in the app: Starlette has put itself in the scope (problems read the default language)."""
    starlette = Starlette()

    async def with_app(scope: Scope, receive: Receive, send: Send) -> None:
        scope["app"] = starlette
        await app(scope, receive, send)

    return httpx.AsyncClient(transport=httpx.ASGITransport(app=with_app), base_url="http://test")


async def test_past_the_limit_a_request_waits_the_budget_then_gets_503():
    inner = HeldApp()
    app = AdmissionMiddleware(inner, max_in_flight=1, timeout_seconds=0.2)
    async with _client(app) as client:
        held = asyncio.create_task(client.get("/api/v1/residents"))
        while not inner.entered:
            await asyncio.sleep(0.01)
        started = asyncio.get_running_loop().time()
        refused = await client.get("/api/v1/families", headers={"Accept-Language": "zh-CN"})
        waited = asyncio.get_running_loop().time() - started
        health = await client.get("/healthz")
        inner.gate.set()
        assert (await held).status_code == 200
    assert refused.status_code == 503
    assert refused.headers["retry-after"] == "1"
    assert refused.headers["content-type"] == "application/problem+json"
    body = refused.json()
    assert body["type"].endswith("/overloaded") and body["title"] == "服务繁忙" and body["status"] == 503
    assert waited >= 0.2
    assert inner.entered == ["/api/v1/residents", "/healthz"], "the refused request never ran"
    assert health.status_code == 200, "a probe does not wait behind the API"


async def test_a_waiting_request_is_served_when_a_slot_frees_in_time():
    inner = HeldApp()
    app = AdmissionMiddleware(inner, max_in_flight=1, timeout_seconds=5)
    async with _client(app) as client:
        first = asyncio.create_task(client.get("/api/v1/a"))
        while not inner.entered:
            await asyncio.sleep(0.01)
        second = asyncio.create_task(client.get("/api/v1/b"))
        third = asyncio.create_task(client.get("/api/v1/c"))
        await asyncio.sleep(0.05)
        assert inner.entered == ["/api/v1/a"]
        inner.gate.set()
        answers = await asyncio.gather(first, second, third)
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert inner.entered == ["/api/v1/a", "/api/v1/b", "/api/v1/c"], "first come, first served"
    assert not app.slots.locked()
