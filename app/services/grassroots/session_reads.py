"""A record as its fast read path shows it, read in the request's session: the answer of a write,
which the read pool (another connection) cannot see before the commit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.read_path import ReadPath


async def in_session(
    session: AsyncSession, path: ReadPath, principal: Principal, object_id: int
) -> dict[str, Any]:
    """The path's columns of one row in the caller's scope (the write found it there just before)."""
    stmt = select(*path.columns).where(path.id_column == object_id, path.scope(principal))
    return dict((await session.execute(stmt)).mappings().one())
