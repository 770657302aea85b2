"""Shared fixtures: a fresh demo database per test module, the app over ASGI, demo tokens."""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

import tests.metrics_env  # noqa: F401 - first: the metrics folder is set before prometheus-client loads
from app.clock import parse_time_of_day, set_time_of_day
from app.config import Settings, get_settings
from app.db import Database, set_database
from app.demo.context import DEMO_CLIENT_SECRET, DEMO_PASSWORD
from tests.apps import app_for
from tests.databases import CHEAP_PASSWORD_HASHING, DatabaseFactory
from tests.live_server import start_uvicorn, stop, wait_until_serving

os.environ.setdefault("FPW_LOG_LEVEL", "WARNING")

# FPW_TEST_BEIJING_TIME=01:00 fixes the office clock's time of day for the whole run (CI runs the
# PostgreSQL suite so: the instant is then 17:00 UTC of the day before), so that no test depends on
# the hour it runs at. Read here only: the application itself never looks at it.
if os.environ.get("FPW_TEST_BEIJING_TIME"):
    set_time_of_day(parse_time_of_day(os.environ["FPW_TEST_BEIJING_TIME"]))


@pytest_asyncio.fixture(scope="session")
async def db_factory() -> AsyncIterator[DatabaseFactory]:
    factory = DatabaseFactory()
    yield factory
    await factory.drop_all()


@dataclass
class Api:
    """The app under test for one module: an httpx client over ASGI plus its database."""

    client: httpx.AsyncClient
    app: FastAPI
    settings: Settings
    database: Database
    url: str
    _tokens: dict[str, str] = field(default_factory=dict)

    async def token(self, username: str) -> str:
        if username not in self._tokens:
            if username == "integration":
                data = {
                    "grant_type": "client_credentials",
                    "client_id": "integration",
                    "client_secret": DEMO_CLIENT_SECRET,
                }
            else:
                data = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
            response = await self.client.post("/api/v1/auth/token", data=data)
            assert response.status_code == 200, response.text
            self._tokens[username] = response.json()["access_token"]
        return self._tokens[username]

    async def headers(self, username: str, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.token(username)}", **extra}

    async def get(self, username: str, path: str, **kwargs: Any) -> httpx.Response:
        return await self.client.get(path, headers=await self.headers(username), **kwargs)

    async def post(self, username: str, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        headers = {**await self.headers(username), **kwargs.pop("headers", {})}
        return await self.client.post(path, json=json, headers=headers, **kwargs)

    async def patch(self, username: str, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        headers = {**await self.headers(username), **kwargs.pop("headers", {})}
        return await self.client.patch(path, json=json, headers=headers, **kwargs)

    def session(self) -> AsyncSession:
        """A separate session for asserting what the database holds afterwards."""
        return self.database.sessionmaker()


def module_label(request: pytest.FixtureRequest) -> str:
    """The requesting module's name as a database name suffix (the tail of it, lower case)."""
    return re.sub(r"[^a-z0-9]+", "_", request.module.__name__.lower())[-40:]


@pytest_asyncio.fixture(scope="module")
async def api(db_factory: DatabaseFactory, request: pytest.FixtureRequest) -> AsyncIterator[Api]:
    url = await db_factory.clone(module_label(request))
    os.environ["FPW_DATABASE_URL_UNDER_TEST"] = url
    get_settings.cache_clear()
    settings = get_settings().model_copy(update={"database_url": url, **CHEAP_PASSWORD_HASHING})
    database = Database(settings)
    set_database(database)
    app = app_for(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Api(client=client, app=app, settings=settings, database=database, url=url)
    await database.dispose()
    set_database(None)


@dataclass
class LiveServer:
    """A real uvicorn process on a loopback port, for what only a socket shows."""

    base_url: str
    database_url: str


@pytest_asyncio.fixture(scope="module")
async def live_server(
    db_factory: DatabaseFactory, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[LiveServer]:
    url = await db_factory.clone(module_label(request) + "_live")
    log_path = tmp_path_factory.mktemp("live-server") / "uvicorn.log"
    process, base = start_uvicorn(url, log_path)
    try:
        await wait_until_serving(process, base, log_path)
        yield LiveServer(base_url=base, database_url=url)
    finally:
        stop(process)


# The longest modules start first: with pytest-xdist's --dist loadfile a module stays on one
# worker, and one started last keeps that worker busy while the other has nothing left to do.
LONGEST_FIRST = (
    "tests/api/contract/test_fuzz_street.py",  # the coverage phase runs as the street only
    "tests/api/contract/test_fuzz.py",
    "tests/api/contract/test_fuzz_unit.py",
    "tests/api/operations/test_key_rotation_live.py",
    "tests/api/security/test_security_imports.py",
    "tests/api/contract/test_date_ranges.py",
)


def pytest_configure(config: pytest.Config) -> None:
    # pytest-xdist sorts loadfile's modules by their number of tests unless told not to, which
    # undoes LONGEST_FIRST (the one-test fuzz modules would start last); scripts/test.sh says so.
    if config.getoption("dist", "no") == "loadfile" and config.getoption("loadscopereorder", False):
        raise pytest.UsageError("--dist loadfile needs --no-loadscope-reorder (see LONGEST_FIRST)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::")[0]
        return LONGEST_FIRST.index(path) if path in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: the rest keep their order
