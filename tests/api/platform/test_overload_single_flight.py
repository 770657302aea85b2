"""Overload is never a 500 (issue 23, item 8): a burst of requests with a fresh token loads the
caller once for all of them (single flight), and a database that refuses connections is a 503 with
Retry-After."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app import deps
from app.db import Database, get_database, set_database
from app.demo.context import DEMO_PASSWORD
from tests.apps import app_for

pytestmark = pytest.mark.asyncio
BURST = 32


async def _fresh_token(api: Any, username: str) -> str:
    """A new sign-in: its session is in no principal cache yet."""
    data = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
    response = await api.client.post("/api/v1/auth/token", data=data)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


@contextlib.asynccontextmanager
async def _patient_client(api: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The module's app and database with an admission budget of 30 s instead of 1 s: a burst of 32
    on a loaded 2-core machine may wait over a second for the read pool's 10 connections, which is
    the overload the 503 tests below are about, not what the single flight is."""
    settings = api.settings.model_copy(update={"db_admission_timeout_seconds": 30.0})
    patient, previous = Database(settings), get_database()
    set_database(patient)
    try:
        transport = httpx.ASGITransport(app=app_for(settings))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client
    finally:
        set_database(previous)
        await patient.dispose()


@pytest.mark.parametrize("path", ["/api/v1/residents?limit=5", "/api/v1/benefit-applications?limit=5"])
async def test_a_burst_with_a_fresh_token_loads_the_caller_once(api, monkeypatch, path):
    token = await _fresh_token(api, "community-a")
    arrived, loads = [0], [0]
    real_claims, real_load = deps._verified_claims, deps._load_principal

    def counting_claims(request: Any, authorization: str | None) -> tuple[int, str]:
        arrived[0] += 1
        return real_claims(request, authorization)

    async def slow_load(connection: Any, user_id: int, session_id: str) -> Any:
        loads[0] += 1
        for _ in range(2000):  # until every request of the burst has asked for the caller
            if arrived[0] >= BURST:
                break
            await asyncio.sleep(0.001)
        return await real_load(connection, user_id, session_id)

    monkeypatch.setattr(deps, "_verified_claims", counting_claims)
    monkeypatch.setattr(deps, "_load_principal", slow_load)
    headers = {"Authorization": f"Bearer {token}"}
    async with _patient_client(api) as client:
        answers = await asyncio.gather(*(client.get(path, headers=headers) for _ in range(BURST)))
    assert [a.status_code for a in answers] == [200] * BURST, {a.status_code for a in answers}
    assert arrived[0] == BURST and loads[0] == 1


async def test_a_revoked_token_refuses_every_request_of_a_burst(api, monkeypatch):
    token = await _fresh_token(api, "community-b")
    headers = {"Authorization": f"Bearer {token}"}
    assert (await api.client.post("/api/v1/auth/logout", headers=headers)).status_code in (200, 204)
    answers = await asyncio.gather(*(api.client.get("/api/v1/residents", headers=headers) for _ in range(8)))
    assert {a.status_code for a in answers} == {401}


@pytest.mark.parametrize("read_lane", [True, False])
async def test_a_database_that_refuses_connections_is_a_503_with_retry_after(api, read_lane):
    """The app's role may open no connection at all (CONNECTION LIMIT 0): PostgreSQL answers
    'too many connections for role', as it answers 'too many clients' when full."""
    token = await _fresh_token(api, "street")
    role = f"fpw_refused_{uuid.uuid4().hex[:8]}"
    async with api.database.engine.connect() as connection:
        await connection.execute(text(f"CREATE ROLE {role} LOGIN CONNECTION LIMIT 0"))
        await connection.commit()
    url = make_url(api.url).set(username=role, password=None)
    settings = api.settings.model_copy(
        update={"database_url": url.render_as_string(hide_password=False), "read_lane": read_lane}
    )
    refusing, previous = Database(settings), get_database()
    set_database(refusing)
    try:
        from app.main import create_app

        app = create_app(settings)
        app.dependency_overrides.update(api.app.dependency_overrides)
        import httpx

        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            for path in ("/api/v1/residents?limit=5", "/api/v1/families/1", "/api/v1/auth/me"):
                answer = await client.get(path, headers={"Authorization": f"Bearer {token}"})
                assert answer.status_code == 503, (path, answer.text)
                assert answer.headers["Retry-After"] == "1"
                assert answer.json()["type"].endswith("/database-unavailable")
    finally:
        set_database(previous)
        await refusing.dispose()
        async with api.database.engine.connect() as connection:
            await connection.execute(text(f"DROP ROLE {role}"))
            await connection.commit()
