"""Statistics of the service clock per service type and community, computed in SQL.

For the requests submitted in a period: how many, how many completed, how many of those on or
before their due date (the on-time rate 按时办结率), the median working days from the start of
the clock to completion, and how many are still open past due. The median is taken with window
functions (row_number / count over the group), in the same query.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, and_, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.errors import Unprocessable
from app.models.core.org import Org
from app.models.lawful_services.service import ServiceRequest, ServiceRequestState, ServiceType
from app.schemas.lawful_services.service import ServiceStatisticsRow
from app.services.core import working_days
from app.services.lawful_services.requests import overdue_condition
from app.services.lawful_services.scope import request_scope


def _period(stmt: Select[Any], submitted_from: date | None, submitted_to: date | None) -> Select[Any]:
    if submitted_from is not None:
        stmt = stmt.where(ServiceRequest.submitted_on >= submitted_from)
    if submitted_to is not None:
        stmt = stmt.where(ServiceRequest.submitted_on <= submitted_to)
    return stmt


async def statistics(
    session: AsyncSession,
    principal: Principal,
    *,
    submitted_from: date | None,
    submitted_to: date | None,
    today: date | None = None,
) -> list[ServiceStatisticsRow]:
    if submitted_from and submitted_to and submitted_to < submitted_from:
        raise Unprocessable("submitted_to is before submitted_from", loc=["query", "submitted_to"])
    today = today or working_days.local_today()
    completed = ServiceRequest.state == ServiceRequestState.completed
    on_time = and_(completed, ServiceRequest.finished_on <= ServiceRequest.due_on)
    totals = _period(
        select(
            ServiceRequest.service_type_id,
            ServiceRequest.org_id,
            func.count().label("count"),
            func.sum(case((completed, 1), else_=0)).label("completed"),
            func.sum(case((on_time, 1), else_=0)).label("on_time"),
            func.sum(case((overdue_condition(today), 1), else_=0)).label("open_overdue"),
        )
        .where(request_scope(principal))
        .group_by(ServiceRequest.service_type_id, ServiceRequest.org_id),
        submitted_from,
        submitted_to,
    )
    partition = (ServiceRequest.service_type_id, ServiceRequest.org_id)
    ranked = _period(
        select(
            ServiceRequest.service_type_id,
            ServiceRequest.org_id,
            ServiceRequest.working_days_taken.label("days"),
            func.row_number()
            .over(partition_by=partition, order_by=ServiceRequest.working_days_taken)
            .label("rn"),
            func.count().over(partition_by=partition).label("n"),
        ).where(request_scope(principal), completed),
        submitted_from,
        submitted_to,
    ).subquery()
    # The middle row (odd n) or the two middle rows (even n): ranks (n+1)/2 and (n+2)/2.
    medians = (
        select(ranked.c.service_type_id, ranked.c.org_id, func.avg(cast(ranked.c.days, Integer) * 1.0))
        .where(ranked.c.rn.in_([(ranked.c.n + 1) // 2, (ranked.c.n + 2) // 2]))
        .group_by(ranked.c.service_type_id, ranked.c.org_id)
    )
    median_of = {(t, o): float(m) for t, o, m in (await session.execute(medians)).all()}
    labelled = totals.subquery()
    rows = (
        await session.execute(
            select(labelled, ServiceType.code, Org.name)
            .join(ServiceType, ServiceType.id == labelled.c.service_type_id)
            .join(Org, Org.id == labelled.c.org_id)
            .order_by(ServiceType.code, labelled.c.org_id)
        )
    ).all()
    return [
        ServiceStatisticsRow(
            service_type=row.code,
            org_id=row.org_id,
            org_name=row.name,
            count=row.count,
            completed=row.completed,
            completed_on_time=row.on_time,
            on_time_rate=round(row.on_time / row.completed, 4) if row.completed else None,
            median_working_days=median_of.get((row.service_type_id, row.org_id)),
            open_overdue=row.open_overdue,
        )
        for row in rows
    ]
