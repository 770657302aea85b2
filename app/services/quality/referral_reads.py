"""Referrals on the fast read path (app/read_path.py): the scoped list and the single read.

The scope is :func:`app.services.quality.scope.referral_scope`, as ``referrals.list_referrals``.
``overdue`` is judged on the request's date in Python (``complete``), as ``referrals.to_read`` did:
the list passes the clock's ``today``; the single read, like before, the office's local date.
The open states are plain values (no expanding ``IN``: the statement runs prepared).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam

from app.clock import local_today
from app.models.quality.referral import Referral, ReferralPriority, ReferralStatus, is_overdue, overdue_on
from app.read_path import ReadPath, Row
from app.schemas.quality.referral import ReferralRead
from app.services.quality.scope import referral_scope


def _late(day: str) -> ColumnElement[bool]:
    return overdue_on(bindparam(day))


async def _overdue(rows: list[Row], today: date | None) -> None:
    day = today or local_today()
    for row in rows:
        row["overdue"] = is_overdue(row["status"], row["follow_up_due_on"], day)


REFERRALS = ReadPath(
    model=Referral,
    schema=ReferralRead,
    scope=referral_scope,
    label="Referral",
    filters={
        "status": lambda: Referral.status == bindparam("status"),
        "overdue": lambda: _late("overdue"),
        "not_overdue": lambda: ~_late("not_overdue"),
        "partner_id": lambda: Referral.partner_id == bindparam("partner_id"),
        "resident_id": lambda: Referral.resident_id == bindparam("resident_id"),
        "screening_id": lambda: Referral.screening_id == bindparam("screening_id"),
        "priority": lambda: Referral.priority == bindparam("priority"),
    },
    derived=("overdue",),
    complete=_overdue,
)


def filters(
    *,
    status: ReferralStatus | None,
    overdue: bool | None,
    partner_id: int | None,
    resident_id: int | None,
    screening_id: int | None,
    priority: ReferralPriority | None,
    today: date,
) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`REFERRALS`' filters (``overdue`` binds
    the day it is judged on)."""
    return {
        "status": status.value if status is not None else None,
        "overdue": today if overdue is True else None,
        "not_overdue": today if overdue is False else None,
        "partner_id": partner_id,
        "resident_id": resident_id,
        "screening_id": screening_id,
        "priority": priority.value if priority is not None else None,
    }
