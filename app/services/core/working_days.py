"""The working-day clock (工作日): Monday to Friday, minus public holidays, plus make-up days.

Holidays (法定节假日) and make-up working days (调休上班) are rows of ``calendar_days``; a year is
*known* when it has a row in ``calendar_years``. The source of each year is the State Council's
annual notice as carried by the maintained ``chinesecalendar`` package (import ``chinese_calendar``):
a year the package knows is loaded from it the first time the clock needs it (and by the worker's
daily job as soon as an upgraded package knows it). The district can add a year the package does not
know yet, or correct one, with ``PUT /working-calendar/{year}`` (audited); its arrangement then wins.

Work is never refused because a year is unknown: the State Council publishes a year's arrangement
late in the year before, sometimes in December. A deadline counted into an unknown year follows the
weekday rule and is *provisional* (``Deadline.provisional``): its record shows the flag and a note,
and ``deadlines.py`` counts it again when the year arrives.

Legal time limits count whole working days after the day the clock starts: a request submitted on a
Friday with a 1-day limit is due the next working day.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import CHINA, local_date, local_today, utcnow
from app.errors import Unprocessable
from app.models.core.calendar import CalendarDay, CalendarDayKind, CalendarSource, CalendarYear

__all__ = ["CHINA", "local_date", "local_today"]

# The package's English holiday names, as the State Council's notices name them.
_HOLIDAY_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


class CalendarYearUnknown(Unprocessable):
    """A date falls in a year whose holiday arrangement is not known."""

    code = "calendar-year-unknown"
    title = "Working-day calendar unknown for that year"
    title_zh = "该年度工作日历未知"

    def __init__(self, year: int) -> None:
        super().__init__(
            f"The working-day calendar of {year} is not known yet: until the district enters it "
            f"(PUT /api/v1/working-calendar/{year}) or the package carries it, deadlines in {year} "
            "are counted Monday to Friday and marked provisional",
            zh=f"{year}年的工作日历尚未公布：区级录入或软件包收录前，该年内的期限暂按周一至周五计算并标注为暂定",
            loc=["working_calendar", year],
            extra={"year": year},
        )


# What runs when a year becomes known (entered by the district or loaded from the package), in the
# same transaction: (session, year, actor or None for the system) -> records changed. The provisional
# deadlines (app/services/core/deadlines.py) subscribe.
YearKnownHook = Callable[[AsyncSession, int, Principal | None], Awaitable[int]]
year_known_hooks: list[YearKnownHook] = []


async def year_known(session: AsyncSession, year: int, actor: Principal | None) -> int:
    return sum([await hook(session, year, actor) for hook in year_known_hooks])


@dataclass(frozen=True)
class Deadline:
    """A due date, and the unknown years it was counted through by the weekday rule (provisional)."""

    on: date
    unknown_years: tuple[int, ...] = ()

    @property
    def provisional(self) -> bool:
        return bool(self.unknown_years)


class WorkingCalendar:
    """The calendar exceptions of some known years, answering "is this a working day?".

    A day in a year outside ``known_years`` follows the weekday rule and is remembered in
    ``guessed_years``, so a count through it is marked provisional.
    """

    def __init__(
        self, exceptions: dict[date, CalendarDayKind], known_years: Iterable[int] | None = None
    ) -> None:
        self.exceptions = exceptions
        self.known_years = set(known_years) if known_years is not None else None  # None: pure rules
        self.guessed_years: set[int] = set()

    def is_working_day(self, day: date) -> bool:
        if self.known_years is not None and day.year not in self.known_years:
            self.guessed_years.add(day.year)
        kind = self.exceptions.get(day)
        if kind is CalendarDayKind.holiday:
            return False
        if kind is CalendarDayKind.workday:
            return True
        return day.weekday() < 5

    def add_working_days(self, start: date, days: int) -> date:
        """The date on which the ``days``-th working day after ``start`` falls (``start`` itself
        does not count); 0 days means the same day."""
        current, counted = start, 0
        while counted < days:
            current += timedelta(days=1)
            if self.is_working_day(current):
                counted += 1
        return current

    def deadline(self, start: date, days: int) -> Deadline:
        self.guessed_years = set()
        on = self.add_working_days(start, days)
        return Deadline(on, tuple(sorted(self.guessed_years)))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when finished the same day)."""
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count


def package_arrangement(year: int) -> list[tuple[date, CalendarDayKind, str]] | None:
    """The year's holidays and make-up days from the chinese-calendar package, or None if it lacks them."""
    from chinese_calendar import constants

    holidays = [(d, n) for d, n in constants.holidays.items() if d.year == year]
    if not holidays:
        return None
    rows = [(d, CalendarDayKind.holiday, _HOLIDAY_NAMES_ZH.get(n, n)) for d, n in holidays]
    rows += [
        (d, CalendarDayKind.workday, f"{_HOLIDAY_NAMES_ZH.get(n, n)}调休上班")
        for d, n in constants.workdays.items()
        if d.year == year
    ]
    return sorted(rows)


def _package_version() -> str:
    try:
        return f"chinesecalendar {importlib.metadata.version('chinesecalendar')}"
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a vendored copy
        return "chinesecalendar"


async def _store_year(
    session: AsyncSession,
    year: int,
    rows: list[tuple[date, CalendarDayKind, str]],
    source: CalendarSource,
    detail: str,
    user_id: int | None,
) -> None:
    await session.execute(
        delete(CalendarDay).where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
    )
    session.add_all(CalendarDay(day=d, kind=k, name=n) for d, k, n in rows)
    known = await session.get(CalendarYear, year)
    if known is None:
        session.add(CalendarYear(year=year, source=source, source_detail=detail, updated_by=user_id))
    else:
        known.source, known.source_detail, known.updated_by = source, detail, user_id
        known.loaded_at = utcnow()
    await session.flush()


async def known_years(session: AsyncSession, years: Iterable[int]) -> set[int]:
    wanted = set(years)
    rows = await session.execute(select(CalendarYear.year).where(CalendarYear.year.in_(wanted)))
    return set(rows.scalars())


async def ensure_years(session: AsyncSession, years: Iterable[int], *, settle: bool = True) -> set[int]:
    """Load the years the calendar lacks from the package where it knows them; the known years.

    A year loaded here settles the provisional deadlines counted into it (``deadlines.settle``),
    unless the caller is that settling itself (``settle=False``).
    """
    wanted = set(years)
    known = await known_years(session, wanted)
    for year in sorted(wanted - known):
        rows = package_arrangement(year)
        if rows is None:
            continue
        try:
            async with session.begin_nested():
                await _store_year(session, year, rows, CalendarSource.package, _package_version(), None)
        except IntegrityError:
            pass  # a concurrent request loaded the same year first
        else:
            if settle:
                await year_known(session, year, None)
        known.add(year)
    return known


def years_spanned(start: date, working_days: int) -> range:
    """The years a limit of ``working_days`` from ``start`` can reach (250 working days a year at
    least, so one more year per 200 days is ample)."""
    return range(start.year, start.year + 2 + working_days // 200)


async def load_calendar(
    session: AsyncSession, start: date, end: date, *, settle: bool = True
) -> WorkingCalendar:
    years = range(start.year, end.year + 1)
    known = await ensure_years(session, years, settle=settle)
    rows = (
        await session.execute(
            select(CalendarDay.day, CalendarDay.kind).where(
                CalendarDay.day.between(date(start.year, 1, 1), date(end.year, 12, 31))
            )
        )
    ).all()
    return WorkingCalendar({row.day: CalendarDayKind(row.kind) for row in rows}, known)


async def deadline(session: AsyncSession, start: date, working_days: int) -> Deadline:
    """The legal due date: ``working_days`` working days after ``start``; provisional where it was
    counted through a year whose arrangement is not known yet."""
    years = years_spanned(start, working_days)
    calendar = await load_calendar(session, date(years[0], 1, 1), date(years[-1], 12, 31))
    return calendar.deadline(start, working_days)


async def working_days_between(session: AsyncSession, start: date, end: date) -> int:
    calendar = await load_calendar(session, start, max(start, end))
    return calendar.working_days_between(start, end)


# From this day of a year on, next year's arrangement is expected: its absence is reported.
WATCH_FROM = (10, 1)


async def next_year_missing(session: AsyncSession, today: date) -> int | None:
    """The next year, when from 1 October its arrangement is neither entered nor in the package
    (the dashboard's item and the ``fpwork_calendar_next_year_missing`` metric); else None."""
    year = today.year + 1
    if (today.month, today.day) < WATCH_FROM or package_arrangement(year) is not None:
        return None
    return None if await known_years(session, [year]) else year


async def load_known_years(session: AsyncSession, today: date) -> int:
    """Scheduled job: this year's and next year's arrangements loaded as soon as the installed
    package knows them (settling the deadlines that waited for them); returns the years loaded."""
    wanted = {today.year, today.year + 1}
    before = await known_years(session, wanted)
    return len(await ensure_years(session, wanted) - before)


async def get_year(session: AsyncSession, year: int) -> tuple[CalendarYear, list[CalendarDay]]:
    """A known year (loaded from the package if needed; 422 if unknown) and its exception days."""
    if year not in await ensure_years(session, [year]):
        raise CalendarYearUnknown(year)
    known = await session.get(CalendarYear, year, populate_existing=True)
    assert known is not None
    rows = await session.execute(
        select(CalendarDay)
        .where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
        .order_by(CalendarDay.day)
    )
    return known, list(rows.scalars().all())


async def replace_year(
    session: AsyncSession,
    principal: Principal,
    year: int,
    holidays: list[tuple[date, str]],
    workdays: list[tuple[date, str]],
) -> tuple[CalendarYear, list[CalendarDay]]:
    """The district enters or corrects a year's arrangement; the whole year is replaced, audited."""
    days = [d for d, _ in holidays] + [d for d, _ in workdays]
    outside = sorted({d for d in days if d.year != year})
    if outside:
        raise Unprocessable(
            f"Every day must lie in {year}",
            zh=f"所有日期都必须在{year}年内",
            loc=["body"],
            extra={"days": [d.isoformat() for d in outside]},
        )
    if len(days) != len(set(days)):
        raise Unprocessable(
            "A day is listed twice (or both as holiday and as working day)",
            zh="同一日期重复出现（或既是节假日又是调休上班日）",
            loc=["body"],
        )
    weekdays = sorted(d for d, _ in workdays if d.weekday() < 5)
    if weekdays:
        raise Unprocessable(
            "A make-up working day (调休上班) is a Saturday or Sunday; a weekday is a working day anyway",
            zh="调休上班日只能是周六或周日；工作日本来就上班",
            loc=["body", "workdays"],
            extra={"days": [d.isoformat() for d in weekdays]},
        )
    previous = await session.get(CalendarYear, year)
    before = (previous.source.value, previous.source_detail) if previous else None
    rows = [(d, CalendarDayKind.holiday, n) for d, n in holidays]
    rows += [(d, CalendarDayKind.workday, n) for d, n in workdays]
    await _store_year(session, year, sorted(rows), CalendarSource.district, "", principal.user_id)
    recounted = await year_known(session, year, principal)
    await audit.record(
        session,
        actor=principal,
        action="working_calendar.replaced",
        object_type="working_calendar",
        object_id=year,
        scope_path=principal.org_path,
        detail={
            "holidays": len(holidays),
            "workdays": len(workdays),
            "previous_source": before[0] if before else None,
            "deadlines_recounted": recounted,
        },
    )
    return await get_year(session, year)
