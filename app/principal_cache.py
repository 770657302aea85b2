"""Per-process cache of authenticated principals, invalidated at once through LISTEN/NOTIFY.

Every authenticated request needs the caller's user, org and session row. This cache keeps the
``Principal`` built from them, keyed by the auth session (the token family), so that a request
whose session was seen a moment ago runs no query for it.

Invalidation, so that a revoked session, a deactivated user or a moved one is never served from it:

* PostgreSQL triggers (migration 0012) send ``pg_notify('fpw_principals', payload)`` when a session
  is revoked or deleted (``session:<id>``), a user's role, org, status or password changes or the
  user is deleted (``user:<id>``), or an org's path or kind changes (``*``: forget everything).
  NOTIFY is transactional: it is delivered at commit, to every process listening.
* The process that made the change forgets at once after its own commit (``forget_after_commit``
  and ``after_commit``), without waiting for its own notification to come back.
* The cache is on only while its listener is connected. Losing the connection turns it off and
  empties it; it is emptied again and turned back on once listening again (reconnecting with backoff).
* Entries older than ``principal_cache_seconds`` are not served (a back stop), and at most
  ``principal_cache_entries`` are kept (the oldest go first).

``generation`` guards against a race: a request notes it before reading the database and passes it
to ``put``; an invalidation in between bumps it, so a principal read before the change is dropped.

NOTIFY reaches the other processes *soon* after the commit, not before the committing request
answers: a deactivation made on process A could still be served from B's cache for the moment its
notification is under way. So a hit is served only once the listener has caught up
(``caught_up``): one ``SELECT 1`` on the listening connection, started after the request arrived.
PostgreSQL signals the listening backends at commit, before the committer hears of it, and a
backend sends the notifications it was signalled for before it answers its next query, so the
round trip brings every notification committed before the request came in. Requests arriving
meanwhile share the next round trip (at most two are waited for); a failed one turns the cache off.
With ``principal_cache_seconds = 0`` the cache stays off.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import asyncpg

from app.database_url import asyncpg_dsn
from app.db import AFTER_COMMIT
from app.metrics import PRINCIPAL_CACHE

if TYPE_CHECKING:  # app.authz imports the models, which import app.db, which imports this module
    from sqlalchemy.ext.asyncio import AsyncSession

    from app.authz import Principal
    from app.config import Settings

CHANNEL = "fpw_principals"
APPLICATION_NAME = "fpwork-principal-cache"  # how the listener shows in pg_stat_activity
_CONNECTION_ERRORS = (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError)
_PENDING_KEY = "fpw_principals_forget"
log = logging.getLogger("app.principal_cache")


class PrincipalCache:
    """Principals by auth session id, served only while the invalidation listener is connected."""

    def __init__(
        self,
        database_url: str,
        *,
        ttl_seconds: float = 300.0,
        max_entries: int = 10_000,
        heartbeat_seconds: float = 15.0,
        max_backoff_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = False
        self.generation = 0
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self._database_url = database_url
        self._heartbeat = heartbeat_seconds
        self._max_backoff = max_backoff_seconds
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, Principal]] = OrderedDict()
        self._connection: asyncpg.Connection | None = None
        self._lost = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        # Misses being loaded: the requests that miss the same principal meanwhile wait for that one
        # load instead of each taking a database connection (single flight).
        self._loading: dict[tuple[str, int], asyncio.Future[Principal]] = {}
        # The listener's round trip in flight, and how many callers of ``caught_up`` it covers.
        self._round: asyncio.Task[bool] | None = None
        self._round_covers = 0
        self._arrivals = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> PrincipalCache:
        return cls(
            settings.database_url,
            ttl_seconds=settings.principal_cache_seconds,
            max_entries=settings.principal_cache_entries,
        )

    def __len__(self) -> int:
        return len(self._entries)

    # --- the cache ---------------------------------------------------------------------------
    async def load_once(
        self, session_id: str, user_id: int, load: Callable[[], Awaitable[Principal]]
    ) -> Principal:
        """A miss loaded once for every request that misses it meanwhile (single flight): they share
        the loader's answer, its refusal (revoked, overloaded) included; the result is cached."""
        key = (session_id, user_id)
        pending = self._loading.get(key)
        if pending is not None:
            try:
                return await asyncio.shield(pending)
            except asyncio.CancelledError:
                if not pending.cancelled():
                    raise  # this request itself was cancelled
                # the loading request went away (its client left): load here instead
        generation = self.generation
        future: asyncio.Future[Principal] = asyncio.get_running_loop().create_future()
        self._loading[key] = future
        try:
            principal = await load()
        except Exception as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no warning when nobody was waiting
            raise
        except BaseException:
            future.cancel()
            raise
        finally:
            self._loading.pop(key, None)
        future.set_result(principal)
        self.put(principal, generation)
        return principal

    async def current(self, session_id: str) -> Principal | None:
        """The cached principal, served only once every change committed before this call has been
        heard (``caught_up``); None when off, unknown, expired or just invalidated."""
        if not self.enabled:
            PRINCIPAL_CACHE.labels("off").inc()
            return None
        principal = None
        if self.get(session_id) is not None and await self.caught_up():
            principal = self.get(session_id)
        PRINCIPAL_CACHE.labels("miss" if principal is None else "hit").inc()
        return principal

    async def caught_up(self) -> bool:
        """True once the listener has received every notification committed before this call: a
        round trip on its connection that started after the call (shared by the callers arriving
        while one is under way). False, and the listener handed back to its supervisor, if it fails."""
        self._arrivals += 1
        arrival = self._arrivals
        while True:
            round_trip = self._round
            if round_trip is None or round_trip.done():
                round_trip = self._round = asyncio.create_task(self._round_trip())
                self._round_covers = self._arrivals
            covers = self._round_covers
            answered = await asyncio.shield(round_trip)
            if not answered:
                self._lost.set()
                return False
            if covers >= arrival:
                return True

    async def _round_trip(self) -> bool:
        """One query on the listening connection; PostgreSQL sends pending notifications first."""
        connection = self._connection
        if connection is None or connection.is_closed():
            return False
        try:
            async with asyncio.timeout(5):
                await connection.fetchval("SELECT 1")
        except Exception as exc:  # whatever it was, the cache cannot vouch for its entries
            log.warning("principal cache: the listener did not answer (%r)", exc)
            return False
        return True

    def get(self, session_id: str) -> Principal | None:
        """The cached principal; None when off, unknown, or older than the TTL."""
        if not self.enabled:
            return None
        entry = self._entries.get(session_id)
        if entry is None:
            return None
        stored_at, principal = entry
        if self._clock() - stored_at >= self.ttl_seconds:
            del self._entries[session_id]
            return None
        return principal

    def put(self, principal: Principal, generation: int) -> None:
        """Keep ``principal`` if the cache is on and nothing was invalidated since ``generation``
        was read (a request that read the database before a change must not store what it read)."""
        if not self.enabled or generation != self.generation:
            return
        self._entries.pop(principal.session_id, None)
        self._entries[principal.session_id] = (self._clock(), principal)
        # Insertion order is age order: the first entry is the oldest and the first to expire.
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def forget_session(self, session_id: str) -> None:
        self.generation += 1
        self._entries.pop(session_id, None)

    def forget_user(self, user_id: int) -> None:
        """Every session of the user (a scan: invalidations are rare, lookups are not)."""
        self.generation += 1
        for session_id in [k for k, (_, p) in self._entries.items() if p.user_id == user_id]:
            del self._entries[session_id]

    def clear(self) -> None:
        self.generation += 1
        self._entries.clear()

    def apply(self, payload: str) -> None:
        """Act on one notification: ``session:<id>``, ``user:<id>``, anything else forgets all."""
        kind, _, value = payload.partition(":")
        if kind == "session" and value:
            self.forget_session(value)
        elif kind == "user" and value.isdigit():
            self.forget_user(int(value))
        else:
            self.clear()

    # --- the listener ------------------------------------------------------------------------
    async def start(self) -> None:
        """Listen (unless the cache is turned off); the first attempt is made before returning, so a
        process serves from the cache from its first request. Failures retry in the background."""
        if self.ttl_seconds <= 0 or self._task is not None:
            return
        try:
            await self._listen()
        except _CONNECTION_ERRORS as exc:
            log.warning("principal cache off: cannot listen (%s); retrying", exc)
        self._task = asyncio.create_task(self._supervise(), name="principal-cache-listener")

    async def stop(self) -> None:
        """Stop listening and turn the cache off; closes the connection and ends the task."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._turn_off()
        await self._close()

    async def _listen(self) -> None:
        dsn = asyncpg_dsn(self._database_url)
        connection = await asyncpg.connect(
            dsn, timeout=10, server_settings={"application_name": APPLICATION_NAME}
        )
        try:
            connection.add_termination_listener(self._on_terminated)
            await connection.add_listener(CHANNEL, self._on_notification)
        except BaseException:
            await connection.close()
            raise
        self._connection = connection
        self._lost.clear()
        # Whatever was cached before now may have missed a notification: start from empty.
        self.clear()
        self.enabled = True
        log.info("principal cache on: listening on %s", CHANNEL)

    async def _supervise(self) -> None:
        """Keep a listener: wait for loss (or ping on a heartbeat), then reconnect with backoff."""
        backoff = 0.5
        while True:
            if self._connection is None:
                try:
                    await self._listen()
                    backoff = 0.5
                except Exception as exc:  # a supervisor: whatever failed, try again later
                    log.warning("principal cache off: cannot listen (%s); retry in %.1f s", exc, backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, self._max_backoff)
                    continue
            try:
                async with asyncio.timeout(self._heartbeat):
                    await self._lost.wait()
            except TimeoutError:
                if await self._alive():
                    continue
            log.warning("principal cache off: the listener's connection was lost; reconnecting")
            self._turn_off()
            await self._close()

    async def _alive(self) -> bool:
        """A connection that silently died (no FIN) answers no ping: the heartbeat finds it (through
        ``caught_up``, so that the ping and the requests' round trips never overlap on it)."""
        return await self.caught_up()

    async def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None or connection.is_closed():
            return
        connection.remove_termination_listener(self._on_terminated)
        try:
            async with asyncio.timeout(5):
                await connection.close()
        except _CONNECTION_ERRORS:
            connection.terminate()

    def _turn_off(self) -> None:
        self.enabled = False
        self.clear()

    def _on_terminated(self, _connection: Any) -> None:
        self._turn_off()
        self._lost.set()

    def _on_notification(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self.apply(payload)


def forget_after_commit(
    session: AsyncSession, *, user_id: int | None = None, session_id: str | None = None
) -> None:
    """Record, in the database session, principals to forget in this process once it commits.

    Other processes hear of the change from the database's notification; this one forgets at once
    (``after_commit``, run by ``app.db.session_scope`` as an ``AFTER_COMMIT`` hook), before its next
    request can read it.
    """
    pending: set[tuple[str, str]] = session.info.setdefault(_PENDING_KEY, set())
    hooks = session.info.setdefault(AFTER_COMMIT, [])
    if _apply_after_commit not in hooks:
        hooks.append(_apply_after_commit)
    if user_id is not None:
        pending.add(("user", str(user_id)))
    if session_id is not None:
        pending.add(("session", session_id))


def _apply_after_commit(session: AsyncSession, request: Any) -> None:
    after_commit(session, getattr(request.app.state, "principal_cache", None))


def after_commit(session: AsyncSession, cache: PrincipalCache | None) -> None:
    """Apply what ``forget_after_commit`` recorded in ``session`` (once; a no-op without a cache)."""
    pending: set[tuple[str, str]] = session.info.pop(_PENDING_KEY, set())
    if cache is None:
        return
    for kind, value in pending:
        cache.apply(f"{kind}:{value}")
