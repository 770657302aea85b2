"""Opaque keyset cursors and the ``{"items": [...], "next_cursor": ...}`` page shape.

A cursor is client input like any other: :func:`decode_cursor` is the one codec, and it checks the
decoded values against the fields the list expects (ids that are positive 64-bit integers and not
booleans, dates and instants that parse and lie within the API's range (app/schemas/common.py:
an instant far outside it would overflow on its way to UTC), strings of bounded length). Anything
else is 422, never a database error.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import Select, SQLColumnExpression, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable
from app.schemas.common import date_in_range, instant_in_range

T = TypeVar("T")
MAX_LIMIT = 100
DEFAULT_LIMIT = 20
MAX_CURSOR_CHARS = 512
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


@dataclass(frozen=True)
class CursorField:
    """What one position of a cursor must hold, and how to turn the JSON value into it."""

    name: str
    parse: Callable[[Any], Any]


def _id(value: Any) -> int:
    if type(value) is not int or not 1 <= value <= _INT_MAX:
        raise ValueError("not an id")
    return value


def _int(value: Any) -> int:
    if type(value) is not int or not _INT_MIN <= value <= _INT_MAX:
        raise ValueError("not a 64-bit integer")
    return value


def _date(value: Any) -> date:
    if type(value) is not str or len(value) != 10:
        raise ValueError("not a date")
    parsed = date.fromisoformat(value)
    if not date_in_range(parsed):
        raise ValueError("a date outside the range")
    return parsed


def _datetime(value: Any) -> datetime:
    if type(value) is not str or len(value) > 40:
        raise ValueError("not an instant")
    parsed = datetime.fromisoformat(value)
    if not instant_in_range(parsed):  # naive, or outside the range
        raise ValueError("not an instant with an offset within the range")
    return parsed


def _text(value: Any) -> str:
    if type(value) is not str or len(value) > 200:
        raise ValueError("not a short string")
    return value


ID = CursorField("id", _id)
INT = CursorField("int", _int)
DATE = CursorField("date", _date)
DATETIME = CursorField("datetime", _datetime)
TEXT = CursorField("text", _text)


def encode_cursor(values: Sequence[Any]) -> str:
    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, date | datetime) else value

    raw = json.dumps([plain(v) for v in values], separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _invalid() -> Unprocessable:
    return Unprocessable("The cursor is not valid", loc=["query", "cursor"])


def decode_cursor(cursor: str, *fields: CursorField) -> list[Any]:
    """The values of a cursor this API issued for a list keyed by ``fields``; 422 for anything else."""
    if len(cursor) > MAX_CURSOR_CHARS:
        raise _invalid()
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError, binascii.Error, RecursionError) as exc:
        raise _invalid() from exc
    if not isinstance(values, list) or len(values) != len(fields):
        raise _invalid()
    try:
        return [field.parse(value) for field, value in zip(fields, values, strict=True)]
    except (ValueError, TypeError, OverflowError) as exc:
        raise _invalid() from exc


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
        (last_id,) = decode_cursor(cursor, ID)
        stmt = stmt.where(id_column < last_id if descending else id_column > last_id)
    order = id_column.desc() if descending else id_column.asc()
    return stmt.order_by(order).limit(limit + 1)


def sorted_keyset_page(
    stmt: Select[Any],
    *,
    sort_column: SQLColumnExpression[Any],
    sort_field: CursorField,
    id_column: SQLColumnExpression[Any],
    limit: int,
    cursor: str | None,
    descending: bool = False,
) -> Select[Any]:
    """Keyset over (sort value, id) for a whitelisted, non-null sort field of kind ``sort_field``."""
    if cursor is not None:
        last_value, last_id = decode_cursor(cursor, sort_field, ID)
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
