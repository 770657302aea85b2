"""Loading through the access filter, and optimistic-concurrency checks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import CHINA
from app.errors import NotFound, Unprocessable

T = TypeVar("T")


async def one_or_404(session: AsyncSession, stmt: Select[tuple[T]], what: str) -> T:
    """Run a scope-filtered query; not visible and not existing look the same (404)."""
    obj = (await session.execute(stmt)).scalar_one_or_none()
    if obj is None:
        raise NotFound(f"{what} not found")
    return obj


def apply_changes(obj: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """Set the fields that actually change; return them for the audit record.

    An explicit ``null`` for a field the record cannot be without is 422, never a database error.
    """
    columns = sa_inspect(type(obj)).columns
    for name, value in changes.items():
        if value is None and name in columns and not columns[name].nullable:
            raise Unprocessable(f"{name} cannot be null", loc=["body", name])
    changed = {}
    for name, value in changes.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed[name] = value
    return changed


def date_range(
    column: Any, start: date | None, end: date | None, field: str, *, instant: bool = False
) -> list[ColumnElement[bool]]:
    """Conditions for a list filter ``{field}_from``/``{field}_to`` (inclusive, Beijing dates).

    ``instant`` columns (UTC timestamps) are compared with the local day's bounds. A range that
    ends before it starts is 422.
    """
    if start is not None and end is not None and start > end:
        raise Unprocessable(
            f"{field}_from is after {field}_to",
            zh=f"{field}_from 晚于 {field}_to",
            loc=["query", f"{field}_from"],
        )
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= (_day_start(start) if instant else start))
    if end is not None:
        conditions.append(column < _day_start(end + timedelta(days=1)) if instant else column <= end)
    return conditions


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=CHINA)
