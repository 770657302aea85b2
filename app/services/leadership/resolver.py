"""Resolving an indicator's figure code to a value, and scoring a value against a target.

Figure codes are ``"<area>.<figure>"`` or ``"<area>.<family>.<argument>"``; the figure is looked up
in ``app.services.<area>.figures`` (``FIGURES``, or ``FAMILIES`` given the argument) by name at run
time, so an area that does not exist yet (migrants, grassroots) makes its indicators
"not yet computable" (value None, with the reason) instead of failing or being faked.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from types import ModuleType
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureFamily, FigureQuery, MonthlyQuery, once, share_memo
from app.models.leadership.indicator import IndicatorDirection
from app.reasons import Reason


@dataclass(frozen=True)
class Resolved:
    figure: Figure
    reason: Reason | None = None  # why the value is None, when it is


def reason_fields(reason: Reason | None) -> dict[str, Any]:
    """``not_computable_reason`` (in the request's language) with its code and parameters."""
    return {
        "not_computable_reason": reason.text() if reason else None,
        "not_computable_reason_code": reason.code if reason else None,
        "not_computable_reason_params": dict(reason.params) if reason else None,
    }


def _module(figure_code: str) -> tuple[ModuleType | None, str, Reason | None]:
    area, _, name = figure_code.partition(".")
    if not area.isidentifier() or not name:
        return None, name, Reason("figure_code_invalid", {"figure_code": figure_code})
    module_name = f"app.services.{area}.figures"
    try:
        return importlib.import_module(module_name), name, None
    except ModuleNotFoundError as exc:
        if exc.name is not None and module_name.startswith(exc.name):
            return None, name, Reason("area_has_no_figures", {"area": area})
        raise


def find_figure(figure_code: str) -> tuple[FigureQuery | None, Reason | None]:
    """The figure query for ``figure_code``, or None with the reason it cannot be computed yet."""
    module, name, reason = _module(figure_code)
    if module is None:
        return None, reason
    area = figure_code.partition(".")[0]
    figures: dict[str, FigureQuery] = getattr(module, "FIGURES", {})
    query = figures.get(name)
    family_name, _, argument = name.partition(".")
    families: dict[str, FigureFamily] = getattr(module, "FAMILIES", {})
    if query is None and argument and family_name in families:
        query = families[family_name](argument)
    if query is None:
        return None, Reason("figure_unknown", {"area": area, "figure": name})
    return query, None


async def resolve(session: AsyncSession, figure_code: str, org_path: str, start: date, end: date) -> Resolved:
    """The figure's value; asked once per request (the dashboard shows some figures twice)."""
    return await once(
        session,
        ("figure", figure_code, org_path, start, end),
        partial(_compute, session, figure_code, org_path, start, end),
    )


async def _compute(
    session: AsyncSession, figure_code: str, org_path: str, start: date, end: date
) -> Resolved:
    query, reason = find_figure(figure_code)
    if query is None:
        return Resolved(Figure.not_computable(), reason)
    figure = await query(session, org_path, start, end)
    return Resolved(figure, Reason("no_cases") if figure.value is None else None)


async def resolve_monthly(
    session: AsyncSession, figure_code: str, org_path: str, start: date, end: date
) -> dict[str, int] | None:
    """Counts per month ("YYYY-MM"): the area's grouped query, else the figure asked month by month.

    None when the figure cannot be computed. A rate contributes its numerator (the cases that met it).
    """
    module, name, _ = _module(figure_code)
    monthly: dict[str, MonthlyQuery] = getattr(module, "MONTHLY", {}) if module else {}
    if name in monthly:
        return await monthly[name](session, org_path, start, end)
    query, _ = find_figure(figure_code)
    if query is None:
        return None
    out = {}
    first = date(start.year, start.month, 1)
    while first <= end:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        figure = await query(session, org_path, max(first, start), min(following - timedelta(days=1), end))
        out[f"{first:%Y-%m}"] = int(figure.numerator or 0)
        first = following
    return out


def is_met(direction: IndicatorDirection, actual: float | None, target: float) -> bool | None:
    if actual is None:
        return None
    return actual >= target if direction is IndicatorDirection.at_least else actual <= target


def score(
    *,
    direction: IndicatorDirection,
    weight: float,
    target: float,
    actual: float | None,
    deduction_per_unit: float | None,
) -> float:
    """Points earned out of ``weight``.

    Met: the full weight. Missed with a deduction rule (e.g. −3 per wrong case): the weight less the
    deduction per unit of shortfall, not below zero. Otherwise in proportion: actual/target for an
    "at least" indicator, target/actual for an "at most" one. No value: no points.
    """
    met = is_met(direction, actual, target)
    if met is None or actual is None:
        return 0.0
    if met:
        return round(weight, 2)
    if deduction_per_unit is not None:
        return round(max(0.0, weight - deduction_per_unit * abs(actual - target)), 2)
    if direction is IndicatorDirection.at_least:
        share = actual / target if target else 0.0
    else:
        share = target / actual if actual else 0.0
    return round(weight * max(0.0, min(1.0, share)), 2)


# The report's figures are independent aggregates of a few to tens of milliseconds each; one after
# another, some sixty of them add up to most of a second at a million residents. Side by side (each on
# a connection of its own, at most this many at once) they take what the database's cores allow.
SIDE_BY_SIDE = 4


T = TypeVar("T")


async def side_by_side(
    session: AsyncSession, calls: Sequence[Callable[[AsyncSession], Awaitable[T]]]
) -> list[T]:
    """Run read-only ``calls`` concurrently, each with a session of its own on ``session``'s engine.

    Results come in the order of ``calls``. Each call sees the database as it is when its statements
    run (read committed), as one after another on one connection would; a failure cancels the rest.
    """
    gate = asyncio.Semaphore(SIDE_BY_SIDE)

    async def run(call: Callable[[AsyncSession], Awaitable[T]]) -> T:
        async with gate, AsyncSession(session.bind, expire_on_commit=False, autoflush=False) as own:
            share_memo(session, own)
            return await call(own)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(run(call)) for call in calls]
    return [task.result() for task in tasks]
