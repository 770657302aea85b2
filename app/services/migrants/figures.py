"""Figures of Task 5 for leadership (responsibility books, dashboard, annual report).

Signature ``(session, org_path, start, end) -> Figure`` (see ``app.figures``); the org subtree is
matched by the community the migrant lives in or the unit that employs them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.migrants.migrant import CertificateStatus, Migrant, MigrantStatus
from app.models.migrants.service import PublicServiceKind
from app.services.migrants.public_services import coverage_counts


def _in_subtree(org_path: str) -> ColumnElement[bool]:
    orgs = select(Org.id).where(Org.path.startswith(org_path, autoescape=True))
    return or_(Migrant.community_id.in_(orgs), Migrant.employer_unit_id.in_(orgs))


def _present_on(day: date) -> ColumnElement[bool]:
    return (Migrant.arrival_date <= day) & (
        (Migrant.status == MigrantStatus.present) | (Migrant.departed_on > day)
    )


async def migrants_present(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Migrants living in the area on the period's last day."""
    n = (
        await session.execute(select(func.count()).where(_in_subtree(org_path), _present_on(end)))
    ).scalar_one()
    return Figure.count(n)


async def migrants_arrived(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Arrivals registered in the period (流入登记)."""
    n = (
        await session.execute(
            select(func.count()).where(_in_subtree(org_path), Migrant.arrival_date.between(start, end))
        )
    ).scalar_one()
    return Figure.count(n)


async def migrant_certificate_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """婚育证明 rate: of the migrants present on the last day, the share whose certificate is
    submitted or verified (the certificate's current state)."""
    where = (_in_subtree(org_path), _present_on(end))
    total = (await session.execute(select(func.count()).where(*where))).scalar_one()
    with_certificate = (
        await session.execute(
            select(func.count()).where(
                *where,
                Migrant.certificate_status.in_([CertificateStatus.submitted, CertificateStatus.verified]),
            )
        )
    ).scalar_one()
    return Figure.rate(with_certificate, total)


TOWNSHIP_DIGITS = 9  # a division code's first nine digits name the township (乡镇、街道)


def information_complete() -> ColumnElement[bool]:
    """A migrant's information record is complete (信息采集完整) when, beyond what registration
    requires (name, sex, ID number, birth date, marital status, current address, arrival date), it
    has a contact phone for the resident and the household registration place down to the township:
    a division code of nine or more digits whose seventh to ninth are not all zero (a verification
    request goes to that township's office)."""
    code = Migrant.household_division_code
    complete_code = (func.length(code) >= TOWNSHIP_DIGITS) & (func.substr(code, 7, 3) != "000")
    phone = (
        select(Resident.id)
        .where(Resident.id == Migrant.resident_id, Resident.phone_enc.is_not(None))
        .exists()
    )
    return complete_code & phone


async def migrant_information_collection_rate(
    session: AsyncSession, org_path: str, start: date, end: date
) -> Figure:
    """流动人口信息采集率: of the migrants present on the period's last day (living in the area or
    employed by its unit), those whose information record is complete (``information_complete``)."""
    where = (_in_subtree(org_path), _present_on(end))
    total, complete = (
        await session.execute(
            select(func.count(), func.count().filter(information_complete()))
            .select_from(Migrant)
            .where(*where)
        )
    ).one()
    return Figure.rate(int(complete), int(total))


def _coverage(kind: PublicServiceKind) -> FigureQuery:
    async def figure(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
        totals, served = await coverage_counts(session, end, _in_subtree(org_path), None)
        total = sum(totals.values())
        return Figure.rate(sum(n for (_, k), n in served.items() if k == kind.value), total)

    figure.__doc__ = f"Share of migrants present six months or more who received {kind.value}."
    return figure


FIGURES: dict[str, FigureQuery] = {
    "migrants_present": migrants_present,
    "migrants_arrived": migrants_arrived,
    "migrant_certificate_rate": migrant_certificate_rate,
    "migrant_information_collection_rate": migrant_information_collection_rate,
    **{f"migrant_service_coverage_{k.value}": _coverage(k) for k in PublicServiceKind},
}
