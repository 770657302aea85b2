"""Org-scope filters for the quality-services rows (Task 6), built on ``app.authz``.

Casework rows (screenings, referrals, distribution points and everything stocked at them) belong to
one org and are visible in that org's subtree. Shared resources — partners and screening programs —
belong to the org they serve and are visible both inside that subtree and to the orgs above it, so
a community worker can refer to the street's maternal and child health hospital.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement

from app.authz import Principal, scoped_org_ids
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.referral import Referral
from app.models.quality.screening import Screening


def point_scope(principal: Principal) -> ColumnElement[bool]:
    """A distribution point is visible in its org's subtree: a community sees only its own points."""
    return DistributionPoint.org_id.in_(scoped_org_ids(principal))


def screening_scope(principal: Principal) -> ColumnElement[bool]:
    return Screening.org_id.in_(scoped_org_ids(principal))


def referral_scope(principal: Principal) -> ColumnElement[bool]:
    return Referral.org_id.in_(scoped_org_ids(principal))
