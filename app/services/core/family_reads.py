"""Family records (家庭档案) on the fast read path: the scoped list with the names a screen shows.

The scope is :func:`app.authz.family_scope`. Each row carries its community's name, the parents'
names and the number of children, read by correlated scalar subqueries in the same statement, so a
page is one query. The single read (``FamilyRead``) is :data:`FAMILY`: the family's row and then its
children (in birth order) in one more query, the nested list the schema shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, SQLColumnExpression, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, family_scope
from app.config import Settings
from app.list_filters import Equals, Flag, ListFilters, Where
from app.models.core.family import Child, Family
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.pagination import Page
from app.read_path import ReadPath, Related, Row, Seen
from app.schemas.common import MAX_ID, DbId
from app.schemas.core.family import ChildRead, FamilyRead, FamilySummary


def _resident_name(resident_id: SQLColumnExpression[int | None]) -> ColumnElement[str | None]:
    return select(Resident.name).where(Resident.id == resident_id).correlate(Family).scalar_subquery()


def _has_certificate() -> ColumnElement[bool]:
    return Family.honour_certificate_no.is_not(None)


class FamilyFilters(ListFilters):
    """The family list's query parameters."""

    community_id: Annotated[DbId | None, Equals(Family.community_id)] = None
    parent_id: Annotated[
        int | None,
        Field(ge=1, le=MAX_ID, description="Families where this resident is a parent"),
        Where(lambda parent: or_(Family.husband_id == parent, Family.wife_id == parent)),
    ] = None
    has_honour_certificate: Annotated[bool | None, Flag(_has_certificate, lambda: ~_has_certificate())] = None


FAMILIES = ReadPath(
    model=Family,
    schema=FamilySummary,
    scope=family_scope,
    label="Family",
    columns={
        "community_name": select(Org.name)
        .where(Org.id == Family.community_id)
        .correlate(Family)
        .scalar_subquery(),
        "husband_name": _resident_name(Family.husband_id),
        "wife_name": _resident_name(Family.wife_id),
        "children_count": select(func.count(Child.id))
        .where(Child.family_id == Family.id)
        .correlate(Family)
        .scalar_subquery(),
    },
    filters=FamilyFilters,
)


CHILDREN = Related(
    *(Child.__table__.c[name] for name in ChildRead.model_fields),
    key=Child.family_id,
    order_by=Child.birth_order,
)


async def _with_children(rows: list[Row], _context: Any) -> None:
    children = await CHILDREN.fetch([row["id"] for row in rows])
    for row in rows:
        row["children"] = children[row["id"]]


FAMILY = ReadPath(
    model=Family,
    schema=FamilyRead,
    scope=family_scope,
    label="Family",
    derived=("children",),
    complete=_with_children,
)


# Whether the caller sees a family (404 otherwise), before its children are answered.
FAMILY_SEEN = ReadPath(model=Family, schema=Seen, scope=family_scope, label="Family")


async def children_of(principal: Principal, family_id: int) -> Any:
    """A family's children in birth order (the order its answer nests them), 404 if the caller
    does not see the family."""
    return await CHILDREN.of(FAMILY_SEEN, principal, family_id)


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    where: FamilyFilters,
    *,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[FamilySummary]:
    """The change feed (``updated_since``): the same scope and filters, in update order (app/feed.py),
    each row with the same display columns as the list."""
    items, next_cursor = await FAMILIES.changes(
        session, settings, principal, updated_since=updated_since, limit=limit, cursor=cursor, where=where
    )
    return Page(items=await summaries(session, items), next_cursor=next_cursor)


async def summaries(session: AsyncSession, families: Sequence[Family]) -> list[FamilySummary]:
    """List rows for ``families`` (in their order), from :data:`FAMILIES`' columns in one query."""
    if not families:
        return []
    rows = await session.execute(select(*FAMILIES.columns).where(Family.id.in_([f.id for f in families])))
    by_id = {row.id: FamilySummary.model_validate(dict(row._mapping)) for row in rows}
    return [by_id[f.id] for f in families]
