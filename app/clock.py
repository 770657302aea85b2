"""Today's date as a request dependency, so tests (and re-runs of past periods) can set it.

Dates in this domain are Beijing calendar dates: a notice window or a deadline ends at local
midnight, not at UTC midnight.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def today() -> date:
    return datetime.now(LOCAL_ZONE).date()


Today = Annotated[date, Depends(today)]
