"""Engine, session factory and the one place where a request's work is committed."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

import asyncpg
from fastapi import Request
from sqlalchemy import BigInteger, DateTime, Integer, MetaData, event, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator

from app import tracing

# Row timestamps (created_at, updated_at, ...): the real instant, from the office's clock module;
# other modules import it from here as before.
from app.clock import utcnow as utcnow
from app.config import Settings, get_settings
from app.database_url import asyncpg_dsn, require_database_url
from app.errors import ServiceOverloaded
from app.metrics import ADMISSION_REFUSED, ADMISSION_WAITS, DB_POOL_CAPACITY, DB_POOL_IN_USE

T = TypeVar("T")

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC instants (``timestamptz``): a naive datetime is refused on the way in."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class VersionedMixin:
    """Every mutable row carries a version: ETag on read, If-Match on PATCH."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# JIT compiles a plan whose estimated cost passes a threshold: the report figures' short aggregates
# pass it and pay ~100 ms of compiling to save a few; no query here gains from it. The session time
# zone is UTC whatever the server's TimeZone setting: an instant is never turned into a date by
# the server's zone (business dates are Beijing dates, computed by app/clock.py).
SERVER_SETTINGS = {"jit": "off", "TimeZone": "UTC"}
# The pooled engine's sessions (reports, figures, writes) get 32 MB per sort or hash instead of the
# server's default 4 MB: a district's year of screenings (150,000 at 5 million residents) counted
# distinct per month spilled to disk and took 1.8 s instead of 0.5 s (docs/scale.md). The read
# pool's keyset pages keep the default.
ENGINE_SETTINGS = {**SERVER_SETTINGS, "work_mem": "32MB"}


def build_engine(settings: Settings) -> AsyncEngine:
    """The pooled engine of ``FPW_DATABASE_URL`` (PostgreSQL; ``DatabaseNotConfigured`` when unset)."""
    engine = create_async_engine(
        require_database_url(settings.database_url),
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        pool_recycle=1800,
        connect_args={"server_settings": ENGINE_SETTINGS},
    )
    _install_idle_pre_ping(engine, settings.db_ping_after_idle_seconds)
    _count_pool_use(engine)
    tracing.instrument_engine(engine)
    return engine


def _count_pool_use(engine: AsyncEngine) -> None:
    """``fpwork_db_pool_connections_in_use`` (app/metrics.py), added up over the live processes."""

    @event.listens_for(engine.sync_engine.pool, "checkout")
    def _out(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        DB_POOL_IN_USE.inc()

    @event.listens_for(engine.sync_engine.pool, "checkin")
    def _in(dbapi_conn: Any, record: Any) -> None:
        DB_POOL_IN_USE.dec()


def _install_idle_pre_ping(engine: AsyncEngine, idle_seconds: float) -> None:
    """Pre-ping a pooled connection before use when it has sat idle; busy ones are known good.

    SQLAlchemy's ``pool_pre_ping`` costs three round trips on asyncpg for every checkout (begin,
    ping, rollback); a connection that was used a moment ago needs none. A failed ping raises
    ``DisconnectionError``, so the pool discards that connection and hands out a fresh one.
    """

    @event.listens_for(engine.sync_engine.pool, "checkin")
    def _mark_idle(dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine.pool, "checkout")
    def _ping_if_idle(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < idle_seconds:
            return
        try:
            dbapi_conn.ping()
        except Exception as exc:
            raise DisconnectionError("stale pooled connection") from exc


class Database:
    """Holds the engine and session factory for one application instance."""

    def __init__(self, settings: Settings) -> None:
        self.engine = build_engine(settings)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        # Requests queue here, first come first served, before they take a pooled connection:
        # the pool itself lets a newcomer take a freed connection ahead of older waiters, which
        # under overload starves some requests until they time out.
        self.admission = asyncio.Semaphore(settings.db_pool_size + settings.db_max_overflow)
        self.admission_timeout = settings.db_admission_timeout_seconds
        self._read_dsn = asyncpg_dsn(settings.database_url)
        # The ORM pool's capacity, for fpwork_db_pool_connections_max.
        self._pool_capacity = (
            0 if self._read_dsn is None else settings.db_pool_size + settings.db_max_overflow
        )
        DB_POOL_CAPACITY.inc(self._pool_capacity)
        self._read_pool: asyncpg.Pool | None = None
        self._read_pool_size = settings.db_read_pool_size
        self._read_pool_lock = asyncio.Lock()
        # Health probes take a connection of their own, never one from the pool, so they answer
        # at once while every pooled connection is busy.
        self._probe_engine = create_async_engine(
            self.engine.url, poolclass=NullPool, connect_args={"server_settings": SERVER_SETTINGS}
        )
        tracing.instrument_engine(self._probe_engine)

    async def probe(self, timeout_seconds: float = 2.0) -> None:
        """``SELECT 1`` outside the pool and the admission queue; raises if the database does not answer."""
        async with asyncio.timeout(timeout_seconds), self._probe_engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def probe_read(
        self, read: Callable[[AsyncSession], Awaitable[T]], timeout_seconds: float = 2.0
    ) -> T:
        """A small read outside the pool and the admission queue (for /metrics), like ``probe``."""
        async with asyncio.timeout(timeout_seconds), AsyncSession(self._probe_engine) as session:
            return await read(session)

    def admitted(self) -> _Admission:
        """Hold one admission slot (``async with``); past the budget the request is refused (503)."""
        return _Admission(self)

    async def fetch(self, sql: str, args: Sequence[Any]) -> list[Any]:
        """One read-only statement on the read pool: no transaction, no ORM, under the
        same admission budget; a connection not free within it is a 503 as well."""
        async with _Admission(self):
            pool = self._read_pool or await self._open_read_pool()
            try:
                connection = await pool.acquire(timeout=self.admission_timeout)
            except TimeoutError:
                ADMISSION_REFUSED.labels("database").inc()
                raise ServiceOverloaded(math.ceil(self.admission_timeout)) from None
            try:
                return await connection.fetch(sql, *args)
            finally:
                await pool.release(connection)

    async def _open_read_pool(self) -> asyncpg.Pool:
        async with self._read_pool_lock:
            if self._read_pool is None:
                self._read_pool = await asyncpg.create_pool(
                    self._read_dsn,
                    min_size=1,
                    max_size=self._read_pool_size,
                    server_settings={**SERVER_SETTINGS, "application_name": "fpwork-read"},
                    init=_decode_json,
                )
            return self._read_pool

    async def dispose(self) -> None:
        DB_POOL_CAPACITY.dec(self._pool_capacity)
        self._pool_capacity = 0
        if self._read_pool is not None:
            await self._read_pool.close()
            self._read_pool = None
        await self.engine.dispose()
        await self._probe_engine.dispose()


async def _decode_json(connection: asyncpg.Connection) -> None:
    """JSON columns come back as Python values, as the ORM's JSON type gives them (asyncpg alone
    hands over the text)."""
    for type_name in ("json", "jsonb"):
        await connection.set_type_codec(
            type_name, encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
        )


class _Admission:
    """The admission slot as a plain async context manager (a generator-based one costs more, and
    this runs on every request that touches the database)."""

    __slots__ = ("database",)

    def __init__(self, database: Database) -> None:
        self.database = database

    async def __aenter__(self) -> None:
        database = self.database
        if not database.admission.locked():
            await database.admission.acquire()
            return
        ADMISSION_WAITS.labels("database").inc()
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can drop a permit that was granted
            # just as the budget ran out, and the queue would shrink by one each time.
            async with asyncio.timeout(database.admission_timeout):
                await database.admission.acquire()
        except TimeoutError:
            ADMISSION_REFUSED.labels("database").inc()
            raise ServiceOverloaded(math.ceil(database.admission_timeout)) from None

    async def __aexit__(self, *_: object) -> None:
        self.database.admission.release()


_database: Database | None = None


def get_database() -> Database:
    global _database
    if _database is None:
        _database = Database(get_settings())
    return _database


def set_database(database: Database | None) -> None:
    global _database
    _database = database


async def session_scope(request: Request) -> AsyncIterator[AsyncSession]:
    """The single commit place: commit after the request's work, roll back on any error.

    Reads (GET) run in autocommit mode: no BEGIN/COMMIT round trips for statements that change
    nothing; the few writes a read makes (an audit event for a revealed ID number) are single
    atomic statements.
    """
    database = get_database()
    async with database.admitted(), database.sessionmaker() as session:
        if request.method in _READ_METHODS:
            await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        try:
            yield session
            await session.commit()
            _run_after_commit(session, request)
        except BaseException as exc:
            # A refusal that must leave a trace (a failed login's count, a lockout's audit
            # event, a session revoked for refresh-token reuse) says so; everything else is undone.
            if getattr(exc, "keep_changes", False):
                await session.commit()
                _run_after_commit(session, request)
            else:
                await session.rollback()
            raise


_READ_METHODS = frozenset({"GET", "HEAD"})

# ``session.info`` key: callables ``(session, request)`` that a service registered to run once the
# request's work is committed, never after a rollback (the principal cache forgets a revoked
# session this way, app/principal_cache.py).
AFTER_COMMIT = "fpw_after_commit"


def _run_after_commit(session: AsyncSession, request: Request) -> None:
    for hook in session.info.pop(AFTER_COMMIT, []):
        hook(session, request)


# The same commit place for a handler that needs a session only on some requests (a fast read
# whose change-feed variant still goes through the ORM).
request_session = asynccontextmanager(session_scope)


BigIntPK = BigInteger()
