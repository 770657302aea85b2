"""Referrals on the fast read path (app/read_path.py): the scoped list and the single read.

The scope is :func:`app.services.quality.scope.referral_scope`, as ``referrals.list_referrals``.
``overdue`` is judged on the request's date in Python (``complete``), as ``referrals.to_read`` did:
the list passes the clock's ``today``; the single read, like before, the office's local date.
The open states are plain values (no expanding ``IN``: the statement runs prepared).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement

from app.clock import local_today
from app.list_filters import Equals, Flag, ListFilters
from app.models.quality.referral import Referral, ReferralPriority, ReferralStatus, is_overdue, overdue_on
from app.read_path import ReadPath, Row
from app.schemas.common import DbId
from app.schemas.quality.referral import ReferralRead
from app.services.quality.scope import referral_scope


def _late(day: Any) -> ColumnElement[bool]:
    return overdue_on(day)


async def _overdue(rows: list[Row], today: date | None) -> None:
    day = today or local_today()
    for row in rows:
        row["overdue"] = is_overdue(row["status"], row["follow_up_due_on"], day)


class ReferralFilters(ListFilters):
    """The referral list's query parameters (``overdue`` is judged on the request's date)."""

    status: Annotated[ReferralStatus | None, Equals(Referral.status)] = None
    overdue: Annotated[
        bool | None,
        Field(description="Open referrals past their follow-up date"),
        Flag(_late, lambda today: ~_late(today), values=lambda today: (today,)),
    ] = None
    partner_id: Annotated[DbId | None, Equals(Referral.partner_id)] = None
    resident_id: Annotated[DbId | None, Equals(Referral.resident_id)] = None
    screening_id: Annotated[DbId | None, Equals(Referral.screening_id)] = None
    priority: Annotated[ReferralPriority | None, Equals(Referral.priority)] = None


REFERRALS = ReadPath(
    model=Referral,
    schema=ReferralRead,
    scope=referral_scope,
    label="Referral",
    filters=ReferralFilters,
    derived=("overdue",),
    complete=_overdue,
)
