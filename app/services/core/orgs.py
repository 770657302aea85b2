"""The org tree (district → street → community | unit) and its materialized paths."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from app import audit
from app.authz import Principal, org_scope
from app.errors import Conflict, Forbidden, Unprocessable
from app.models.core.org import ALLOWED_CHILDREN, Org
from app.preconditions import check_version
from app.schemas.core.org import OrgCreate, OrgUpdate
from app.services.core.loading import apply_changes, one_or_404


async def get_org(session: AsyncSession, principal: Principal, org_id: int) -> Org:
    return await one_or_404(
        session, select(Org).where(Org.id == org_id, org_scope(principal)), "Organisation"
    )


async def _code_taken(session: AsyncSession, code: str, except_id: int | None = None) -> bool:
    stmt = select(Org.id).where(Org.code == code)
    if except_id is not None:
        stmt = stmt.where(Org.id != except_id)
    return (await session.execute(stmt)).first() is not None


async def create_org(session: AsyncSession, principal: Principal, data: OrgCreate) -> Org:
    """A new org sits under a parent inside the caller's area, of a kind that parent may hold."""
    if data.parent_id is None:
        raise Forbidden("Only a new district has no parent, and districts are set up by operators")
    parent = await get_org(session, principal, data.parent_id)
    if data.kind not in ALLOWED_CHILDREN[parent.kind]:
        raise Unprocessable(f"A {parent.kind.value} cannot hold a {data.kind.value}", loc=["body", "kind"])
    if await _code_taken(session, data.code):
        raise Conflict(f"Another organisation already has code {data.code}")
    org = Org(kind=data.kind, name=data.name, code=data.code, parent_id=parent.id, path="")
    session.add(org)
    await session.flush()
    # The path needs the new id; writing it is part of creating the row, not a new version.
    path = f"{parent.path}{org.id}/"
    await session.execute(update(Org).where(Org.id == org.id).values(path=path))
    set_committed_value(org, "path", path)
    await audit.record(
        session,
        actor=principal,
        action="org.created",
        object_type="org",
        object_id=org.id,
        scope_path=org.path,
        detail={"kind": org.kind.value, "name": org.name, "code": org.code},
    )
    return org


async def update_org(
    session: AsyncSession, principal: Principal, org_id: int, data: OrgUpdate, expected_version: int | None
) -> Org:
    org = await get_org(session, principal, org_id)
    check_version(org, expected_version)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "code" in changes and await _code_taken(session, changes["code"], except_id=org.id):
        raise Conflict(f"Another organisation already has code {changes['code']}")
    changed = apply_changes(org, changes)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="org.updated",
            object_type="org",
            object_id=org.id,
            scope_path=org.path,
            detail=changed,
        )
    return org
