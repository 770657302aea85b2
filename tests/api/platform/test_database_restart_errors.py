"""A database restart is a 503 with Retry-After, never a 500: what the driver raises while PostgreSQL
shuts down or after it came back (a pooled connection it closed), through SQLAlchemy or the read
lane's plain asyncpg. ``scripts/fault_drill.py`` restarts a real server under load."""

from __future__ import annotations

import asyncpg
import httpx
import pytest
from asyncpg.exceptions import AdminShutdownError, CrashShutdownError, InterfaceError
from fastapi import FastAPI
from sqlalchemy.exc import DBAPIError

from app.error_handlers import install_error_handlers


def _raising(error: BaseException) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/fails")
    async def fails() -> None:
        raise error

    return app


def _wrapped(orig: BaseException, *, invalidated: bool = False) -> DBAPIError:
    return DBAPIError("SELECT 1", None, orig, connection_invalidated=invalidated)


SHUTDOWN = AdminShutdownError("terminating connection due to administrator command")
CLOSED = InterfaceError("cannot call Connection.fetch(): connection is closed")


@pytest.mark.parametrize(
    "error",
    [
        SHUTDOWN,
        CrashShutdownError("terminating connection because of crash of another server process"),
        CLOSED,
        _wrapped(SHUTDOWN),
        _wrapped(CLOSED),
        _wrapped(RuntimeError("the driver's message"), invalidated=True),
    ],
    ids=["shutdown", "crash", "closed", "wrapped-shutdown", "wrapped-closed", "invalidated"],
)
async def test_a_database_going_away_is_503_with_retry_after(error: BaseException) -> None:
    transport = httpx.ASGITransport(app=_raising(error), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answer = await client.get("/fails")
    assert answer.status_code == 503, answer.text
    assert answer.headers["Retry-After"] == "1"
    assert answer.json()["type"].endswith("/database-unavailable"), answer.json()


async def test_another_interface_error_is_still_a_500() -> None:
    error = InterfaceError("cannot perform operation: another operation is in progress")
    transport = httpx.ASGITransport(app=_raising(error), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answer = await client.get("/fails")
    assert answer.status_code == 500, answer.text


async def test_a_server_socket_gone_while_connecting_is_503() -> None:
    """While PostgreSQL restarts its Unix socket does not exist: asyncpg's connect raises the OS's
    FileNotFoundError, which SQLAlchemy passes on unwrapped."""
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/connects")
    async def connects() -> None:
        await asyncpg.connect(host="/nonexistent-fpwork-socket-dir", user="postgres", database="x", timeout=2)

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answer = await client.get("/connects")
    assert answer.status_code == 503, answer.text
    assert answer.headers["Retry-After"] == "1"


async def test_a_file_missing_elsewhere_is_still_a_500() -> None:
    transport = httpx.ASGITransport(app=_raising(FileNotFoundError("an upload")), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answer = await client.get("/fails")
    assert answer.status_code == 500, answer.text
