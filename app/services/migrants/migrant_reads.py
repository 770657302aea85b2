"""Migrants (流动人口) on the fast read path: the scoped list with the duty lists as filters, the
single read, and a migrant's services.

The scope is :func:`app.services.migrants.migrants.migrant_scope` (:func:`app.authz.case_scope`: the
community the migrant lives in or the unit that employs them), the same filter the session path
uses. ``certificate_overdue`` is judged on the request's date (the route's ``today``), in Python as
:func:`app.services.migrants.migrants.is_certificate_overdue` judges it; the duty-list filters bind
the same date. The change feed (``updated_since``) stays on the session path (:func:`changes_page`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pydantic_core
from pydantic import BaseModel
from sqlalchemy import ColumnElement, and_, bindparam
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.expression import ClauseList

from app.authz import Principal
from app.config import Settings
from app.errors import Unprocessable
from app.models.migrants.migrant import CertificateStatus, Migrant, MigrantStatus, PermitStatus
from app.models.migrants.service import MigrantService
from app.pagination import Page
from app.read_path import ReadPath, Related, Row
from app.schemas.migrants.migrant import MigrantRead, ServiceRead
from app.services.migrants.migrants import ENDORSEMENT_WINDOW_DAYS, migrant_scope, to_read


def _late(today: Any) -> ColumnElement[bool]:
    """婚育证明 not submitted 30 days on (the session path's clause, on a bound date)."""
    return and_(
        Migrant.status == MigrantStatus.present,
        Migrant.certificate_status == CertificateStatus.missing,
        Migrant.certificate_due_on < today,
    )


def _due(by: Any) -> ColumnElement[bool]:
    """The residence permit expires within the endorsement window (``by``: today + 30 days)."""
    return and_(
        Migrant.status == MigrantStatus.present,
        Migrant.permit_status == PermitStatus.issued,
        Migrant.permit_expires_on <= by,
    )


async def _overdue(rows: list[Row], today: date) -> None:
    for row in rows:
        row["certificate_overdue"] = (
            row["status"] == MigrantStatus.present
            and row["certificate_status"] == CertificateStatus.missing
            and row["certificate_due_on"] < today
        )


MIGRANTS = ReadPath(
    model=Migrant,
    schema=MigrantRead,
    scope=migrant_scope,
    label="Migrant",
    derived=("certificate_overdue",),
    complete=_overdue,
    filters={
        "status": lambda: Migrant.status == bindparam("status"),
        "community_id": lambda: Migrant.community_id == bindparam("community_id"),
        "employer_unit_id": lambda: Migrant.employer_unit_id == bindparam("employer_unit_id"),
        "household_province": lambda: Migrant.household_province == bindparam("household_province"),
        "late": lambda: _late(bindparam("late")),
        "not_late": lambda: ~_late(bindparam("not_late")),
        "due": lambda: _due(bindparam("due")),
        "not_due": lambda: ~_due(bindparam("not_due")),
        "arrived_from": lambda: Migrant.arrival_date >= bindparam("arrived_from"),
        "arrived_before": lambda: Migrant.arrival_date < bindparam("arrived_before"),
        "departed_from": lambda: Migrant.departed_on >= bindparam("departed_from"),
        "departed_before": lambda: Migrant.departed_on < bindparam("departed_before"),
    },
)


def _month(value: str, field: str) -> tuple[date, date]:
    """``YYYY-MM`` as the month's first day and the next month's first day."""
    try:
        year, month = (int(p) for p in value.split("-"))
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
    except ValueError as exc:
        raise Unprocessable(f"{field} must be YYYY-MM", loc=["query", field]) from exc
    return start, end


def filters(
    *,
    today: date,
    status: MigrantStatus | None,
    community_id: int | None,
    employer_unit_id: int | None,
    household_province: str | None,
    certificate_overdue: bool | None,
    permit_endorsement_due: bool | None,
    arrived_in: str | None,
    departed_in: str | None,
) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`MIGRANTS`' filters."""
    arrived = _month(arrived_in, "arrived_in") if arrived_in is not None else (None, None)
    departed = _month(departed_in, "departed_in") if departed_in is not None else (None, None)
    window_end = today + timedelta(days=ENDORSEMENT_WINDOW_DAYS)
    return {
        "status": status.value if status is not None else None,
        "community_id": community_id,
        "employer_unit_id": employer_unit_id,
        "household_province": household_province,
        "late": today if certificate_overdue is True else None,
        "not_late": today if certificate_overdue is False else None,
        "due": window_end if permit_endorsement_due is True else None,
        "not_due": window_end if permit_endorsement_due is False else None,
        "arrived_from": arrived[0],
        "arrived_before": arrived[1],
        "departed_from": departed[0],
        "departed_before": departed[1],
    }


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    values: dict[str, Any],
    *,
    today: date,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[MigrantRead]:
    """The change feed (``updated_since``): the same scope and filters, in update order (app/feed.py)."""
    items, next_cursor = await MIGRANTS.changes(
        session, settings, principal, updated_since=updated_since, limit=limit, cursor=cursor, **values
    )
    return Page(items=[to_read(m, today) for m in items], next_cursor=next_cursor)


class _Visible(BaseModel):
    id: int


# The migrant's own row, only to say 404 outside the caller's scope before its services are listed.
VISIBLE = ReadPath(model=Migrant, schema=_Visible, scope=migrant_scope, label="Migrant")

SERVICES = Related(
    *(MigrantService.__table__.c[name] for name in ServiceRead.model_fields),
    key=MigrantService.migrant_id,
    order_by=ClauseList(MigrantService.delivered_on, MigrantService.id),
)


async def services_json(principal: Principal, migrant_id: int) -> bytes:
    """The services given to a migrant in the caller's scope (404 otherwise), by day then id, as
    the JSON array the session path wrote."""
    await VISIBLE.one(principal, migrant_id)
    return pydantic_core.to_json((await SERVICES.fetch([migrant_id]))[migrant_id])
