"""优质服务's business gauge for ``/metrics`` (registered at import; app/metrics.py runs it per scrape):
open referrals past their follow-up date, by org (index ix_referrals_status_follow_up_due_on)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.metrics import Samples, business_gauge
from app.models.core.org import Org
from app.models.quality.referral import Referral, overdue_on


@business_gauge(
    "fpwork_referrals_overdue",
    "Open referrals past their follow-up date (office clock), by org.",
    ("org_code", "org_name"),
)
async def overdue_referrals(session: AsyncSession, today: date, now: datetime) -> Samples:
    rows = await session.execute(
        select(Org.code, Org.name, func.count())
        .select_from(Referral)
        .join(Org, Org.id == Referral.org_id)
        .where(overdue_on(today))
        .group_by(Org.code, Org.name)
    )
    return [((code, name), float(count)) for code, name, count in rows.all()]
