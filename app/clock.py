"""The office's calendar: Beijing dates, and today's date as a request dependency tests can set.

Dates in this domain are Beijing calendar dates: a notice window or a deadline ends at local
midnight, not at UTC midnight. China has one time zone and no daylight saving, so a fixed +08:00
is exact.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Annotated

from fastapi import Depends

CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def local_date(instant: datetime) -> date:
    """The office's calendar date of an instant."""
    return instant.astimezone(CHINA).date()


_today_override: date | None = None


def set_today(day: date | None) -> None:
    """Fix "today" for the whole process (tests, and the worker's ``--today``); None: the real date.

    Both the request dependency and ``local_today()`` (used outside requests: the worker, scheduled
    jobs) read it, so a test that sets it controls every clock at once.
    """
    global _today_override
    _today_override = day


def local_today() -> date:
    if _today_override is not None:
        return _today_override
    return local_date(datetime.now(UTC))


def now() -> datetime:
    """The current instant on the office's clock, for records whose instant carries a business date
    (a submission, a dispensing, a ledger line): the real instant, or, while "today" is fixed, that
    day at the real Beijing time of day, so the instant's date and "today" agree."""
    real = datetime.now(UTC)
    if _today_override is None:
        return real
    return datetime.combine(_today_override, real.astimezone(CHINA).timetz()).astimezone(UTC)


async def today() -> date:
    """Dependency form of ``local_today`` (async: no thread hop); tests set it or override it."""
    return local_today()


Today = Annotated[date, Depends(today)]
