"""依法行政's business gauge for ``/metrics`` (registered at import; app/metrics.py runs it per scrape):
open service requests past their due date, by org (index ix_service_requests_state_due_on)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.metrics import Samples, business_gauge
from app.models.core.org import Org
from app.models.lawful_services.service import ServiceRequest
from app.services.lawful_services.requests import overdue_condition


@business_gauge(
    "fpwork_service_requests_overdue",
    "Open service requests past their due date (office clock), by org.",
    ("org_code", "org_name"),
)
async def overdue_requests(session: AsyncSession, today: date, now: datetime) -> Samples:
    rows = await session.execute(
        select(Org.code, Org.name, func.count())
        .select_from(ServiceRequest)
        .join(Org, Org.id == ServiceRequest.org_id)
        .where(overdue_condition(today))
        .group_by(Org.code, Org.name)
    )
    return [((code, name), float(count)) for code, name, count in rows.all()]
