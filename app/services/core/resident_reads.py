"""Residents (居民) on the fast read path: the scoped list and the masked single read.

The scope is :func:`app.authz.resident_scope`, the same filter every other resident query uses; the
ID number and phone columns are the stored masked forms. Revealing them (``?reveal=true``) is audited
and goes through the session path in app/services/core/residents.py.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import Field
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, like_prefix, resident_scope
from app.config import Settings
from app.errors import Unprocessable
from app.list_filters import Context, Equals, Flag, ListFilters, UpdatedSince, Where
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, ResidentStatus, Sex
from app.pagination import Page
from app.read_path import ReadPath
from app.schemas.common import DbId
from app.schemas.core.resident import ResidentRead
from app.security import pii_cipher


def _local() -> ColumnElement[bool]:
    """Registered in the district (户籍在本区): the first six digits of the district's code."""
    district = (
        select(func.substr(Org.code, 1, 6))
        .where(Org.kind == OrgKind.district)
        .order_by(Org.id)
        .limit(1)
        .scalar_subquery()
    )
    return Resident.household_division_code.like(func.coalesce(district, "").concat("%"))


def _born_by(age_min: int, context: Context) -> tuple[date]:
    """Aged at least ``age_min`` today (周岁): born on or before today minus that many years."""
    assert context.today is not None
    return (years_before(context.today, age_min),)


def _born_after(age_max: int, context: Context) -> tuple[date]:
    """Aged at most ``age_max`` today: not yet ``age_max + 1``."""
    assert context.today is not None
    return (years_before(context.today, age_max + 1),)


def _name_like(prefix: str) -> tuple[str]:
    return (like_prefix(prefix),)


def _id_number_hash(id_number: str, context: Context) -> tuple[str]:
    return (pii_cipher(context.settings).lookup_hash(id_number),)


class ResidentFilters(ListFilters):
    """The resident list's query parameters. ``age_min`` and ``age_max`` are ages today (周岁);
    ``migrant`` compares the registration place with the district's division code; ``id_number``
    is looked up by its keyed hash. ``updated_since`` asks for the change feed instead."""

    community_id: Annotated[DbId | None, Equals(Resident.community_id)] = None
    employer_unit_id: Annotated[DbId | None, Equals(Resident.employer_unit_id)] = None
    status: Annotated[ResidentStatus | None, Equals(Resident.status)] = None
    name_prefix: Annotated[
        str | None,
        Field(min_length=1, max_length=64),
        Where(
            lambda like: Resident.name.like(like, escape="/"), values=lambda prefix: (like_prefix(prefix),)
        ),
    ] = None
    id_number: Annotated[
        str | None,
        Field(min_length=18, max_length=18, description="Exact ID number match"),
        Where(lambda digest: Resident.id_number_hash == digest, values=_id_number_hash),
    ] = None
    updated_since: UpdatedSince = None
    sex: Annotated[Sex | None, Equals(Resident.sex)] = None
    age_min: Annotated[
        int | None,
        Field(ge=0, le=150, description="Age today (周岁) at least"),
        Where(lambda day: Resident.birth_date <= day, values=_born_by),
    ] = None
    age_max: Annotated[
        int | None,
        Field(ge=0, le=150, description="Age today at most: not below age_min"),
        Where(lambda day: Resident.birth_date > day, values=_born_after),
    ] = None
    migrant: Annotated[
        bool | None,
        Field(description="true: registered outside the district (流动人口); false: local"),
        Flag(lambda: ~_local(), _local),
    ] = None

    def check(self) -> None:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise Unprocessable(
                "age_min is above age_max", zh="age_min 大于 age_max", loc=["query", "age_min"]
            )


RESIDENTS = ReadPath(
    model=Resident,
    schema=ResidentRead,
    scope=resident_scope,
    label="Resident",
    filters=ResidentFilters,
)


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    where: ResidentFilters,
    *,
    today: date,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[ResidentRead]:
    """The change feed (``updated_since``): the same scope and filters, in update order (app/feed.py)."""
    items, next_cursor = await RESIDENTS.changes(
        session,
        settings,
        principal,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
        where=where,
        today=today,
    )
    return Page(items=[ResidentRead.model_validate(r) for r in items], next_cursor=next_cursor)


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (29 February → 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
