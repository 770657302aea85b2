"""The five links per community for a period (``GET /five-links``): the counts of every community
of the caller's area, and for one community its counts with the latest records of each link.

The counts are those of :mod:`app.services.quality.five_link_counts` (the ``quality.*`` figures);
the records are the ones counted, newest first, with the names a screen shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, in_subtree
from app.clock import local_date
from app.models.core.org import Org, OrgKind
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.five_links import ContactVisit, NetworkMember, PartnerPairing, PartnerPairingMember
from app.models.quality.referral import Referral
from app.schemas.quality.five_links import (
    ContactVisitRead,
    FiveLinkCounts,
    FiveLinksSummary,
    FiveLinksView,
    JointActivity,
    NetworkMemberRead,
    PartnerPairingRead,
    WorkLink,
)
from app.services.core.loading import date_range
from app.services.quality import five_link_counts as counts
from app.services.quality.scope import community_in_scope

RECENT = 5


def period(date_from: date | None, date_to: date | None, today: date) -> tuple[date, date]:
    """The period asked for; by default this year up to today (a reversed range is 422). Without an
    end, a start still to come is a one-day period of its own (nothing counted yet)."""
    end = date_to or max(today, date_from or today)
    start = date_from or date(end.year, 1, 1)
    date_range(Org.id, start, end, "date")
    return start, end


async def summary(session: AsyncSession, principal: Principal, start: date, end: date) -> FiveLinksSummary:
    """Every community of the caller's area, in id order, with its five links' counts."""
    orgs = (
        await session.execute(
            select(Org.id, Org.name)
            .where(in_subtree(Org.path, principal), Org.kind == OrgKind.community)
            .order_by(Org.id)
        )
    ).all()
    found = await counts.by_org(session, [o.id for o in orgs], start, end)
    items = [FiveLinkCounts(org_id=o.id, org_name=o.name, **found[o.id]) for o in orgs]
    return FiveLinksSummary(date_from=start, date_to=end, items=items)


async def community(
    session: AsyncSession, principal: Principal, org_id: int, start: date, end: date
) -> FiveLinksView:
    org = await community_in_scope(session, principal, org_id, ["path", "org_id"])
    found = (await counts.by_org(session, [org.id], start, end))[org.id]
    return FiveLinksView(
        date_from=start,
        date_to=end,
        counts=FiveLinkCounts(org_id=org.id, org_name=org.name, **found),
        pairings=await _pairings(session, org, start, end),
        referrals=await _referrals(session, org, start, end),
        network_members=await _network(session, org, end),
        joint_activities=await _joint(session, org, start, end),
        contact_visits=await _visits(session, org, start, end),
    )


def _partner_name(column: Any) -> Any:
    return select(Partner.name).where(Partner.id == column).scalar_subquery().label("partner_name")


async def _rows(session: AsyncSession, stmt: Select[Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in (await session.execute(stmt.limit(RECENT))).mappings()]


async def _pairings(session: AsyncSession, org: Org, start: date, end: date) -> list[PartnerPairingRead]:
    members = select(func.count(PartnerPairingMember.id)).where(
        PartnerPairingMember.pairing_id == PartnerPairing.id
    )
    stmt = (
        select(PartnerPairing, _partner_name(PartnerPairing.partner_id), members.scalar_subquery())
        .where(PartnerPairing.org_id == org.id, counts.pairings_in_force(start, end))
        .order_by(PartnerPairing.started_on.desc(), PartnerPairing.id.desc())
    )
    rows = (await session.execute(stmt.limit(RECENT))).all()
    return [
        PartnerPairingRead.model_validate(
            {**_fields(p, PartnerPairingRead), "org_name": org.name, "partner_name": name, "members": n}
        )
        for p, name, n in rows
    ]


async def _network(session: AsyncSession, org: Org, end: date) -> list[NetworkMemberRead]:
    stmt = (
        select(NetworkMember, _partner_name(NetworkMember.partner_id))
        .where(NetworkMember.org_id == org.id, counts.members_at(end))
        .order_by(NetworkMember.joined_on.desc(), NetworkMember.id.desc())
    )
    rows = (await session.execute(stmt.limit(RECENT))).all()
    return [
        NetworkMemberRead.model_validate(
            {**_fields(m, NetworkMemberRead), "org_name": org.name, "partner_name": n}
        )
        for m, n in rows
    ]


async def _visits(session: AsyncSession, org: Org, start: date, end: date) -> list[ContactVisitRead]:
    resident = select(Resident.name).where(Resident.id == ContactVisit.resident_id).scalar_subquery()
    stmt = (
        select(ContactVisit, _partner_name(ContactVisit.partner_id), resident.label("resident_name"))
        .where(
            ContactVisit.org_id == org.id,
            ContactVisit.contacted_on >= start,
            ContactVisit.contacted_on <= end,
        )
        .order_by(ContactVisit.contacted_on.desc(), ContactVisit.id.desc())
    )
    rows = (await session.execute(stmt.limit(RECENT))).all()
    return [
        ContactVisitRead.model_validate(
            {**_fields(v, ContactVisitRead), "org_name": org.name, "partner_name": p, "resident_name": r}
        )
        for v, p, r in rows
    ]


async def _referrals(session: AsyncSession, org: Org, start: date, end: date) -> list[WorkLink]:
    resident = select(Resident.name).where(Resident.id == Referral.resident_id).scalar_subquery()
    stmt = (
        select(
            Referral.id,
            Referral.org_id,
            Referral.partner_id,
            _partner_name(Referral.partner_id),
            resident.label("resident_name"),
            Referral.status,
            Referral.created_at,
        )
        .where(Referral.org_id == org.id, counts.requested_in(start, end))
        .order_by(Referral.created_at.desc(), Referral.id.desc())
    )
    return [
        WorkLink.model_validate({**row, "requested_on": local_date(row["created_at"])})
        for row in await _rows(session, stmt)
    ]


async def _joint(session: AsyncSession, org: Org, start: date, end: date) -> list[JointActivity]:
    a = counts.ACTIVITIES.c
    stmt = (
        select(a.id, a.org_id, a.partner_id, _partner_name(a.partner_id), a.title, a.held_on, a.attendance)
        .where(a.org_id == org.id, counts.joint_in(start, end))
        .order_by(a.held_on.desc(), a.id.desc())
    )
    return [JointActivity.model_validate(row) for row in await _rows(session, stmt)]


def _fields(obj: Any, schema: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in schema.model_fields if hasattr(obj, name)}
