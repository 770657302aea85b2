"""Core figures from the family records: births, policy-compliant birth rate, sex ratio at birth.

Births are the children (not adopted) born in the period to families of the org's subtree: the
family's community is in it, or (for a unit) a parent is employed there. Under the 2016–2021 rule
(全面两孩) a birth is policy-compliant (符合政策生育) when it is the family's first or second child;
a third child needs an approval the records do not hold, so it is counted as not compliant.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, case, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery, subtree_org_ids
from app.models.core.family import Child, Family
from app.models.core.resident import Resident, Sex


def _family_in(org_path: str) -> ColumnElement[bool]:
    ids = subtree_org_ids(org_path)
    # Per family a primary-key probe of its two parents, not the set of every employee of the subtree.
    parent_employed = exists(
        select(Resident.id).where(
            or_(Resident.id == Family.husband_id, Resident.id == Family.wife_id),
            Resident.employer_unit_id.in_(ids),
        )
    )
    return or_(Family.community_id.in_(ids), parent_employed)


async def _births(session: AsyncSession, org_path: str, start: date, end: date) -> tuple[int, int, int, int]:
    """(births, compliant, male, female) in the period; one query per request and period (memoised)."""
    key = ("core.births", org_path, start, end)
    if key in session.info:
        cached: tuple[int, int, int, int] = session.info[key]
        return cached
    row = (
        await session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((Child.birth_order <= 2, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Child.sex == Sex.male, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Child.sex == Sex.female, 1), else_=0)), 0),
            )
            .join(Family, Family.id == Child.family_id)
            .where(
                Child.adopted.is_(False),
                Child.birth_date >= start,
                Child.birth_date <= end,
                _family_in(org_path),
            )
        )
    ).one()
    result = int(row[0]), int(row[1]), int(row[2]), int(row[3])
    session.info[key] = result
    return result


async def births(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Children born in the period (出生人数)."""
    return Figure.count((await _births(session, org_path, start, end))[0])


async def policy_compliant_birth_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Share of births that are a family's first or second child (政策符合率), percent."""
    total, compliant, _, _ = await _births(session, org_path, start, end)
    return Figure.rate(compliant, total)


async def sex_ratio_at_birth(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Boys born per 100 girls born (出生人口性别比)."""
    _, _, male, female = await _births(session, org_path, start, end)
    return Figure.rate(male, female, unit="ratio")


FIGURES: dict[str, FigureQuery] = {
    "births": births,
    "policy_compliant_birth_rate": policy_compliant_birth_rate,
    "sex_ratio_at_birth": sex_ratio_at_birth,
}
