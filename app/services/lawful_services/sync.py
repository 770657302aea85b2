"""What lawful services gives mobile sync (app/sync.py): the active service guides' names, so a
worker at the door can say which service a family needs (the full guide is read online)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.lawful_services.service import ServiceType


async def _service_types(session: AsyncSession) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(
            ServiceType.id,
            ServiceType.code,
            ServiceType.name,
            ServiceType.time_limit_working_days,
            ServiceType.where_to_apply,
        )
        .where(ServiceType.active.is_(True))
        .order_by(ServiceType.id)
    )
    return [dict(row._mapping) for row in rows]


LOOKUPS = {"service_types": _service_types}
