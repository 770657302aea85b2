"""Figures of Task 6 (screening, contraceptives) for indicators and reports.

Screenings count toward the org of their ``counted_org_id`` (the community, or the unit whose target
they serve); targets are the programs' target counts (目标任务数) of the period's year. A point
belongs to the subtree of its ``org_id``. Stock and dispensing are read from ``stock_days`` (the
ledger and the dispensations summed per point, product and day in the same transaction as each
write), so they cost a few rows per day, not a pass over every ledger line.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Date, Select, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import (
    Figure,
    FigureFamily,
    FigureQuery,
    MonthlyQuery,
    month_key,
    month_of,
    once,
    subtree_org_ids,
)
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.screening import Screening, ScreeningProgram, ScreeningTarget
from app.models.quality.stock_days import StockDay
from app.services.quality import five_link_counts


async def screenings(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """People screened in the period: distinct residents per program (a re-check counts once).

    Asked once per request, org and period (coverage asks it too).
    """
    return await once(
        session,
        ("quality.screenings", org_path, start, end),
        partial(_screened, session, org_path, start, end),
    )


async def _screened(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    pairs = (
        select(Screening.program_id, Screening.resident_id)
        .where(
            Screening.counted_org_id.in_(subtree_org_ids(org_path)),
            Screening.screened_on >= start,
            Screening.screened_on <= end,
        )
        .distinct()
        .subquery()
    )
    n = await session.scalar(select(func.count()).select_from(pairs))
    return Figure.count(int(n or 0))


async def screening_coverage(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Screenings in the period against the year's target counts of the subtree (覆盖率), percent."""
    done = await screenings(session, org_path, start, end)
    target = await session.scalar(
        select(func.coalesce(func.sum(ScreeningTarget.target_count), 0))
        .join(ScreeningProgram, ScreeningProgram.id == ScreeningTarget.program_id)
        .where(ScreeningTarget.org_id.in_(subtree_org_ids(org_path)), ScreeningProgram.year == end.year)
    )
    return Figure.rate(int(done.numerator or 0), int(target or 0))


async def coverage_by_org(
    session: AsyncSession, org_ids: list[int], start: date, end: date
) -> dict[int, Figure]:
    """``screening_coverage`` of many orgs with no org below them (communities, units) in two grouped
    queries, the same figures as asking each (a district's hundred communities asked one by one were
    two hundred queries: most of its annual report's time)."""
    pairs = (
        select(Screening.counted_org_id, Screening.program_id, Screening.resident_id)
        .where(
            Screening.counted_org_id.in_(org_ids),
            Screening.screened_on >= start,
            Screening.screened_on <= end,
        )
        .distinct()
        .subquery()
    )
    done = dict(
        (await session.execute(select(pairs.c.counted_org_id, func.count()).group_by(pairs.c.counted_org_id)))
        .tuples()
        .all()
    )
    targets = dict(
        (
            await session.execute(
                select(ScreeningTarget.org_id, func.sum(ScreeningTarget.target_count))
                .join(ScreeningProgram, ScreeningProgram.id == ScreeningTarget.program_id)
                .where(ScreeningTarget.org_id.in_(org_ids), ScreeningProgram.year == end.year)
                .group_by(ScreeningTarget.org_id)
            )
        )
        .tuples()
        .all()
    )
    return {o: Figure.rate(int(done.get(o) or 0), int(targets.get(o) or 0)) for o in org_ids}


def coverage_of_kind(kind: str) -> FigureQuery:
    """``screening_coverage.<kind>``: the coverage of one screening kind's programs (免费孕检, 生殖健康
    普查, 出生缺陷产前筛查, …), percent: distinct residents per program of that kind screened in the
    period against the typed target counts of that kind's programs of the period's year in the
    subtree. A kind with no programs (or a code no kind has) has no target: not computable."""

    async def figure(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
        programs = select(ScreeningProgram.id).where(ScreeningProgram.kind == kind)
        pairs = (
            select(Screening.program_id, Screening.resident_id)
            .where(
                Screening.program_id.in_(programs),
                Screening.counted_org_id.in_(subtree_org_ids(org_path)),
                Screening.screened_on >= start,
                Screening.screened_on <= end,
            )
            .distinct()
            .subquery()
        )
        done = await session.scalar(select(func.count()).select_from(pairs))
        target = await session.scalar(
            select(func.coalesce(func.sum(ScreeningTarget.target_count), 0))
            .join(ScreeningProgram, ScreeningProgram.id == ScreeningTarget.program_id)
            .where(
                ScreeningTarget.org_id.in_(subtree_org_ids(org_path)),
                ScreeningProgram.year == end.year,
                ScreeningProgram.kind == kind,
            )
        )
        return Figure.rate(int(done or 0), int(target or 0))

    figure.__doc__ = f"Coverage of the screening kind {kind} against its programs' targets, percent."
    return figure


def _points(org_path: str) -> Select[tuple[int]]:
    return select(DistributionPoint.id).where(DistributionPoint.org_id.in_(subtree_org_ids(org_path)))


async def dispensed_units(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Units of contraceptives handed out in the period (staff and machines)."""
    n = await session.scalar(
        select(func.coalesce(func.sum(StockDay.dispensed_units), 0)).where(
            StockDay.point_id.in_(_points(org_path)), StockDay.day >= start, StockDay.day <= end
        )
    )
    return Figure.count(int(n or 0))


async def stock_out_days_per_point(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Stock-out days (断货天数) in the period per active distribution point of the subtree.

    A stock-out day is a calendar day whose closing ledger balance of a product at a point was zero
    (counted from the point's first movement of that product); the numerator sums them over points
    and products, the denominator is the number of active points.
    """
    points = select(DistributionPoint.id).where(
        DistributionPoint.org_id.in_(subtree_org_ids(org_path)), DistributionPoint.active.is_(True)
    )
    daily = (
        select(StockDay.point_id, StockDay.product_id, StockDay.day, StockDay.net_quantity.label("delta"))
        .where(StockDay.point_id.in_(points), StockDay.lines > 0, StockDay.day <= end)
        .cte("daily")
    )
    partition = (daily.c.point_id, daily.c.product_id)
    balances = select(
        daily.c.day,
        func.sum(daily.c.delta).over(partition_by=partition, order_by=daily.c.day).label("closing"),
        func.lead(daily.c.day).over(partition_by=partition, order_by=daily.c.day).label("next_day"),
    ).cte("balances")
    end_exclusive = literal(end + timedelta(days=1), Date)
    span_start = func.greatest(balances.c.day, literal(start, Date))
    span_end = func.least(func.coalesce(balances.c.next_day, end_exclusive), end_exclusive)
    span: Any = span_end - span_start  # days, an integer: date - date
    spans = select(span.label("days")).where(balances.c.closing <= 0).subquery()
    days = await session.scalar(select(func.coalesce(func.sum(spans.c.days), 0)).where(spans.c.days > 0))
    n_points = await session.scalar(select(func.count()).select_from(points.subquery()))
    return Figure.rate(int(days or 0), int(n_points or 0), per=1, unit="days")


FIGURES: dict[str, FigureQuery] = {
    "screenings": screenings,
    "screening_coverage": screening_coverage,
    "dispensed_units": dispensed_units,
    "stock_out_days_per_point": stock_out_days_per_point,
    # The five links of the quality service action (优质服务"五联"), as GET /five-links counts them.
    **five_link_counts.FIGURES,
}
# Figures with an argument: "quality.screening_coverage.<kind code>" (kinds are data).
FAMILIES: dict[str, FigureFamily] = {"screening_coverage": coverage_of_kind}


async def screenings_monthly(session: AsyncSession, org_path: str, start: date, end: date) -> dict[str, int]:
    """Distinct residents per program screened in each month (a re-check in the same month counts once)."""
    month = month_of(Screening.screened_on).label("month")
    pairs = (
        select(month, Screening.program_id, Screening.resident_id)
        .where(
            Screening.counted_org_id.in_(subtree_org_ids(org_path)),
            Screening.screened_on >= start,
            Screening.screened_on <= end,
        )
        .distinct()
        .subquery()
    )
    rows = await session.execute(select(pairs.c.month, func.count()).group_by(pairs.c.month))
    return {month_key(m): int(n) for m, n in rows.all()}


async def dispensed_units_monthly(
    session: AsyncSession, org_path: str, start: date, end: date
) -> dict[str, int]:
    month = month_of(StockDay.day)
    rows = await session.execute(
        select(month, func.sum(StockDay.dispensed_units))
        .where(StockDay.point_id.in_(_points(org_path)), StockDay.day >= start, StockDay.day <= end)
        .group_by(month)
    )
    return {month_key(m): int(n) for m, n in rows.all() if n}


MONTHLY: dict[str, MonthlyQuery] = {
    "screenings": screenings_monthly,
    "dispensed_units": dispensed_units_monthly,
}
