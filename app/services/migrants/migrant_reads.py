"""Migrants (流动人口) on the fast read path: the scoped list with the duty lists as filters, the
single read, and a migrant's services.

The scope is :func:`app.services.migrants.scope.migrant_scope` (:func:`app.authz.case_scope`: the
community the migrant lives in or the unit that employs them), the same filter the session path
uses. ``certificate_overdue`` is judged on the request's date (the route's ``today``), in Python as
:func:`app.services.migrants.migrants.is_certificate_overdue` judges it; the duty-list filters bind
the same date. The change feed (``updated_since``) stays on the session path (:func:`changes_page`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Any

import pydantic_core
from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, and_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.expression import ClauseList

from app.authz import Principal
from app.config import Settings
from app.errors import Unprocessable
from app.list_filters import Equals, Flag, ListFilters, Where
from app.models.migrants.migrant import CertificateStatus, Migrant, MigrantStatus, PermitStatus
from app.models.migrants.service import MigrantService
from app.pagination import Page
from app.read_path import ReadPath, Related, Row
from app.schemas.common import DbId
from app.schemas.migrants.migrant import MigrantRead, ServiceRead
from app.services.migrants.migrants import ENDORSEMENT_WINDOW_DAYS, to_read
from app.services.migrants.scope import migrant_scope


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


def _month(value: str, field: str) -> tuple[date, date]:
    """``YYYY-MM`` as the month's first day and the next month's first day."""
    try:
        year, month = (int(p) for p in value.split("-"))
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
    except ValueError as exc:
        raise Unprocessable(f"{field} must be YYYY-MM", loc=["query", field]) from exc
    return start, end


MONTH = Field(pattern=r"^(19|20|21)\d{2}-(0[1-9]|1[0-2])$", description="YYYY-MM, from 1900-01 to 2199-12")


def _endorsement_window(today: date) -> tuple[date]:
    """The last day a permit may expire on to be due for endorsement."""
    return (today + timedelta(days=ENDORSEMENT_WINDOW_DAYS),)


class MigrantFilters(ListFilters):
    """The migrant list's query parameters (the flags judged on the request's date; a month as its
    first day and the next month's first day)."""

    status: Annotated[MigrantStatus | None, Equals(Migrant.status)] = None
    community_id: Annotated[DbId | None, Equals(Migrant.community_id)] = None
    employer_unit_id: Annotated[DbId | None, Equals(Migrant.employer_unit_id)] = None
    household_province: Annotated[
        str | None,
        Field(pattern=r"^\d{2}$", description="户籍地 province"),
        Equals(Migrant.household_province),
    ] = None
    certificate_overdue: Annotated[
        bool | None,
        Field(description="婚育证明 not submitted 30 days on"),
        Flag(_late, lambda today: ~_late(today), values=lambda today: (today,)),
    ] = None
    permit_endorsement_due: Annotated[
        bool | None,
        Field(description="Residence permit expiring within 30 days"),
        Flag(
            _due,
            lambda by: ~_due(by),
            values=lambda today: (today + timedelta(days=ENDORSEMENT_WINDOW_DAYS),),
        ),
    ] = None
    arrived_in: Annotated[
        str | None,
        MONTH,
        Where(
            lambda start, end: (Migrant.arrival_date >= start) & (Migrant.arrival_date < end),
            values=lambda month: _month(month, "arrived_in"),
        ),
    ] = None
    departed_in: Annotated[
        str | None,
        MONTH,
        Where(
            lambda start, end: (Migrant.departed_on >= start) & (Migrant.departed_on < end),
            values=lambda month: _month(month, "departed_in"),
        ),
    ] = None


MIGRANTS = ReadPath(
    model=Migrant,
    schema=MigrantRead,
    scope=migrant_scope,
    label="Migrant",
    derived=("certificate_overdue",),
    complete=_overdue,
    filters=MigrantFilters,
)


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    where: MigrantFilters,
    *,
    today: date,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[MigrantRead]:
    """The change feed (``updated_since``): the same scope and filters, in update order (app/feed.py)."""
    items, next_cursor = await MIGRANTS.changes(
        session,
        settings,
        principal,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
        where=where,
        today=today,
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
