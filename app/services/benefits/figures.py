"""Figures of Task 3 (benefits) for indicators and reports.

A case belongs to the subtree holding its community or its employer unit. Instants (submission,
checks, resolutions) are counted by their Beijing date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery, MonthlyQuery, month_key, month_of, subtree_org_ids, utc_bounds
from app.models.benefits.benefit import ApplicationStatus, BenefitApplication
from app.models.benefits.enrolment import CheckStatus, ReverificationCheck
from app.models.benefits.notice import Objection, ObjectionStatus, PublicNotice
from app.models.benefits.recovery import Recovery, RecoverySettlement, SettlementKind


def _application_in(org_path: str) -> ColumnElement[bool]:
    ids = subtree_org_ids(org_path)
    return or_(BenefitApplication.community_id.in_(ids), BenefitApplication.unit_id.in_(ids))


async def applications_submitted(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Applications submitted in the period."""
    lo, hi = utc_bounds(start, end)
    n = await session.scalar(
        select(func.count()).where(
            _application_in(org_path),
            BenefitApplication.submitted_at >= lo,
            BenefitApplication.submitted_at < hi,
        )
    )
    return Figure.count(int(n or 0))


def _decided(status: ApplicationStatus) -> FigureQuery:
    async def query(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
        lo, hi = utc_bounds(start, end)
        n = await session.scalar(
            select(func.count()).where(
                _application_in(org_path),
                BenefitApplication.status == status,
                BenefitApplication.decided_at >= lo,
                BenefitApplication.decided_at < hi,
            )
        )
        return Figure.count(int(n or 0))

    query.__doc__ = f"Applications whose final decision in the period was {status.value}."
    return query


async def applications_open(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Applications still in review now (draft to street-approved) that were submitted in the period."""
    lo, hi = utc_bounds(start, end)
    n = await session.scalar(
        select(func.count()).where(
            _application_in(org_path),
            BenefitApplication.status.in_(
                [ApplicationStatus.submitted, ApplicationStatus.in_notice, ApplicationStatus.street_approved]
            ),
            BenefitApplication.submitted_at >= lo,
            BenefitApplication.submitted_at < hi,
        )
    )
    return Figure.count(int(n or 0))


async def roster_wrong_cases(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Cases found wrong in the period (错评错漏): failed at re-verification, or an objection upheld."""
    lo, hi = utc_bounds(start, end)
    ids = subtree_org_ids(org_path)
    failed = await session.scalar(
        select(func.count()).where(
            or_(ReverificationCheck.community_id.in_(ids), ReverificationCheck.unit_id.in_(ids)),
            ReverificationCheck.status == CheckStatus.failed,
            ReverificationCheck.checked_at >= lo,
            ReverificationCheck.checked_at < hi,
        )
    )
    upheld = await session.scalar(
        select(func.count(func.distinct(Objection.application_id)))
        .join(BenefitApplication, BenefitApplication.id == Objection.application_id)
        .where(
            _application_in(org_path),
            Objection.status == ObjectionStatus.upheld,
            Objection.resolved_at >= lo,
            Objection.resolved_at < hi,
        )
    )
    return Figure.count(int(failed or 0) + int(upheld or 0))


async def objections_filed(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Objections (异议) filed against public notices in the period."""
    lo, hi = utc_bounds(start, end)
    n = await session.scalar(
        select(func.count())
        .select_from(Objection)
        .join(BenefitApplication, BenefitApplication.id == Objection.application_id)
        .where(_application_in(org_path), Objection.created_at >= lo, Objection.created_at < hi)
    )
    return Figure.count(int(n or 0))


async def notices_published(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Public notices (公示) of benefit rosters published in the period."""
    n = await session.scalar(
        select(func.count()).where(
            PublicNotice.community_id.in_(subtree_org_ids(org_path)),
            PublicNotice.published_on >= start,
            PublicNotice.published_on <= end,
        )
    )
    return Figure.count(int(n or 0))


def _recovery_in(org_path: str) -> ColumnElement[bool]:
    ids = subtree_org_ids(org_path)
    return or_(Recovery.community_id.in_(ids), Recovery.unit_id.in_(ids))


async def overpayments_found_fen(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Overpayments (追回) found in the period: fen paid for months after a life event recorded late."""
    n = await session.scalar(
        select(func.coalesce(func.sum(Recovery.total_fen), 0)).where(
            _recovery_in(org_path), Recovery.found_on >= start, Recovery.found_on <= end
        )
    )
    return Figure(value=float(n or 0), numerator=int(n or 0), unit="fen")


async def overpayments_recovered_fen(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Overpayments refunded in the period (refunds by their date), in fen."""
    n = await session.scalar(
        select(func.coalesce(func.sum(RecoverySettlement.amount_fen), 0))
        .join(Recovery, Recovery.id == RecoverySettlement.recovery_id)
        .where(
            _recovery_in(org_path),
            RecoverySettlement.kind == SettlementKind.refund,
            RecoverySettlement.settled_on >= start,
            RecoverySettlement.settled_on <= end,
        )
    )
    return Figure(value=float(n or 0), numerator=int(n or 0), unit="fen")


async def overpayments_outstanding_fen(
    session: AsyncSession, org_path: str, start: date, end: date
) -> Figure:
    """Overpayments found up to the period's end still owed at its end (less refunds and write-offs
    dated up to then), in fen."""
    found = await session.scalar(
        select(func.coalesce(func.sum(Recovery.total_fen), 0)).where(
            _recovery_in(org_path), Recovery.found_on <= end
        )
    )
    settled = await session.scalar(
        select(func.coalesce(func.sum(RecoverySettlement.amount_fen), 0))
        .join(Recovery, Recovery.id == RecoverySettlement.recovery_id)
        .where(_recovery_in(org_path), Recovery.found_on <= end, RecoverySettlement.settled_on <= end)
    )
    n = int(found or 0) - int(settled or 0)
    return Figure(value=float(n), numerator=n, unit="fen")


FIGURES: dict[str, FigureQuery] = {
    "applications_submitted": applications_submitted,
    "applications_enrolled": _decided(ApplicationStatus.enrolled),
    "applications_rejected": _decided(ApplicationStatus.rejected),
    "applications_open": applications_open,
    "roster_wrong_cases": roster_wrong_cases,
    "objections_filed": objections_filed,
    "notices_published": notices_published,
    "overpayments_found_fen": overpayments_found_fen,
    "overpayments_recovered_fen": overpayments_recovered_fen,
    "overpayments_outstanding_fen": overpayments_outstanding_fen,
}


async def _grouped(session: AsyncSession, month: ColumnElement[Any], stmt: Select[Any]) -> dict[str, int]:
    rows = await session.execute(stmt.add_columns(month, func.count()).group_by(month))
    return {month_key(m): int(n) for m, n in rows.all()}


def _monthly_by_instant(column: Any, *conditions: Any) -> MonthlyQuery:
    async def query(session: AsyncSession, org_path: str, start: date, end: date) -> dict[str, int]:
        lo, hi = utc_bounds(start, end)
        month = month_of(column, instant=True)
        stmt = (
            select()
            .select_from(BenefitApplication)
            .where(_application_in(org_path), column >= lo, column < hi, *conditions)
        )
        return await _grouped(session, month, stmt)

    return query


async def objections_filed_monthly(
    session: AsyncSession, org_path: str, start: date, end: date
) -> dict[str, int]:
    lo, hi = utc_bounds(start, end)
    month = month_of(Objection.created_at, instant=True)
    stmt = (
        select()
        .select_from(Objection)
        .join(BenefitApplication, BenefitApplication.id == Objection.application_id)
        .where(_application_in(org_path), Objection.created_at >= lo, Objection.created_at < hi)
    )
    return await _grouped(session, month, stmt)


async def notices_published_monthly(
    session: AsyncSession, org_path: str, start: date, end: date
) -> dict[str, int]:
    month = month_of(PublicNotice.published_on)
    stmt = (
        select()
        .select_from(PublicNotice)
        .where(
            PublicNotice.community_id.in_(subtree_org_ids(org_path)),
            PublicNotice.published_on >= start,
            PublicNotice.published_on <= end,
        )
    )
    return await _grouped(session, month, stmt)


MONTHLY: dict[str, MonthlyQuery] = {
    "applications_submitted": _monthly_by_instant(BenefitApplication.submitted_at),
    "applications_enrolled": _monthly_by_instant(
        BenefitApplication.decided_at, BenefitApplication.status == ApplicationStatus.enrolled
    ),
    "objections_filed": objections_filed_monthly,
    "notices_published": notices_published_monthly,
}
