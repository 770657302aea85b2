"""Scope of the grassroots area's rows: each belongs to one org and is seen inside that org's subtree.

Campaigns belong to a street and are seen by every community and unit under it (they take part);
everything else (workers, activities, members, agreements, feedback, care cases, demonstrations)
is seen by its own org and the orgs above it, never by a sibling.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from app.authz import Principal, scoped_org_ids, shared_scope
from app.errors import NotFound, Unprocessable
from app.models.core.org import Org, OrgKind


def owned(org_column: QueryableAttribute[Any], principal: Principal) -> ColumnElement[bool]:
    """A row of an org in the caller's subtree."""
    return org_column.in_(scoped_org_ids(principal))


def shared(org_column: QueryableAttribute[Any], principal: Principal) -> ColumnElement[bool]:
    """A row of an org in the caller's subtree or above it (a street's campaign for its communities)."""
    return shared_scope(org_column, principal)


async def org_in_scope(
    session: AsyncSession,
    principal: Principal,
    org_id: int,
    *,
    kinds: tuple[OrgKind, ...] | None = None,
    field: str = "org_id",
) -> Org:
    """The org a new row belongs to: in the caller's subtree (404 otherwise) and of an allowed kind."""
    org = (
        await session.execute(select(Org).where(Org.id == org_id, Org.id.in_(scoped_org_ids(principal))))
    ).scalar_one_or_none()
    if org is None:
        raise NotFound("Org not found")
    if kinds is not None and org.kind not in kinds:
        allowed = ", ".join(k.value for k in kinds)
        raise Unprocessable(f"{field} must be an org of kind {allowed}", loc=["body", field])
    return org
