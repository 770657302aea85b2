"""Org-scope filters for the quality-services rows (Task 6), built on ``app.authz``.

Casework rows (screenings, referrals, distribution points and everything stocked at them) belong to
one org and are visible in that org's subtree. Shared resources — partners and screening programs —
belong to the org they serve and are visible both inside that subtree and to the orgs above it, so
a community worker can refer to the street's maternal and child health hospital.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, scoped_org_ids, shared_scope
from app.errors import NotFound, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.five_links import ContactVisit, NetworkMember, PartnerPairing
from app.models.quality.pregnancy import Pregnancy
from app.models.quality.referral import Referral
from app.models.quality.screening import Screening, ScreeningProgram
from app.models.quality.stock import Dispensation, StockBatch, StockMovement


def point_scope(principal: Principal) -> ColumnElement[bool]:
    """A distribution point is visible in its org's subtree: a community sees only its own points."""
    return DistributionPoint.org_id.in_(scoped_org_ids(principal))


def screening_scope(principal: Principal) -> ColumnElement[bool]:
    return Screening.org_id.in_(scoped_org_ids(principal))


def referral_scope(principal: Principal) -> ColumnElement[bool]:
    return Referral.org_id.in_(scoped_org_ids(principal))


def pairing_scope(principal: Principal) -> ColumnElement[bool]:
    return PartnerPairing.org_id.in_(scoped_org_ids(principal))


def member_scope(principal: Principal) -> ColumnElement[bool]:
    return NetworkMember.org_id.in_(scoped_org_ids(principal))


def visit_scope(principal: Principal) -> ColumnElement[bool]:
    return ContactVisit.org_id.in_(scoped_org_ids(principal))


async def community_in_scope(
    session: AsyncSession, principal: Principal, org_id: int, loc: list[str | int]
) -> Org:
    """A community of the caller's area (another org: 404; not a community: 422)."""
    org = (
        await session.execute(select(Org).where(Org.id == org_id, Org.id.in_(scoped_org_ids(principal))))
    ).scalar_one_or_none()
    if org is None:
        raise NotFound("Org not found")
    if org.kind is not OrgKind.community:
        raise Unprocessable("org_id must be a community", zh="org_id 必须是社区", loc=loc)
    return org


def pregnancy_scope(principal: Principal) -> ColumnElement[bool]:
    return Pregnancy.org_id.in_(scoped_org_ids(principal))


def program_scope(principal: Principal) -> ColumnElement[bool]:
    return shared_scope(ScreeningProgram.org_id, principal)


def at_points_in_scope(point_id: Any, principal: Principal) -> ColumnElement[bool]:
    return point_id.in_(select(DistributionPoint.id).where(point_scope(principal)))


def movement_scope(principal: Principal) -> ColumnElement[bool]:
    return at_points_in_scope(StockMovement.point_id, principal)


def batch_scope(principal: Principal) -> ColumnElement[bool]:
    return at_points_in_scope(StockBatch.point_id, principal)


def dispensation_scope(principal: Principal) -> ColumnElement[bool]:
    return at_points_in_scope(Dispensation.point_id, principal)
