"""Display fields for list rows: names looked up for a whole page in one query each.

A list screen shows names, not ids; these helpers let a service add them to every row of a page
without one query per row (names are not masked; ID numbers and phones never appear in rows).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.core.org import Org
from app.models.core.resident import Resident


async def resident_names(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = await session.execute(select(Resident.id, Resident.name).where(Resident.id.in_(wanted)))
    return {i: n for i, n in rows.all()}


async def org_names(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = await session.execute(select(Org.id, Org.name).where(Org.id.in_(wanted)))
    return {i: n for i, n in rows.all()}
