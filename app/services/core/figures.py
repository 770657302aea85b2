"""Core figures from the family records: births, policy-compliant birth rate, sex ratio at birth.

Births are the children (not adopted) born in the period to families of the org's subtree: the
family's community is in it, or (for a unit) a parent is employed there. A birth is policy-compliant
(符合政策生育) when its birth order is within the birth policy rule in force on the child's birth date
(``birth_policy_rules``): under 全面两孩 (2016 to 2021-06-25) a first or second child, a third
needing an approval the records do not hold; under the three-child policy (from 2021-06-26) up to
the third. A birth on a day no rule covers is not judged (left out of the rate, still a birth).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery, once, subtree_org_ids
from app.models.core.birth_policy import BirthPolicyRule
from app.models.core.family import Child, Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, Sex
from app.services.core import birth_policy


async def _family_in(session: AsyncSession, org_path: str) -> ColumnElement[bool]:
    """The child's family is in the subtree: its community is, or (for a unit) a parent works there.

    Decided per birth by a scalar subquery (a primary-key probe of the family, and of its two parents
    only when its community is outside and the subtree has units), which PostgreSQL cannot turn into
    a pass over every family or every employee of the subtree: a period's births are far fewer.
    """
    orgs = (await session.execute(subtree_org_ids(org_path).add_columns(Org.kind).order_by(Org.id))).all()
    ids = [org_id for org_id, _ in orgs]
    units = [org_id for org_id, kind in orgs if kind == OrgKind.unit]
    whens: list[tuple[ColumnElement[bool], int]] = [(Family.community_id.in_(ids), 1)]
    if units:
        parent_employed = exists(
            select(Resident.id).where(
                or_(Resident.id == Family.husband_id, Resident.id == Family.wife_id),
                Resident.employer_unit_id.in_(units),
            )
        )
        whens.append((parent_employed, 1))
    member = select(case(*whens, else_=0)).where(Family.id == Child.family_id).scalar_subquery()
    return member == 1


async def _births(
    session: AsyncSession, org_path: str, start: date, end: date
) -> tuple[int, int, int, int, int]:
    """(births, compliant, judged, male, female) in the period; one query per request and period
    (memoised)."""
    return await once(
        session, ("core.births", org_path, start, end), partial(_count_births, session, org_path, start, end)
    )


async def _count_births(
    session: AsyncSession, org_path: str, start: date, end: date
) -> tuple[int, int, int, int, int]:
    # Births grouped by day, order and sex first: the rule in force is then looked up once per group
    # (a few hundred a year) rather than once per birth (50,000 a year in a district of 5 million).
    groups = (
        select(Child.birth_date, Child.birth_order, Child.sex, func.count().label("n"))
        .where(
            Child.adopted.is_(False),
            Child.birth_date >= start,
            Child.birth_date <= end,
            await _family_in(session, org_path),
        )
        .group_by(Child.birth_date, Child.birth_order, Child.sex)
        .subquery()
    )
    born = select(
        groups.c.n,
        groups.c.birth_order,
        groups.c.sex,
        birth_policy.in_force(BirthPolicyRule.children_within_policy, groups.c.birth_date).label("within"),
    ).subquery()
    judged = born.c.within.is_not(None)
    row = (
        await session.execute(
            select(
                func.coalesce(func.sum(born.c.n), 0),
                func.coalesce(
                    func.sum(case((and_(judged, born.c.birth_order <= born.c.within), born.c.n), else_=0)), 0
                ),
                func.coalesce(func.sum(case((judged, born.c.n), else_=0)), 0),
                func.coalesce(func.sum(case((born.c.sex == Sex.male, born.c.n), else_=0)), 0),
                func.coalesce(func.sum(case((born.c.sex == Sex.female, born.c.n), else_=0)), 0),
            )
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3]), int(row[4])


async def births(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Children born in the period (出生人数)."""
    return Figure.count((await _births(session, org_path, start, end))[0])


async def policy_compliant_birth_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Share of births within the birth policy in force on each birth date (政策符合率), percent."""
    _, compliant, judged, _, _ = await _births(session, org_path, start, end)
    return Figure.rate(compliant, judged)


async def sex_ratio_at_birth(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Boys born per 100 girls born (出生人口性别比)."""
    _, _, _, male, female = await _births(session, org_path, start, end)
    return Figure.rate(male, female, unit="ratio")


FIGURES: dict[str, FigureQuery] = {
    "births": births,
    "policy_compliant_birth_rate": policy_compliant_birth_rate,
    "sex_ratio_at_birth": sex_ratio_at_birth,
}
