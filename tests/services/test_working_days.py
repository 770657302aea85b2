"""The working-day clock over the calendar the demo database loads from the chinese-calendar package."""

from __future__ import annotations

from datetime import date

from app.services.core import working_days
from app.services.core.working_days import WorkingCalendar


async def _due(session, start: date, days: int) -> date:
    """A settled due date: every year it touches is known."""
    due = await working_days.deadline(session, start, days)
    assert not due.provisional, due
    return due.on


async def test_national_day_week_is_skipped_and_make_up_saturday_counts(api):
    async with api.session() as session:
        # Filed Monday 30 September 2019 with a 10-working-day limit: 1-7 October are off,
        # 8-11 October are days 1-4, Saturday 12 October (调休上班) is day 5, then 14-18.
        assert await _due(session, date(2019, 9, 30), 10) == date(2019, 10, 18)
        # Filed Friday 27 September with the 3-day limit of a birth registration: Sunday 29
        # September is a make-up working day (1), Monday 30 (2), then the holiday, Tuesday 8 October (3).
        assert await _due(session, date(2019, 9, 27), 3) == date(2019, 10, 8)
        # Filed on 30 September with one day: the next working day is 8 October.
        assert await _due(session, date(2019, 9, 30), 1) == date(2019, 10, 8)
        assert await working_days.working_days_between(session, date(2019, 9, 30), date(2019, 10, 12)) == 5


async def test_spring_festival_and_may_day_2019(api):
    async with api.session() as session:
        # Friday 1 February + 1: Saturday 2 February is a make-up working day.
        assert await _due(session, date(2019, 2, 1), 1) == date(2019, 2, 2)
        # 3 February (Sunday, worked) then 4-10 off: Friday 1 Feb + 3 = Monday 11 February.
        assert await _due(session, date(2019, 2, 1), 3) == date(2019, 2, 11)
        # Labour Day 1-4 May off, Sunday 5 May worked: Tuesday 30 April + 1 = 5 May.
        assert await _due(session, date(2019, 4, 30), 1) == date(2019, 5, 5)
        # Qingming: Thursday 4 April + 1 skips Friday 5 April and the weekend.
        assert await _due(session, date(2019, 4, 4), 1) == date(2019, 4, 8)


async def test_ordinary_weeks_follow_monday_to_friday(api):
    async with api.session() as session:
        # Late November 2026 has no holiday: only weekends are off.
        assert await _due(session, date(2026, 11, 27), 1) == date(2026, 11, 30)
        assert await _due(session, date(2026, 11, 23), 20) == date(2026, 12, 21)
        assert await _due(session, date(2026, 11, 25), 0) == date(2026, 11, 25)


def test_calendar_rules_without_a_database():
    calendar = WorkingCalendar({})
    assert calendar.is_working_day(date(2019, 10, 1))  # a Tuesday, when no calendar says otherwise
    assert not calendar.is_working_day(date(2019, 10, 12))  # a Saturday
    assert calendar.working_days_between(date(2019, 10, 11), date(2019, 10, 11)) == 0
    assert calendar.working_days_between(date(2019, 10, 11), date(2019, 10, 14)) == 1


def test_local_date_is_china_time():
    from datetime import UTC, datetime

    # 16:30 UTC on 30 September is 00:30 on 1 October in Beijing.
    assert working_days.local_date(datetime(2019, 9, 30, 16, 30, tzinfo=UTC)) == date(2019, 10, 1)
