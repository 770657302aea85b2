"""Figures: the named queries each work-plan area exports for indicators and reports.

Every area that has figures keeps them in ``app/services/<area>/figures.py`` as async functions with
one signature, ``(session, org_path, start, end) -> Figure``, and lists them in a module-level
``FIGURES: dict[str, FigureQuery]`` keyed by a stable code. Leadership (responsibility books,
dashboard, annual report) reads other areas only through these, never through their internals
(``tests/test_layout.py`` checks the imports). ``org_path`` is the materialized path of the org whose
subtree is counted; ``start``/``end`` bound the period (inclusive Beijing dates).

A figure with an argument (one per row of a data table, e.g. one coverage per screening kind) is a
*family*: the area lists it in ``FAMILIES: dict[str, FigureFamily]``, and its figure code is
``"<area>.<family>.<argument>"`` (``quality.screening_coverage.pre_pregnancy_check``); the family
turns the argument into a figure query of the usual signature.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import TIMESTAMP, ColumnElement, Select, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import CHINA
from app.models.core.org import Org


@dataclass(frozen=True)
class Figure:
    """A measured value; for a rate, its numerator and denominator too. ``value`` None: not computable."""

    value: float | None
    numerator: int | None = None
    denominator: int | None = None
    unit: str = "count"  # "count", "percent", "ratio", "days", "fen"

    @classmethod
    def count(cls, n: int) -> Figure:
        return cls(value=float(n), numerator=n, unit="count")

    @classmethod
    def rate(cls, numerator: int, denominator: int, *, per: int = 100, unit: str = "percent") -> Figure:
        """numerator/denominator × per; None when there is nothing to divide by."""
        value = None if denominator == 0 else round(numerator * per / denominator, 2)
        return cls(value=value, numerator=numerator, denominator=denominator, unit=unit)

    @classmethod
    def not_computable(cls, unit: str = "percent") -> Figure:
        return cls(value=None, unit=unit)


FigureQuery = Callable[[AsyncSession, str, date, date], Awaitable[Figure]]

FigureFamily = Callable[[str], FigureQuery]
"""A family of figures: its argument (``[a-z0-9_]+``, e.g. a screening kind's code) → the figure."""

MonthlyQuery = Callable[[AsyncSession, str, date, date], Awaitable[dict[str, int]]]
"""Optional companion of a count figure: the same count per Beijing calendar month ("YYYY-MM" → n),
in one grouped query. An area lists these in ``MONTHLY: dict[str, MonthlyQuery]`` under the figure's
code; for a figure without one, the caller asks the figure month by month."""


def subtree_org_ids(org_path: str) -> Select[tuple[int]]:
    """The ids of the org at ``org_path`` and every org beneath it."""
    return select(Org.id).where(Org.path.startswith(org_path, autoescape=True))


def utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The instants bounding Beijing dates ``start``..``end`` (inclusive): [start 00:00, end+1 00:00)."""
    return (
        datetime.combine(start, time.min, tzinfo=CHINA).astimezone(UTC),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=CHINA).astimezone(UTC),
    )


def month_of(column: Any, *, instant: bool = False) -> ColumnElement[Any]:
    """The month of a date column, or of a UTC instant column taken as a Beijing date, as a grouping
    key; ``month_key`` turns a key read back into "YYYY-MM".

    The key is the month's first instant (a timestamp without time zone): grouping and sorting it
    costs a fraction of a formatted text key (no collation, no ``to_char`` per row), which at a
    million residents is the larger part of a monthly series' time.
    """
    local = func.timezone("Asia/Shanghai", column) if instant else cast(column, TIMESTAMP)
    return func.date_trunc("month", local)


def month_key(value: datetime) -> str:
    """'YYYY-MM' of a ``month_of`` key as the database returns it."""
    return f"{value:%Y-%m}"


T = TypeVar("T")
MEMO = "figures.memo"


async def once(session: AsyncSession, key: tuple[Any, ...], compute: Callable[[], Awaitable[T]]) -> T:
    """``compute()`` once per request and ``key``: a figure several others are built from (births,
    screenings) or that a report shows twice. Later and concurrent askers await the same result; the
    sessions a report runs side by side share the parent session's memo (``share_memo``)."""
    memo: dict[tuple[Any, ...], asyncio.Future[Any]] = session.info.setdefault(MEMO, {})
    pending = memo.get(key)
    if pending is None:
        pending = memo[key] = asyncio.ensure_future(compute())
    result: T = await pending
    return result


def share_memo(parent: AsyncSession, child: AsyncSession) -> None:
    """Let ``child`` (a sibling session of the same request) reuse and fill ``parent``'s memo."""
    child.info[MEMO] = parent.info.setdefault(MEMO, {})
