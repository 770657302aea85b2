"""The principal cache (app/principal_cache.py): served only while it cannot be stale.

Three layers: the cache's own rules (generation guard, TTL, bound, notifications), the process that
makes a change forgetting at once after its commit, and two live processes on one database where a
change made through one is seen by the other on its very next request.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import pytest
import pytest_asyncio
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import PERMISSIONS, Principal, Role
from app.demo.context import DEMO_PASSWORD
from app.models.core.org import OrgKind
from app.principal_cache import APPLICATION_NAME, CHANNEL, PrincipalCache, after_commit, forget_after_commit
from tests.conftest import Api, module_label
from tests.databases import DatabaseFactory
from tests.demo_ids import CODES
from tests.live_server import start_uvicorn, stop, wait_until_serving

pytestmark = pytest.mark.asyncio

# The rules' tests never start a listener: the URL is never connected to.
NOWHERE = "postgresql+asyncpg://nobody@127.0.0.1:9/none"


def _principal(session_id: str = "s1", user_id: int = 1) -> Principal:
    role = Role.community_officer
    return Principal(
        user_id=user_id,
        username=f"user{user_id}",
        role=role,
        org_id=3,
        org_kind=OrgKind.community,
        org_path="/1/2/3/",
        session_id=session_id,
        permissions=PERMISSIONS[role],
    )


def _on(cache: PrincipalCache) -> PrincipalCache:
    """Turn the cache on without a listener (what a connected listener does), for its own rules."""
    cache.enabled = True
    return cache


# --- the cache's rules -----------------------------------------------------------------------------


async def test_a_principal_read_before_an_invalidation_is_not_stored():
    """A request notes the generation before its query; a change committed meanwhile bumps it, so
    what the request read (possibly before the change) must not be kept."""
    cache = _on(PrincipalCache(NOWHERE))
    before = cache.generation
    cache.forget_user(42)  # a notification arrives while the request is querying
    cache.put(_principal("s1"), before)
    assert cache.get("s1") is None and len(cache) == 0
    cache.put(_principal("s1"), cache.generation)
    assert cache.get("s1") == _principal("s1")


async def test_entries_older_than_the_ttl_are_not_served():
    now = [1000.0]
    cache = _on(PrincipalCache(NOWHERE, ttl_seconds=300, clock=lambda: now[0]))
    cache.put(_principal("s1"), cache.generation)
    now[0] += 299.9
    assert cache.get("s1") is not None
    now[0] += 0.1
    assert cache.get("s1") is None
    assert len(cache) == 0, "an expired entry is dropped when found"


async def test_the_cache_keeps_at_most_max_entries_dropping_the_oldest():
    cache = _on(PrincipalCache(NOWHERE, max_entries=3))
    for n in range(1, 5):
        cache.put(_principal(f"s{n}", user_id=n), cache.generation)
    assert len(cache) == 3
    assert cache.get("s1") is None
    assert [cache.get(f"s{n}") is not None for n in (2, 3, 4)] == [True, True, True]


async def test_notifications_forget_a_session_a_user_or_everything():
    cache = _on(PrincipalCache(NOWHERE))
    for session_id, user_id in (("a1", 1), ("a2", 1), ("b1", 2), ("c1", 3)):
        cache.put(_principal(session_id, user_id), cache.generation)
    generation = cache.generation
    cache.apply("session:b1")
    assert cache.get("b1") is None and cache.get("a1") is not None
    cache.apply("user:1")
    assert cache.get("a1") is None and cache.get("a2") is None and cache.get("c1") is not None
    cache.apply("*")
    assert len(cache) == 0
    cache.put(_principal("d1", 4), cache.generation)
    cache.apply("something new")  # an unknown payload forgets everything rather than nothing
    assert len(cache) == 0
    assert cache.generation == generation + 4


async def test_a_disabled_cache_serves_and_stores_nothing():
    cache = _on(PrincipalCache(NOWHERE))
    cache.put(_principal("s1"), cache.generation)
    cache.enabled = False
    assert cache.get("s1") is None
    cache.put(_principal("s2"), cache.generation)
    cache.enabled = True
    assert cache.get("s2") is None


async def test_start_does_nothing_when_turned_off():
    """No listener, no task, and the cache stays off (the URL points nowhere: a connection attempt
    would fail and leave a retrying task behind)."""
    cache = PrincipalCache(NOWHERE, ttl_seconds=0.0)
    tasks = asyncio.all_tasks()
    await cache.start()
    assert cache.enabled is False
    assert asyncio.all_tasks() == tasks
    await cache.stop()


async def test_forgets_recorded_in_a_session_are_applied_once_after_commit():
    cache = _on(PrincipalCache(NOWHERE))
    for session_id, user_id in (("a1", 1), ("b1", 2), ("c1", 3)):
        cache.put(_principal(session_id, user_id), cache.generation)
    session = AsyncSession()
    forget_after_commit(session, user_id=1)
    forget_after_commit(session, session_id="b1")
    assert len(cache) == 3, "nothing is forgotten before the commit"
    after_commit(session, cache)
    assert cache.get("a1") is None and cache.get("b1") is None and cache.get("c1") is not None
    generation = cache.generation
    after_commit(session, cache)
    assert cache.generation == generation, "applied once"
    after_commit(session, None)  # an app without a cache: nothing to do


# --- one process, over ASGI --------------------------------------------------------------------


@pytest.fixture
def cache_on(api: Api, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrincipalCache]:
    """The app's cache turned on without a listener: only this process's own eviction keeps it
    right, which is what these tests show (a listener would hide a missing one)."""
    cache: PrincipalCache = api.app.state.principal_cache
    cache.enabled = True

    async def nothing_to_catch_up() -> bool:  # no listener: nothing can arrive from elsewhere
        return True

    monkeypatch.setattr(cache, "caught_up", nothing_to_catch_up)
    yield cache
    cache.enabled = False
    cache.clear()


@pytest.fixture
def principal_queries(api: Api) -> Iterator[list[str]]:
    """Statements that load a principal (the user, org and unrevoked session join)."""
    seen: list[str] = []

    def _count(conn, cursor, statement, parameters, context, executemany) -> None:
        if "auth_sessions" in statement and "revoked_at IS NULL" in statement:
            seen.append(statement)

    engine = api.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", _count)
    yield seen
    event.remove(engine, "before_cursor_execute", _count)


async def _sign_in(client: httpx.AsyncClient, username: str) -> dict:
    response = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text
    return response.json()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_the_second_request_runs_no_principal_query(api: Api, cache_on, principal_queries):
    token = (await _sign_in(api.client, "street-officer"))["access_token"]
    assert (await api.client.get("/api/v1/residents", headers=_bearer(token))).status_code == 200
    assert len(principal_queries) == 1
    assert (await api.client.get("/api/v1/residents", headers=_bearer(token))).status_code == 200
    assert len(principal_queries) == 1, "the second request was served from the cache"


async def test_without_the_cache_every_request_loads_the_principal(api: Api, principal_queries):
    """The cache off (turned off, or a lost listener): each request reads the database."""
    assert api.app.state.principal_cache.enabled is False
    token = (await _sign_in(api.client, "district"))["access_token"]
    for _ in range(2):
        assert (await api.client.get("/api/v1/residents", headers=_bearer(token))).status_code == 200
    assert len(principal_queries) == 2


async def test_this_process_forgets_at_commit_on_logout_refresh_reuse_and_user_changes(api: Api, cache_on):
    # logout: the same token is refused by the next request
    token = (await _sign_in(api.client, "community-a"))["access_token"]
    assert (await api.client.get("/api/v1/auth/me", headers=_bearer(token))).status_code == 200
    assert len(cache_on) == 1
    assert (await api.client.post("/api/v1/auth/logout", headers=_bearer(token))).status_code == 204
    assert (await api.client.get("/api/v1/auth/me", headers=_bearer(token))).status_code == 401

    # a refresh token presented twice revokes the session (and its access tokens)
    pair = await _sign_in(api.client, "community-a")
    assert (await api.client.get("/api/v1/auth/me", headers=_bearer(pair["access_token"]))).status_code == 200
    body = {"refresh_token": pair["refresh_token"]}
    assert (await api.client.post("/api/v1/auth/refresh", json=body)).status_code == 200
    assert (await api.client.post("/api/v1/auth/refresh", json=body)).status_code == 401
    assert (await api.client.get("/api/v1/auth/me", headers=_bearer(pair["access_token"]))).status_code == 401

    # a role change: the next request carries the new role's permissions
    token = (await _sign_in(api.client, "community-b"))["access_token"]
    assert (await api.client.get("/api/v1/residents", headers=_bearer(token))).status_code == 200
    user = await _user(api.client, await api.token("street"), "community-b")
    changed = await api.patch(
        "street",
        f"/api/v1/users/{user['id']}",
        {"role": "dispenser_device"},
        headers={"If-Match": f'"{user["version"]}"'},
    )
    assert changed.status_code == 200, changed.text
    assert (await api.client.get("/api/v1/residents", headers=_bearer(token))).status_code == 403


async def _user(client: httpx.AsyncClient, admin_token: str, username: str) -> dict:
    listed = await client.get("/api/v1/users", params={"limit": 100}, headers=_bearer(admin_token))
    assert listed.status_code == 200, listed.text
    return next(u for u in listed.json()["items"] if u["username"] == username)


# --- the listener (PostgreSQL) -------------------------------------------------------------------


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _until(condition, what: str, seconds: float = 30.0) -> None:
    """Poll a background event on a deadline (the listener reconnects on its own task)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"{what} within {seconds:g} s"
        await asyncio.sleep(0.05)


async def test_a_lost_listener_turns_the_cache_off_until_it_listens_again(
    api: Api, db_factory: DatabaseFactory
):
    cache = PrincipalCache(api.url, ttl_seconds=300)
    await cache.start()
    notifier = await asyncpg.connect(_dsn(api.url))
    # the cluster's maintenance database: a database cannot refuse connections from inside itself
    admin = await asyncpg.connect(await db_factory._pg_admin_dsn())
    database = make_url(api.url).database
    try:
        assert cache.enabled
        cache.put(_principal("s1"), cache.generation)
        # a notification from another connection reaches the cache at its commit
        await notifier.execute("SELECT pg_notify($1, 'session:s1')", CHANNEL)
        await _until(lambda: cache.get("s1") is None, "the notification was applied")
        cache.put(_principal("s2"), cache.generation)
        generation = cache.generation

        # the listener's connection dies and cannot come back for now
        await admin.execute(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS false')
        killed = await admin.fetchval(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = $1 AND application_name = $2",
            database,
            APPLICATION_NAME,
        )
        assert killed is True
        await _until(lambda: not cache.enabled, "the loss was noticed")
        assert len(cache) == 0 and cache.generation > generation
        cache.put(_principal("s3"), cache.generation)
        assert cache.get("s3") is None and len(cache) == 0, "off: nothing is stored or served"

        await admin.execute(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS true')
        await _until(lambda: cache.enabled, "the listener reconnected")
        cache.put(_principal("s4"), cache.generation)
        await notifier.execute("SELECT pg_notify($1, '*')", CHANNEL)
        await _until(lambda: cache.get("s4") is None, "the new listener hears notifications")
    finally:
        await admin.execute(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS true')
        await admin.close()
        await notifier.close()
        await cache.stop()
    assert not cache.enabled
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "principal-cache-listener"]


def _notify_without_yielding(url: str, payload: str) -> None:
    """Commit a notification from another thread while this event loop is blocked, as another
    process would: when this returns the change is committed but the listener has read nothing."""

    async def notify() -> None:
        conn = await asyncpg.connect(_dsn(url))
        try:
            await conn.execute("SELECT pg_notify($1, $2)", CHANNEL, payload)
        finally:
            await conn.close()

    thread = threading.Thread(target=lambda: asyncio.run(notify()))
    thread.start()
    thread.join()


async def test_a_hit_waits_until_every_notification_committed_before_it_is_heard(api: Api):
    """The change is committed, its notification not yet read off the listener's socket: the entry
    is still in the dictionary, but ``current`` does not serve it (it did before: a flaky 200)."""
    cache = PrincipalCache(api.url, ttl_seconds=300)
    await cache.start()
    try:
        assert cache.enabled
        cache.put(_principal("s1", user_id=7), cache.generation)
        cache.put(_principal("s2", user_id=8), cache.generation)
        _notify_without_yielding(api.url, "user:7")
        assert cache.get("s1") is not None, "the control: nothing was read off the socket yet"
        assert await cache.current("s1") is None
        assert await cache.current("s2") == _principal("s2", user_id=8), "others are still served"
        # many requests at once share the round trips: none is served the forgotten session
        _notify_without_yielding(api.url, "user:8")
        assert await asyncio.gather(*(cache.current("s2") for _ in range(20))) == [None] * 20
        assert cache.enabled
    finally:
        await cache.stop()


async def test_a_listener_that_does_not_answer_is_not_trusted(api: Api):
    cache = PrincipalCache(api.url, ttl_seconds=300)
    await cache.start()
    try:
        cache.put(_principal("s1"), cache.generation)
        assert cache._connection is not None
        cache._connection.terminate()  # gone without the termination callback having run yet
        assert await cache.current("s1") is None
        await _until(lambda: cache.enabled and cache._connection is not None, "the listener is back")
        assert len(cache) == 0
    finally:
        await cache.stop()


# --- two live processes on one PostgreSQL database -----------------------------------------------


@dataclass
class TwoServers:
    a: httpx.AsyncClient
    b: httpx.AsyncClient
    database_url: str


@pytest_asyncio.fixture(scope="module")
async def two_servers(
    db_factory: DatabaseFactory, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[TwoServers]:
    url = await db_factory.clone(module_label(request) + "_two")
    logs = tmp_path_factory.mktemp("two-servers")
    started: list = []
    try:
        for name in ("a", "b"):
            log_path: Path = logs / f"{name}.log"
            process, base = start_uvicorn(url, log_path)
            started.append((process, base, log_path))
        for process, base, log_path in started:
            await wait_until_serving(process, base, log_path)
        async with (
            httpx.AsyncClient(base_url=started[0][1], timeout=30) as a,
            httpx.AsyncClient(base_url=started[1][1], timeout=30) as b,
        ):
            yield TwoServers(a=a, b=b, database_url=url)
    finally:
        for process, _, _ in started:
            stop(process)


async def _org_ids(url: str) -> dict[str, int]:
    conn = await asyncpg.connect(_dsn(url))
    try:
        by_code = dict(await conn.fetch("SELECT code, id FROM orgs"))
    finally:
        await conn.close()
    return {key: by_code[code] for key, code in CODES.items()}


async def _patch_user(servers: TwoServers, username: str, body: dict) -> None:
    """A street admin changes a user through process A."""
    admin_token = (await _sign_in(servers.a, "street"))["access_token"]
    user = await _user(servers.a, admin_token, username)
    headers = {**_bearer(admin_token), "If-Match": f'"{user["version"]}"'}
    response = await servers.a.patch(f"/api/v1/users/{user['id']}", json=body, headers=headers)
    assert response.status_code == 200, response.text


async def _read_on_both(servers: TwoServers, token: str) -> None:
    """Both processes now hold the principal (once deps consults the cache)."""
    for client in (servers.a, servers.b):
        assert (await client.get("/api/v1/residents", headers=_bearer(token))).status_code == 200


async def test_logout_on_one_process_is_401_on_both_at_once(two_servers: TwoServers):
    token = (await _sign_in(two_servers.a, "community-a"))["access_token"]
    await _read_on_both(two_servers, token)
    assert (await two_servers.a.post("/api/v1/auth/logout", headers=_bearer(token))).status_code == 204
    assert (await two_servers.b.get("/api/v1/residents", headers=_bearer(token))).status_code == 401
    assert (await two_servers.a.get("/api/v1/residents", headers=_bearer(token))).status_code == 401


async def test_a_user_deactivated_on_one_process_is_401_on_the_other_at_once(two_servers: TwoServers):
    token = (await _sign_in(two_servers.b, "unit"))["access_token"]
    await _read_on_both(two_servers, token)
    await _patch_user(two_servers, "unit", {"is_active": False})
    assert (await two_servers.b.get("/api/v1/residents", headers=_bearer(token))).status_code == 401


async def test_an_org_or_role_change_on_one_process_is_seen_by_the_other_next(two_servers: TwoServers):
    """Neither change revokes the session: only the users trigger tells the other process."""
    orgs = await _org_ids(two_servers.database_url)
    token = (await _sign_in(two_servers.a, "community-b"))["access_token"]
    await _read_on_both(two_servers, token)
    assert (await two_servers.b.get("/api/v1/auth/me", headers=_bearer(token))).json()["org_id"] == orgs[
        "community-b"
    ]

    await _patch_user(two_servers, "community-b", {"org_id": orgs["community-a"]})
    me = await two_servers.b.get("/api/v1/auth/me", headers=_bearer(token))
    assert me.status_code == 200 and me.json()["org_id"] == orgs["community-a"]

    await _patch_user(two_servers, "community-b", {"role": "dispenser_device"})
    assert (await two_servers.b.get("/api/v1/residents", headers=_bearer(token))).status_code == 403


async def test_the_other_process_serves_from_its_cache_until_the_database_tells_it(two_servers: TwoServers):
    """The control: a change made with the triggers off is NOT seen (B answers from its cache), so the
    tests above pass because of the notifications, not because B reads the database every time."""
    token = (await _sign_in(two_servers.a, "street-officer"))["access_token"]
    await _read_on_both(two_servers, token)
    conn = await asyncpg.connect(_dsn(two_servers.database_url))
    try:
        async with conn.transaction():
            await conn.execute("SET LOCAL session_replication_role = replica")  # triggers off
            await conn.execute("UPDATE users SET role = 'street_admin' WHERE username = 'street-officer'")
        stale = await two_servers.b.get("/api/v1/auth/me", headers=_bearer(token))
        assert stale.json()["role"] == "street_officer", "B served the principal from its cache"
        await conn.execute("SELECT pg_notify($1, '*')", CHANNEL)
    finally:
        await conn.close()
    fresh = await two_servers.b.get("/api/v1/auth/me", headers=_bearer(token))
    assert fresh.json()["role"] == "street_admin"
