"""Equal basic public services for migrants (基本公共服务均等化) and their coverage.

Each service given to a migrant is one row (health record, health education, child vaccination,
maternal and child health, family planning services, free contraceptives). Family planning services
and contraceptives also come from the screening and dispensing records (the worker links them; see
``app.jobs``), so nobody types them twice. Coverage: of the migrants present six months or more on
the report day, the share who received each service during their stay.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org
from app.models.migrants.migrant import Migrant, MigrantStatus
from app.models.migrants.service import MigrantService, PublicServiceKind, ServiceSource
from app.schemas.migrants.migrant import CoverageReport, MigrantCoverageRow, ServiceCreate
from app.services.migrants.migrants import get_migrant
from app.services.migrants.scope import migrant_scope

ELIGIBLE_MONTHS = 6


def six_months_before(day: date) -> date:
    month = day.month - ELIGIBLE_MONTHS
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


async def record_service(
    session: AsyncSession, principal: Principal, migrant_id: int, data: ServiceCreate, today: date
) -> MigrantService:
    """Record one service given; not before arrival, not in the future, not twice the same day."""
    migrant = await get_migrant(session, principal, migrant_id)
    if data.delivered_on > today or data.delivered_on < migrant.arrival_date:
        raise Unprocessable("delivered_on must lie between arrival and today", loc=["body", "delivered_on"])
    service = MigrantService(
        migrant_id=migrant.id,
        kind=data.kind,
        delivered_on=data.delivered_on,
        note=data.note,
        source=ServiceSource.manual,
        recorded_by=principal.user_id,
    )
    session.add(service)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("This service is already recorded for that day") from exc
    org = await session.get(Org, migrant.community_id)
    await audit.record(
        session,
        actor=principal,
        action="migrant.service_recorded",
        object_type="migrant",
        object_id=migrant.id,
        scope_path=org.path if org else principal.org_path,
        detail={"kind": data.kind.value, "delivered_on": data.delivered_on.isoformat()},
    )
    return service


def eligible(as_of: date, where: ColumnElement[bool]) -> Select[tuple[int]]:
    """Migrants present on ``as_of`` who arrived six months or more before it."""
    return select(Migrant.id).where(
        where,
        Migrant.arrival_date <= six_months_before(as_of),
        (Migrant.status == MigrantStatus.present) | (Migrant.departed_on > as_of),
    )


async def coverage_counts(
    session: AsyncSession, as_of: date, where: ColumnElement[bool], group: Any
) -> tuple[dict[int | None, int], dict[tuple[int | None, str], int]]:
    """Eligible migrants per group, and per (group, kind) those served by ``as_of``."""
    base = eligible(as_of, where).subquery()
    key: Any = group if group is not None else literal(0)
    totals = {
        g: n
        for g, n in (
            await session.execute(
                select(key, func.count())
                .select_from(Migrant)
                .where(Migrant.id.in_(select(base.c.id)))
                .group_by(key)
            )
        ).all()
    }
    served_rows = await session.execute(
        select(key, MigrantService.kind, func.count(func.distinct(Migrant.id)))
        .select_from(Migrant)
        .join(MigrantService, MigrantService.migrant_id == Migrant.id)
        .where(
            Migrant.id.in_(select(base.c.id)),
            and_(MigrantService.delivered_on <= as_of, MigrantService.delivered_on >= Migrant.arrival_date),
        )
        .group_by(key, MigrantService.kind)
    )
    served = {(g, PublicServiceKind(k).value): n for g, k, n in served_rows.all()}
    return totals, served


async def coverage_report(
    session: AsyncSession, principal: Principal, *, as_of: date, group_by: str
) -> CoverageReport:
    """Per community (or unit): migrants present six months or more, and the share served per service."""
    group = Migrant.community_id if group_by == "community" else Migrant.employer_unit_id
    where = migrant_scope(principal)
    if group_by == "unit":
        where = and_(where, Migrant.employer_unit_id.is_not(None))
    totals, served = await coverage_counts(session, as_of, where, group)
    names: dict[int, str] = {
        row.id: row.name
        for row in (
            await session.execute(select(Org.id, Org.name).where(Org.id.in_([g for g in totals if g])))
        ).all()
    }
    rows = []
    for org_id in sorted(g for g in totals if g is not None):
        counts = {k.value: served.get((org_id, k.value), 0) for k in PublicServiceKind}
        total = totals[org_id]
        rows.append(
            MigrantCoverageRow(
                org_id=org_id,
                org_name=names.get(org_id, ""),
                eligible=total,
                served=counts,
                rates={k: round(n * 100 / total, 2) if total else None for k, n in counts.items()},
            )
        )
    return CoverageReport(as_of=as_of, group_by=group_by, rows=rows)
