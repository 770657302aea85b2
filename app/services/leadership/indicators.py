"""The indicator catalogue: listed with whether each computed one can be computed today."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict
from app.models.leadership.indicator import Indicator
from app.schemas.leadership.book import IndicatorCreate, IndicatorRead
from app.services.leadership.resolver import find_figure, reason_fields


def to_read(indicator: Indicator) -> IndicatorRead:
    reason = None
    if indicator.figure_code is not None:
        _, reason = find_figure(indicator.figure_code)
    return IndicatorRead.model_validate(
        {
            **{c: getattr(indicator, c) for c in IndicatorRead.model_fields if hasattr(indicator, c)},
            "computable": reason is None,
            **reason_fields(reason),
        }
    )


async def create_indicator(session: AsyncSession, principal: Principal, data: IndicatorCreate) -> Indicator:
    """Add an indicator; a computed one may name a figure an area will only export later."""
    if await session.scalar(select(Indicator.id).where(Indicator.code == data.code)) is not None:
        raise Conflict(f"Indicator {data.code} exists")
    indicator = Indicator(**data.model_dump(), active=True)
    session.add(indicator)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="indicator.create",
        object_type="indicator",
        object_id=indicator.id,
        scope_path=principal.org_path,
        detail={"code": data.code, "figure_code": data.figure_code},
    )
    return indicator
