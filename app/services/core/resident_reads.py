"""Residents (居民) on the fast read path: the scoped list and the masked single read.

The scope is :func:`app.authz.resident_scope`, the same filter every other resident query uses; the
ID number and phone columns are the stored masked forms. Revealing them (``?reveal=true``) is audited
and goes through the session path in app/services/core/residents.py.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, like_prefix, resident_scope
from app.config import Settings
from app.errors import Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, ResidentStatus, Sex
from app.pagination import Page
from app.read_path import ReadPath
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


RESIDENTS = ReadPath(
    model=Resident,
    schema=ResidentRead,
    scope=resident_scope,
    label="Resident",
    filters={
        "community_id": lambda: Resident.community_id == bindparam("community_id"),
        "employer_unit_id": lambda: Resident.employer_unit_id == bindparam("employer_unit_id"),
        "status": lambda: Resident.status == bindparam("status"),
        "sex": lambda: Resident.sex == bindparam("sex"),
        "name_like": lambda: Resident.name.like(bindparam("name_like"), escape="/"),
        "id_number_hash": lambda: Resident.id_number_hash == bindparam("id_number_hash"),
        "born_by": lambda: Resident.birth_date <= bindparam("born_by"),
        "born_after": lambda: Resident.birth_date > bindparam("born_after"),
        "local": _local,
        "migrant": lambda: ~_local(),
    },
)


def filters(
    settings: Settings,
    *,
    today: date,
    community_id: int | None = None,
    employer_unit_id: int | None = None,
    status: ResidentStatus | None = None,
    name_prefix: str | None = None,
    id_number: str | None = None,
    sex: Sex | None = None,
    age_min: int | None = None,
    age_max: int | None = None,
    migrant: bool | None = None,
) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`RESIDENTS`' filters. ``age_min`` and
    ``age_max`` are ages today (周岁); ``migrant`` compares the registration place with the
    district's division code."""
    if age_min is not None and age_max is not None and age_min > age_max:
        raise Unprocessable("age_min is above age_max", zh="age_min 大于 age_max", loc=["query", "age_min"])
    return {
        "community_id": community_id,
        "employer_unit_id": employer_unit_id,
        "status": status.value if status is not None else None,
        "sex": sex.value if sex is not None else None,
        "name_like": like_prefix(name_prefix) if name_prefix else None,
        "id_number_hash": pii_cipher(settings).lookup_hash(id_number) if id_number else None,
        # born on or before today minus age_min years; not yet age_max + 1 today
        "born_by": years_before(today, age_min) if age_min is not None else None,
        "born_after": years_before(today, age_max + 1) if age_max is not None else None,
        "migrant": True if migrant is True else None,
        "local": True if migrant is False else None,
    }


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    values: dict[str, Any],
    *,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[ResidentRead]:
    """The change feed (``updated_since``): the same scope and filters, in update order (app/feed.py)."""
    items, next_cursor = await RESIDENTS.changes(
        session, settings, principal, updated_since=updated_since, limit=limit, cursor=cursor, **values
    )
    return Page(items=[ResidentRead.model_validate(r) for r in items], next_cursor=next_cursor)


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (29 February → 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
