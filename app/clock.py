"""The office's calendar: Beijing dates, and today's date as a request dependency tests can set.

Dates in this domain are Beijing calendar dates: a notice window or a deadline ends at local
midnight, not at UTC midnight. China has one time zone and no daylight saving, so a fixed +08:00
is exact.

This is the only module that reads the machine's clock (ruff's banned-api rule TID251 keeps it
so), and it never reads the host's time zone: the answers are the same on a host set to UTC,
Beijing or Honolulu.

* ``local_today()`` / ``Today``: the office's date (Beijing), for every business rule.
* ``now()``: the office's instant, for records whose instant carries a business date.
* ``utcnow()``: the real instant, for technical times (token expiry, retries, row timestamps).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Annotated

from fastapi import Depends

CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def local_date(instant: datetime) -> date:
    """The office's calendar date of an instant."""
    return instant.astimezone(CHINA).date()


def utcnow() -> datetime:
    """The real instant, timezone-aware in UTC: technical times that must follow the real clock
    (a token's expiry, a retry's next attempt, a row's created_at), never a business date."""
    return datetime.now(UTC)


_today_override: date | None = None
_time_of_day_override: time | None = None


def set_today(day: date | None, at: time | None = None) -> None:
    """Fix "today" for the whole process (tests, and the worker's ``--today``); None: the real date.

    Both the request dependency and ``local_today()`` (used outside requests: the worker, scheduled
    jobs) read it, so a test that sets it controls every clock at once. ``at`` also fixes the
    Beijing time of day ``now()`` answers (see ``set_time_of_day``); without it a fixed time of
    day set before stays.
    """
    global _today_override
    _today_override = day
    if at is not None:
        set_time_of_day(at)


def set_time_of_day(at: time | None) -> None:
    """Fix the Beijing time of day of ``now()`` (None: the real one), so that a test's instants do
    not depend on when it runs. The test configuration sets it from FPW_TEST_BEIJING_TIME (e.g.
    01:00: the instant is then 17:00 UTC of the day before, a different UTC date)."""
    global _time_of_day_override
    _time_of_day_override = at.replace(tzinfo=None) if at is not None else None


def parse_time_of_day(text: str) -> time:
    """'01:00' or '01:00:30' as a time of day; ValueError otherwise."""
    return time.fromisoformat(text.strip())


def local_today() -> date:
    if _today_override is not None:
        return _today_override
    return local_date(utcnow())


def now() -> datetime:
    """The current instant on the office's clock, for records whose instant carries a business date
    (a submission, a dispensing, a ledger line): the real instant, or, while "today" is fixed, that
    day at the real Beijing time of day, so the instant's date and "today" agree. A fixed time of
    day (``set_time_of_day``) replaces the real one. The answer is in UTC; its Beijing date is
    ``local_today()`` (``local_date(now())``), its UTC date may be the day before."""
    real = utcnow()
    if _today_override is None and _time_of_day_override is None:
        return real
    day = local_today()
    at = _time_of_day_override or real.astimezone(CHINA).time()
    return datetime.combine(day, at, tzinfo=CHINA).astimezone(UTC)


def on_day(day: date) -> datetime:
    """The instant of something done on ``day`` (a business date a service was given): ``now()``
    when ``day`` is the office's today, else that day at ``now()``'s Beijing time of day (the
    demo and back-dated records, so an instant never contradicts its date)."""
    current = now()
    if day == local_date(current):
        return current
    return datetime.combine(day, current.astimezone(CHINA).time(), tzinfo=CHINA).astimezone(UTC)


async def today() -> date:
    """Dependency form of ``local_today`` (async: no thread hop); tests set it or override it."""
    return local_today()


Today = Annotated[date, Depends(today)]
