"""The five links counted for a period: one definition each, used by the per-community view
(``GET /five-links``) and by the figures leadership's indicators read (``quality.*``).

Each link's rows belong to a community (``org_id``). A count over a set of orgs is one grouped
query per link: the view groups by community, a figure sums the org's subtree.

* pairings in force during the period (started by its end, not ended before its start) and the
  residents and families paired in them (对象联姻);
* referrals requested in the period, and referrals completed in it (工作联动);
* member service points in the network at the period's end (joined by then, not left) (网络联盟);
* activities held with a partner in the period and their participants (活动联办): the grassroots
  area's activities with a ``partner_id``, read through a bare table reference (kept once there);
* visits and calls in the period (感情联络).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, subtree_org_ids, utc_bounds
from app.models.quality.five_links import ContactVisit, NetworkMember, PartnerPairing, PartnerPairingMember
from app.models.quality.referral import Referral, ReferralStatus

# Activities belong to the grassroots area; a joint activity is one held with a partner.
ACTIVITIES = table(
    "activities",
    column("id"),
    column("org_id"),
    column("partner_id"),
    column("title"),
    column("held_on"),
    column("attendance"),
)

Counter = Callable[[Any, date, date], Select[Any]]


def pairings_in_force(start: date, end: date) -> ColumnElement[bool]:
    return (PartnerPairing.started_on <= end) & (
        PartnerPairing.ended_on.is_(None) | (PartnerPairing.ended_on >= start)
    )


def members_at(end: date) -> ColumnElement[bool]:
    return (NetworkMember.joined_on <= end) & (
        NetworkMember.left_on.is_(None) | (NetworkMember.left_on > end)
    )


def joint_in(start: date, end: date) -> ColumnElement[bool]:
    held = ACTIVITIES.c.held_on
    return ACTIVITIES.c.partner_id.is_not(None) & (held >= start) & (held <= end)


def _pairings(orgs: Any, start: date, end: date) -> Select[Any]:
    return select(PartnerPairing.org_id, func.count()).where(
        PartnerPairing.org_id.in_(orgs), pairings_in_force(start, end)
    )


def _paired(orgs: Any, start: date, end: date) -> Select[Any]:
    return (
        select(PartnerPairing.org_id, func.count(PartnerPairingMember.id))
        .join(PartnerPairingMember, PartnerPairingMember.pairing_id == PartnerPairing.id)
        .where(PartnerPairing.org_id.in_(orgs), pairings_in_force(start, end))
    )


def requested_in(start: date, end: date) -> ColumnElement[bool]:
    lo, hi = utc_bounds(start, end)
    return (Referral.created_at >= lo) & (Referral.created_at < hi)


def _referrals(orgs: Any, start: date, end: date) -> Select[Any]:
    return select(Referral.org_id, func.count()).where(Referral.org_id.in_(orgs), requested_in(start, end))


def _completed(orgs: Any, start: date, end: date) -> Select[Any]:
    lo, hi = utc_bounds(start, end)
    return select(Referral.org_id, func.count()).where(
        Referral.org_id.in_(orgs),
        Referral.status == ReferralStatus.completed,
        Referral.closed_at >= lo,
        Referral.closed_at < hi,
    )


def _network(orgs: Any, start: date, end: date) -> Select[Any]:
    return select(NetworkMember.org_id, func.count()).where(NetworkMember.org_id.in_(orgs), members_at(end))


def _joint(orgs: Any, start: date, end: date) -> Select[Any]:
    return select(ACTIVITIES.c.org_id, func.count()).where(
        ACTIVITIES.c.org_id.in_(orgs), joint_in(start, end)
    )


def _participants(orgs: Any, start: date, end: date) -> Select[Any]:
    return select(ACTIVITIES.c.org_id, func.coalesce(func.sum(ACTIVITIES.c.attendance), 0)).where(
        ACTIVITIES.c.org_id.in_(orgs), joint_in(start, end)
    )


def _visits(orgs: Any, start: date, end: date) -> Select[Any]:
    return select(ContactVisit.org_id, func.count()).where(
        ContactVisit.org_id.in_(orgs), ContactVisit.contacted_on >= start, ContactVisit.contacted_on <= end
    )


@dataclass(frozen=True)
class Link:
    field: str  # the count's name in FiveLinkCounts
    figure: str  # the figure code under ``quality.``
    counter: Counter


LINKS = (
    Link("pairings", "partner_pairings", _pairings),
    Link("paired_members", "paired_members", _paired),
    Link("referrals", "referrals_made", _referrals),
    Link("referrals_completed", "referrals_completed", _completed),
    Link("network_members", "network_members", _network),
    Link("joint_activities", "joint_activities", _joint),
    Link("joint_activity_participants", "joint_activity_participants", _participants),
    Link("contact_visits", "contact_visits", _visits),
)


async def by_org(
    session: AsyncSession, org_ids: list[int], start: date, end: date
) -> dict[int, dict[str, int]]:
    """Every link's count per org of ``org_ids`` (0 where it has none)."""
    counts = {org_id: {link.field: 0 for link in LINKS} for org_id in org_ids}
    for link in LINKS:
        stmt = link.counter(org_ids, start, end)
        rows = await session.execute(stmt.group_by(stmt.selected_columns[0]))
        for org_id, n in rows.tuples():
            counts[org_id][link.field] = int(n or 0)
    return counts


def _figure(link: Link) -> Callable[[AsyncSession, str, date, date], Any]:
    async def figure(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
        stmt = link.counter(subtree_org_ids(org_path), start, end)
        per_org = stmt.group_by(stmt.selected_columns[0]).subquery()
        n = await session.scalar(select(func.coalesce(func.sum(list(per_org.c)[1]), 0)))
        return Figure.count(int(n or 0))

    figure.__name__ = link.figure
    figure.__doc__ = f"The five links: {link.field.replace('_', ' ')} of the subtree in the period."
    return figure


FIGURES = {link.figure: _figure(link) for link in LINKS}
