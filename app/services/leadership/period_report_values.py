"""A report's figures: read from the records for a street and period, corrected, and summed.

Each value is stored with its numerator and denominator where the figure has them, and for a rate
the multiplier ``per`` (value = numerator × per / denominator: 100 for a percentage or the sex ratio
at birth, 1 for days per point), so that a roll-up of rates is computed from the summed numerators
and denominators, never by adding or averaging rates.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable
from app.figures import Figure
from app.models.leadership.period_report import ReportForm
from app.schemas.leadership.period_report import ItemCorrection, RollupCell, RollupItem
from app.services.leadership.resolver import resolve

RATES = ("percent", "ratio")


def _per(figure: Figure) -> int | None:
    """A rate's multiplier, read back from its value (the areas' figures use 100 or 1); with nothing
    to divide by yet, 100 for a percentage or ratio, else 1."""
    if figure.denominator is None or figure.numerator is None:
        return None
    if figure.value is None:
        return 100 if figure.unit in RATES else 1
    for per in (100, 1):
        if round(figure.numerator * per / figure.denominator, 2) == figure.value:
            return per
    return None


def rate(numerator: int, denominator: int, per: int) -> float | None:
    return None if denominator == 0 else round(numerator * per / denominator, 2)


async def read_values(
    session: AsyncSession, form: ReportForm, org_path: str, start: date, end: date
) -> list[dict[str, Any]]:
    """Every figure of ``form`` for the org at ``org_path`` over ``start``..``end``, from the records."""
    values = []
    for item in form.items:
        if item["figure_code"] is None:
            unit = item.get("unit") or "count"
            values.append(_value(item, Figure.not_computable(unit=unit), "reported: the street enters it"))
            continue
        resolved = await resolve(session, item["figure_code"], org_path, start, end)
        reason = resolved.reason.en if resolved.reason is not None else None
        values.append(_value(item, resolved.figure, reason))
    return values


def _value(item: dict[str, Any], figure: Figure, reason: str | None) -> dict[str, Any]:
    return {
        "code": item["code"],
        "name_zh": item["name_zh"],
        "value": figure.value,
        "numerator": figure.numerator,
        "denominator": figure.denominator,
        "unit": figure.unit,
        "per": _per(figure),
        "corrected": False,
        "not_computable_reason": reason,
    }


def corrected(values: list[dict[str, Any]], corrections: list[ItemCorrection]) -> list[dict[str, Any]]:
    """``values`` with ``corrections`` applied (a new list; the old version stays as it was)."""
    out = [dict(v) for v in values]
    by_code = {v["code"]: v for v in out}
    seen: set[str] = set()
    for n, c in enumerate(corrections):
        loc: list[str | int] = ["body", "corrections", n]
        item = by_code.get(c.code)
        if item is None:
            raise Unprocessable(f"The form has no figure '{c.code}'", loc=[*loc, "code"])
        if c.code in seen:
            raise Unprocessable(f"'{c.code}' is corrected twice", loc=[*loc, "code"])
        seen.add(c.code)
        if c.numerator is not None and c.denominator is not None:
            per = item["per"] or (100 if item["unit"] in RATES else 1)
            item.update(numerator=c.numerator, denominator=c.denominator, per=per)
            item["value"] = rate(c.numerator, c.denominator, per)
        elif c.numerator is not None:
            if item["denominator"] is not None:
                raise Unprocessable(f"'{c.code}' is a rate: give its denominator too", loc=loc)
            item.update(value=float(c.numerator), numerator=c.numerator, denominator=None, per=None)
        elif item["unit"] in RATES:
            raise Unprocessable(f"'{c.code}' is a rate: give its numerator and denominator", loc=loc)
        else:
            item.update(value=c.value, numerator=None, denominator=None, per=None)
        item["corrected"], item["not_computable_reason"] = True, None
    return out


def roll_up(form: ReportForm, accepted: list[tuple[int, list[dict[str, Any]]]]) -> list[RollupItem]:
    """Per figure of the form: each street's accepted value and their sum (a rate from the summed
    numerators and denominators when every street's value has them)."""
    items = []
    for item in form.items:
        cells = []
        for org_id, values in accepted:
            v = next((x for x in values if x["code"] == item["code"]), None) or {}
            cells.append(
                RollupCell(
                    org_id=org_id,
                    value=v.get("value"),
                    numerator=v.get("numerator"),
                    denominator=v.get("denominator"),
                )
            )
        units = [v["unit"] for _, values in accepted for v in values if v["code"] == item["code"]]
        pers = {v.get("per") for _, values in accepted for v in values if v["code"] == item["code"]}
        value: float | None
        numerator: int | None = None
        denominator: int | None = None
        if (
            cells
            and all(c.numerator is not None and c.denominator is not None for c in cells)
            and len(pers) == 1
        ):
            numerator = sum(c.numerator or 0 for c in cells)
            denominator = sum(c.denominator or 0 for c in cells)
            per = pers.pop()
            value = rate(numerator, denominator, per) if per else None
        elif cells and all(c.numerator is not None and c.denominator is None for c in cells):
            numerator = sum(c.numerator or 0 for c in cells)
            value = float(numerator)
        elif units and units[0] in RATES:
            value = None  # a rate without its counts is not summed, nor averaged
        else:
            present = [c.value for c in cells if c.value is not None]
            value = round(sum(present), 2) if present else None
        items.append(
            RollupItem(
                code=item["code"],
                name_zh=item["name_zh"],
                name_en=item["name_en"],
                unit=units[0] if units else "count",
                value=value,
                numerator=numerator,
                denominator=denominator,
                streets=cells,
            )
        )
    return items
