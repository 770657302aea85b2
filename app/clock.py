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


def local_today() -> date:
    return local_date(datetime.now(UTC))


async def today() -> date:
    """Dependency form of ``local_today`` (async: no thread hop); tests override it."""
    return local_today()


Today = Annotated[date, Depends(today)]
