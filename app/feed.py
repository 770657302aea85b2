"""The change feed: ``updated_since`` on the lists a district system mirrors, never skipping a row.

A row's ``updated_at`` is set when its transaction writes it, but the row becomes visible only when
that transaction commits, maybe after rows with later times. A feed that simply walked
``(updated_at, id)`` could pass a time before a slow transaction commits and never see its rows. So
the feed only hands out rows older than a *stable horizon*: the start of the oldest transaction
still running against the database (every later write carries a later time), or the current time
when none runs, less ``feed_settle_seconds`` for clock skew between the application and the
database. Rows newer than the horizon come on the next call.

Pages are ordered by ``(updated_at, id)``; the cursor carries the last pair. A client keeps the
``updated_at`` of the last row it applied and asks again with ``updated_since`` set to it (rows at
exactly that time come again; apply them idempotently by id).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, SQLColumnExpression, and_, or_, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.db import utcnow
from app.errors import Unprocessable
from app.pagination import DATETIME, ID, decode_cursor, encode_cursor, fetch_page

_OLDEST_TRANSACTION = text(
    "SELECT min(xact_start) FROM pg_stat_activity "
    "WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
)


async def stable_horizon(session: AsyncSession, settings: Settings) -> datetime:
    """Every row updated before this instant has been committed (see the module docstring)."""
    horizon = utcnow()
    oldest = (await session.execute(_OLDEST_TRANSACTION)).scalar_one_or_none()
    if oldest is not None:
        horizon = min(horizon, oldest)
    return horizon - timedelta(seconds=settings.feed_settle_seconds)


async def feed_page(
    session: AsyncSession,
    settings: Settings,
    stmt: Select[Any],
    *,
    updated_column: SQLColumnExpression[datetime],
    id_column: SQLColumnExpression[int],
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> tuple[list[Any], str | None]:
    """One page of rows updated at or after ``updated_since`` and before the stable horizon."""
    if updated_since.tzinfo is None:
        raise Unprocessable("updated_since needs a UTC offset", loc=["query", "updated_since"])
    stmt = stmt.where(
        updated_column >= updated_since, updated_column < await stable_horizon(session, settings)
    )
    if cursor is not None:
        last, last_id = decode_cursor(cursor, DATETIME, ID)
        if last.tzinfo is None:
            raise Unprocessable("The cursor is not valid", loc=["query", "cursor"])
        stmt = stmt.where(or_(updated_column > last, and_(updated_column == last, id_column > last_id)))
    rows = (await session.execute(stmt.order_by(updated_column, id_column).limit(limit + 1))).scalars().all()
    items = list(rows[:limit])
    if len(rows) > limit and items:
        tail = items[-1]
        return items, encode_cursor([getattr(tail, updated_column.key).isoformat(), tail.id])  # type: ignore[attr-defined]
    return items, None


async def page_or_feed(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    id_column: SQLColumnExpression[int],
    updated_column: SQLColumnExpression[datetime],
    limit: int,
    cursor: str | None,
    settings: Settings | None,
    updated_since: datetime | None,
    descending: bool = False,
) -> tuple[list[Any], str | None]:
    """A list's usual keyset page, or its change feed when ``updated_since`` is given."""
    if updated_since is None or settings is None:
        return await fetch_page(
            session, stmt, id_column=id_column, limit=limit, cursor=cursor, descending=descending
        )
    return await feed_page(
        session,
        settings,
        stmt,
        updated_column=updated_column,
        id_column=id_column,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
    )
