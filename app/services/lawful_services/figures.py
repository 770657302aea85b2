"""Figures of Task 4 (service requests on the clock) for indicators and reports.

A request belongs to the subtree of its ``org_id``. "Finished by the end of the period" uses
``finished_on``, so a figure as of a past date does not see later completions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery, MonthlyQuery, month_key, month_of, subtree_org_ids
from app.models.lawful_services.service import (
    ServiceRequest,
    ServiceRequestState,
    ServiceReturn,
    ServiceType,
)

BIRTH_REGISTRATION = "birth_registration"


def _submitted_in(org_path: str, start: date, end: date) -> ColumnElement[bool]:
    return and_(
        ServiceRequest.org_id.in_(subtree_org_ids(org_path)),
        ServiceRequest.submitted_on >= start,
        ServiceRequest.submitted_on <= end,
    )


def _completed_by(end: date) -> ColumnElement[bool]:
    return and_(ServiceRequest.state == ServiceRequestState.completed, ServiceRequest.finished_on <= end)


async def birth_registration_timeliness(
    session: AsyncSession, org_path: str, start: date, end: date
) -> Figure:
    """Share of birth registrations (生育登记) submitted in the period done within the legal deadline.

    On time: completed by ``end`` on or before the due date. Late: completed after the due date, or
    still not finished at ``end`` although due before it. Not yet due and rejected ones do not count.
    """
    finished_by_end = and_(ServiceRequest.finished_on.is_not(None), ServiceRequest.finished_on <= end)
    on_time = and_(_completed_by(end), ServiceRequest.finished_on <= ServiceRequest.due_on)
    late = or_(
        and_(_completed_by(end), ServiceRequest.finished_on > ServiceRequest.due_on),
        and_(~finished_by_end, ServiceRequest.due_on < end),
    )
    row = (
        await session.execute(
            select(
                func.coalesce(func.sum(case((on_time, 1), else_=0)), 0),
                func.coalesce(func.sum(case((late, 1), else_=0)), 0),
            )
            .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
            .where(ServiceType.code == BIRTH_REGISTRATION, _submitted_in(org_path, start, end))
        )
    ).one()
    return Figure.rate(int(row[0]), int(row[0]) + int(row[1]))


async def one_time_notification_compliance(
    session: AsyncSession, org_path: str, start: date, end: date
) -> Figure:
    """Share of requests completed in the period that were returned at most once and done on time.

    One-time notification (一次性告知) means the applicant hears everything missing at once: a
    second return for correction breaks it, and so does finishing after the legal deadline.
    """
    returns = (
        select(func.count())
        .where(ServiceReturn.request_id == ServiceRequest.id)
        .correlate(ServiceRequest)
        .scalar_subquery()
    )
    good = and_(returns <= 1, ServiceRequest.finished_on <= ServiceRequest.due_on)
    row = (
        await session.execute(
            select(func.count(), func.coalesce(func.sum(case((good, 1), else_=0)), 0)).where(
                ServiceRequest.org_id.in_(subtree_org_ids(org_path)),
                ServiceRequest.state == ServiceRequestState.completed,
                ServiceRequest.finished_on >= start,
                ServiceRequest.finished_on <= end,
            )
        )
    ).one()
    return Figure.rate(int(row[1]), int(row[0]))


async def requests_submitted(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Service requests submitted in the period."""
    n = await session.scalar(select(func.count()).where(_submitted_in(org_path, start, end)))
    return Figure.count(int(n or 0))


async def requests_completed_on_time(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Requests completed in the period, with how many of them on time (numerator/denominator)."""
    on_time = ServiceRequest.finished_on <= ServiceRequest.due_on
    row = (
        await session.execute(
            select(func.count(), func.coalesce(func.sum(case((on_time, 1), else_=0)), 0)).where(
                ServiceRequest.org_id.in_(subtree_org_ids(org_path)),
                ServiceRequest.state == ServiceRequestState.completed,
                ServiceRequest.finished_on >= start,
                ServiceRequest.finished_on <= end,
            )
        )
    ).one()
    return Figure.rate(int(row[1]), int(row[0]))


FIGURES: dict[str, FigureQuery] = {
    "birth_registration_timeliness": birth_registration_timeliness,
    "one_time_notification_compliance": one_time_notification_compliance,
    "requests_submitted": requests_submitted,
    "requests_completed_on_time": requests_completed_on_time,
}


async def _grouped(
    session: AsyncSession, month: ColumnElement[Any], *where: ColumnElement[bool]
) -> dict[str, int]:
    rows = await session.execute(select(month, func.count()).where(*where).group_by(month))
    return {month_key(m): int(n) for m, n in rows.all()}


async def requests_submitted_monthly(
    session: AsyncSession, org_path: str, start: date, end: date
) -> dict[str, int]:
    return await _grouped(session, month_of(ServiceRequest.submitted_on), _submitted_in(org_path, start, end))


async def requests_completed_on_time_monthly(
    session: AsyncSession, org_path: str, start: date, end: date
) -> dict[str, int]:
    return await _grouped(
        session,
        month_of(ServiceRequest.finished_on),
        ServiceRequest.org_id.in_(subtree_org_ids(org_path)),
        ServiceRequest.state == ServiceRequestState.completed,
        ServiceRequest.finished_on >= start,
        ServiceRequest.finished_on <= end,
        ServiceRequest.finished_on <= ServiceRequest.due_on,
    )


MONTHLY: dict[str, MonthlyQuery] = {
    "requests_submitted": requests_submitted_monthly,
    "requests_completed_on_time": requests_completed_on_time_monthly,
}
