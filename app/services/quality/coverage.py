"""Screening coverage (覆盖率): per org, eligible residents, the target (typed or derived) and the
distinct residents screened against it. See ``populations`` for the target population."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, in_subtree
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.models.quality.screening import Screening, ScreeningTarget
from app.schemas.quality.screening import CoverageRow
from app.services.quality import populations
from app.services.quality.screening import get_program


def _pairs(rows: Sequence[Any]) -> dict[int | None, int]:
    return {key: int(value) for key, value in rows}


async def coverage(session: AsyncSession, principal: Principal, program_id: int) -> list[CoverageRow]:
    """Per community of the program's area (and org with a typed target), in the caller's area:
    eligible residents, the target (typed, or else the eligible count) and distinct residents
    screened against it (覆盖率)."""
    program = await get_program(session, principal, program_id)
    program_org = await populations.program_org_of(session, program)
    typed: dict[int | None, int] = _pairs(
        (
            await session.execute(
                select(ScreeningTarget.org_id, ScreeningTarget.target_count).where(
                    ScreeningTarget.program_id == program.id
                )
            )
        ).all()
    )
    found = (
        await session.execute(
            select(Org)
            .where(
                in_subtree(Org.path, principal),
                (Org.path.startswith(program_org.path, autoescape=True) & (Org.kind == OrgKind.community))
                | Org.id.in_([i for i in typed if i is not None]),
            )
            .order_by(Org.id)
        )
    ).scalars()
    orgs = list(found)
    eligible = populations.eligible_condition(program, program_org)
    ids = [o.id for o in orgs]
    by_community: dict[int | None, int] = _pairs(
        (
            await session.execute(
                select(Resident.community_id, func.count())
                .where(eligible, Resident.community_id.in_(ids))
                .group_by(Resident.community_id)
            )
        ).all()
    )
    by_unit: dict[int | None, int] = _pairs(
        (
            await session.execute(
                select(Resident.employer_unit_id, func.count())
                .where(eligible, Resident.employer_unit_id.in_(ids))
                .group_by(Resident.employer_unit_id)
            )
        ).all()
    )
    screened: dict[int | None, int] = _pairs(
        (
            await session.execute(
                select(Screening.counted_org_id, func.count(func.distinct(Screening.resident_id)))
                .where(Screening.program_id == program.id, Screening.counted_org_id.in_(ids))
                .group_by(Screening.counted_org_id)
            )
        ).all()
    )
    rows = []
    for org in orgs:
        n_eligible = int(by_unit.get(org.id, 0) if org.kind is OrgKind.unit else by_community.get(org.id, 0))
        target = int(typed[org.id]) if org.id in typed else n_eligible
        n = int(screened.get(org.id, 0))
        rows.append(
            CoverageRow(
                org_id=org.id,
                org_name=org.name,
                eligible=n_eligible,
                target_source="typed" if org.id in typed else "derived",
                target_count=target,
                screened=n,
                coverage_rate=round(100 * n / target, 2) if target else None,
            )
        )
    return rows
