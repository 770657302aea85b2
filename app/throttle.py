"""Throttles and rate limits in the database: atomic, so they hold across processes and races.

A counter is one row per (limit, subject); :func:`hit` adds one with a single ``INSERT … ON
CONFLICT DO UPDATE … RETURNING``, so the count is right under concurrency. Subjects
(names, addresses) are stored as SHA-256 digests, never raw.

:func:`claim` is the growing-delay variant (sign-in): a :class:`Delay` admits ``free`` attempts,
then each admitted attempt makes the next one wait, twice as long each time up to a cap
(``blocked_until``); an attempt that comes too early is refused without changing the counter.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, delete, func, null, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.models.core.throttle import Throttle


@dataclass(frozen=True)
class Limit:
    name: str
    max_hits: int
    window_seconds: int


@dataclass(frozen=True)
class Count:
    hits: int
    retry_after: int  # seconds until the window closes

    def exceeds(self, limit: Limit) -> bool:
        return self.hits > limit.max_hits

    def reached(self, limit: Limit) -> bool:
        return self.hits >= limit.max_hits


@dataclass(frozen=True)
class Delay:
    """``free`` attempts within ``memory_seconds``, then waits of ``first_seconds`` doubling up to
    ``cap_seconds`` between admitted attempts."""

    name: str
    free: int
    first_seconds: int
    cap_seconds: int
    memory_seconds: int

    def wait_after(self, hits: int) -> int:
        """Seconds the next attempt waits once ``hits`` attempts were admitted in the window."""
        if hits < self.free:
            return 0
        return min(self.cap_seconds, self.first_seconds * 2 ** min(hits - self.free, 30))


@dataclass(frozen=True)
class Turn:
    admitted: bool
    hits: int  # attempts admitted in the window, this one included when admitted
    window_start: int  # Unix second the window opened
    retry_after: int  # refused: seconds until the next attempt is admitted


def digest(subject: str) -> str:
    return hashlib.sha256(subject.encode()).hexdigest()[:40]


def key_for(limit: Limit | Delay, *subjects: str) -> str:
    return ":".join([limit.name, *(digest(s) for s in subjects)])


def _now(now: datetime | None) -> int:
    return int((now or utcnow()).timestamp())


async def hit(session: AsyncSession, limit: Limit, *subjects: str, now: datetime | None = None) -> Count:
    """Count one more event for the subject, atomically, as part of the request's work.

    The row stays locked until the request commits, so concurrent requests count one after
    another; a request that is rolled back takes its count back (a refusal that must count says
    so with ``keep_changes``). It runs on the request's own connection: a second connection per
    request could exhaust the pool under load and deadlock.
    """
    second = _now(now)
    fresh_since = second - limit.window_seconds
    inserting = insert(Throttle).values(key=key_for(limit, *subjects), window_start=second, hits=1)
    in_window = Throttle.window_start > fresh_since
    stmt = inserting.on_conflict_do_update(
        index_elements=[Throttle.key],
        set_={
            "hits": case((in_window, Throttle.hits + 1), else_=1),
            "window_start": case((in_window, Throttle.window_start), else_=second),
        },
    ).returning(Throttle.hits, Throttle.window_start)
    hits, started = (await session.execute(stmt)).one()
    return Count(hits=hits, retry_after=max(1, started + limit.window_seconds - second))


async def claim(session: AsyncSession, delay: Delay, *subjects: str, now: datetime | None = None) -> Turn:
    """Take this attempt's turn: refused (nothing changes) while the counter waits, else counted,
    and the next attempt made to wait ``delay.wait_after(hits)``.

    The upsert locks the row until the request ends (as :func:`hit`), so concurrent attempts take
    turns one after another; a refused request is rolled back, an admitted one that fails keeps its
    count (``keep_changes``), one that succeeds gives it back (:func:`release`) or clears it.
    """
    second = _now(now)
    key = key_for(delay, *subjects)
    in_window = Throttle.window_start > second - max(delay.memory_seconds, delay.cap_seconds)
    waiting = and_(in_window, func.coalesce(Throttle.blocked_until, 0) > second)
    stmt = (
        insert(Throttle)
        .values(key=key, window_start=second, hits=1, blocked_until=None)
        .on_conflict_do_update(
            index_elements=[Throttle.key],
            set_={
                "hits": case((waiting, Throttle.hits), (in_window, Throttle.hits + 1), else_=1),
                "window_start": case((in_window, Throttle.window_start), else_=second),
                "blocked_until": case((waiting, Throttle.blocked_until), else_=null()),
            },
        )
        .returning(Throttle.hits, Throttle.window_start, Throttle.blocked_until)
    )
    hits, started, blocked = (await session.execute(stmt)).one()
    if blocked is not None:
        return Turn(admitted=False, hits=hits, window_start=started, retry_after=max(1, blocked - second))
    if wait := delay.wait_after(hits):
        await session.execute(update(Throttle).where(Throttle.key == key).values(blocked_until=second + wait))
    return Turn(admitted=True, hits=hits, window_start=started, retry_after=0)


async def release(session: AsyncSession, delay: Delay, *subjects: str) -> None:
    """Give back an admitted attempt that succeeded: one fewer, and no wait once below ``free``."""
    await session.execute(
        update(Throttle)
        .where(Throttle.key == key_for(delay, *subjects), Throttle.hits > 0)
        .values(
            hits=Throttle.hits - 1,
            blocked_until=case((Throttle.hits - 1 < delay.free, null()), else_=Throttle.blocked_until),
        )
    )


async def peek(session: AsyncSession, limit: Limit, *subjects: str, now: datetime | None = None) -> Count:
    """The current count without adding to it (0 once the window has passed)."""
    second = _now(now)
    row = (
        await session.execute(
            select(Throttle.hits, Throttle.window_start).where(Throttle.key == key_for(limit, *subjects))
        )
    ).one_or_none()
    if row is None or row.window_start <= second - limit.window_seconds:
        return Count(hits=0, retry_after=0)
    return Count(hits=row.hits, retry_after=max(1, row.window_start + limit.window_seconds - second))


async def clear(session: AsyncSession, limit: Limit | Delay, *subjects: str) -> None:
    """Forget a counter (within the caller's transaction)."""
    await session.execute(delete(Throttle).where(Throttle.key == key_for(limit, *subjects)))


async def clear_prefix(session: AsyncSession, limit: Limit | Delay, *subjects: str) -> None:
    """Forget every counter of ``limit`` whose key starts with these subjects."""
    prefix = key_for(limit, *subjects) + ":"
    await session.execute(delete(Throttle).where(Throttle.key.startswith(prefix, autoescape=True)))
