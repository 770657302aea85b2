"""Opaque keyset cursors and the ``{"items": [...], "next_cursor": ...}`` page shape."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import Select, SQLColumnExpression, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable

T = TypeVar("T")
MAX_LIMIT = 100
DEFAULT_LIMIT = 20


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps(list(values), separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError) as exc:
        raise Unprocessable("The cursor is not valid", loc=["query", "cursor"]) from exc
    if not isinstance(values, list) or len(values) != arity:
        raise Unprocessable("The cursor is not valid", loc=["query", "cursor"])
    return values


def keyset_page(
    stmt: Select[Any],
    *,
    id_column: SQLColumnExpression[Any],
    limit: int,
    cursor: str | None,
    descending: bool = False,
) -> Select[Any]:
    """Order by id and continue strictly after the cursor: page 10,000 costs what page 1 does."""
    if cursor is not None:
        (last_id,) = decode_cursor(cursor, 1)
        if not isinstance(last_id, int):
            raise Unprocessable("The cursor is not valid", loc=["query", "cursor"])
        stmt = stmt.where(id_column < last_id if descending else id_column > last_id)
    order = id_column.desc() if descending else id_column.asc()
    return stmt.order_by(order).limit(limit + 1)


def sorted_keyset_page(
    stmt: Select[Any],
    *,
    sort_column: SQLColumnExpression[Any],
    id_column: SQLColumnExpression[Any],
    limit: int,
    cursor: str | None,
    descending: bool = False,
) -> Select[Any]:
    """Keyset over (sort value, id) for a whitelisted sort field."""
    if cursor is not None:
        last_value, last_id = decode_cursor(cursor, 2)
        if descending:
            cond = or_(sort_column < last_value, and_(sort_column == last_value, id_column < last_id))
        else:
            cond = or_(sort_column > last_value, and_(sort_column == last_value, id_column > last_id))
        stmt = stmt.where(cond)
    if descending:
        return stmt.order_by(sort_column.desc(), id_column.desc()).limit(limit + 1)
    return stmt.order_by(sort_column.asc(), id_column.asc()).limit(limit + 1)


def split_page(rows: Sequence[T], limit: int, key: Any) -> tuple[list[T], str | None]:
    """Trim the look-ahead row and build the next cursor from the last row kept."""
    items = list(rows[:limit])
    if len(rows) > limit and items:
        return items, encode_cursor(key(items[-1]))
    return items, None


async def fetch_page(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    id_column: SQLColumnExpression[Any],
    limit: int,
    cursor: str | None,
    descending: bool = False,
) -> tuple[list[Any], str | None]:
    """One keyset page of ORM rows ordered by id, and the cursor for the next one (or None)."""
    page = keyset_page(stmt, id_column=id_column, limit=limit, cursor=cursor, descending=descending)
    rows = (await session.execute(page)).scalars().all()
    return split_page(rows, limit, lambda row: [row.id])
