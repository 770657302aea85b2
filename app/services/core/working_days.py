"""The working-day clock (工作日): Monday to Friday, minus public holidays, plus make-up days.

Holidays (法定节假日) and make-up working days (调休上班) are rows of ``calendar_days``, so a
new year's arrangement is data, not code. Legal time limits count whole working days after the
day the clock starts: a request submitted on a Friday with a 1-day limit is due the next working day.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import CHINA, local_date, local_today
from app.models.core.calendar import CalendarDay, CalendarDayKind

__all__ = ["CHINA", "local_date", "local_today"]

# A year of room for the longest legal limit and its holidays.
_HORIZON_DAYS = 366


class WorkingCalendar:
    """The calendar exceptions of a date range, answering "is this a working day?"."""

    def __init__(self, exceptions: dict[date, CalendarDayKind]) -> None:
        self.exceptions = exceptions

    def is_working_day(self, day: date) -> bool:
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

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when finished the same day)."""
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count


async def load_calendar(session: AsyncSession, start: date, end: date) -> WorkingCalendar:
    rows = (
        await session.execute(
            select(CalendarDay.day, CalendarDay.kind).where(CalendarDay.day.between(start, end))
        )
    ).all()
    return WorkingCalendar({row.day: CalendarDayKind(row.kind) for row in rows})


async def due_date(session: AsyncSession, start: date, working_days: int) -> date:
    """The legal due date: ``working_days`` working days after ``start``."""
    calendar = await load_calendar(session, start, start + timedelta(days=_HORIZON_DAYS))
    return calendar.add_working_days(start, working_days)


async def working_days_between(session: AsyncSession, start: date, end: date) -> int:
    calendar = await load_calendar(session, start, end)
    return calendar.working_days_between(start, end)


async def list_calendar(session: AsyncSession, year: int) -> list[CalendarDay]:
    rows = await session.execute(
        select(CalendarDay)
        .where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
        .order_by(CalendarDay.day)
    )
    return list(rows.scalars().all())
