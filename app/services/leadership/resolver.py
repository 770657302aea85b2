"""Resolving an indicator's figure code to a value, and scoring a value against a target.

Figure codes are ``"<area>.<figure>"``; the figure is looked up in ``app.services.<area>.figures``
by name at run time, so an area that does not exist yet (migrants, grassroots) makes its indicators
"not yet computable" (value None, with the reason) instead of failing or being faked.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery
from app.models.leadership.indicator import IndicatorDirection


@dataclass(frozen=True)
class Resolved:
    figure: Figure
    reason: str | None = None  # why the value is None, when it is


def find_figure(figure_code: str) -> tuple[FigureQuery | None, str | None]:
    """The figure query for ``figure_code``, or None with the reason it cannot be computed yet."""
    area, _, name = figure_code.partition(".")
    if not area.isidentifier() or not name:
        return None, f"'{figure_code}' is not an area.figure code"
    module_name = f"app.services.{area}.figures"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module_name.startswith(exc.name):
            return None, f"the {area} area does not export figures yet"
        raise
    figures: dict[str, FigureQuery] = getattr(module, "FIGURES", {})
    query = figures.get(name)
    if query is None:
        return None, f"the {area} area has no figure '{name}' yet"
    return query, None


async def resolve(session: AsyncSession, figure_code: str, org_path: str, start: date, end: date) -> Resolved:
    query, reason = find_figure(figure_code)
    if query is None:
        return Resolved(Figure.not_computable(), reason)
    figure = await query(session, org_path, start, end)
    if figure.value is None:
        return Resolved(figure, "no cases in the period to compute it from")
    return Resolved(figure)


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
