"""The five links' own records (优质服务"五联"): pairings (对象联姻), network members (网络联盟) and
contact visits (感情联络). Each belongs to a community of the caller's area; the partner is one the
caller may use (its own area's or one serving above it) and still active; people named are residents
or families of that community. Referrals (工作联动) and activities with a partner (活动联办) are
recorded where they live (``POST /referrals``, ``POST /activities``). Every write is audited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, family_scope, resident_scope
from app.errors import Conflict, Unprocessable
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.five_links import ContactVisit, NetworkMember, PartnerPairing, PartnerPairingMember
from app.preconditions import check_version
from app.schemas.quality.five_links import ContactVisitCreate, NetworkMemberCreate, PartnerPairingCreate
from app.services.core.loading import one_or_404
from app.services.core.scope import partner_scope
from app.services.quality.scope import community_in_scope, member_scope


async def _partner(session: AsyncSession, principal: Principal, partner_id: int) -> Partner:
    partner = await one_or_404(
        session,
        select(Partner).where(Partner.id == partner_id, partner_scope(principal)),
        "Partner",
    )
    if not partner.active:
        raise Unprocessable(
            "This partner is no longer active", zh="该合作机构已停用", loc=["body", "partner_id"]
        )
    return partner


async def _members(
    session: AsyncSession, principal: Principal, org: Org, data: PartnerPairingCreate
) -> list[PartnerPairingMember]:
    """The paired residents and families, each of the pairing's community (422 naming the first not)."""
    checks: list[tuple[str, list[int], Any]] = [
        ("resident_ids", data.resident_ids, select(Resident.id).where(resident_scope(principal))),
        ("family_ids", data.family_ids, select(Family.id).where(family_scope(principal))),
    ]
    members: list[PartnerPairingMember] = []
    for field, ids, visible in checks:
        if len(set(ids)) != len(ids):
            raise Unprocessable(
                f"{field} lists an id twice", zh=f"{field} 中有重复的编号", loc=["body", field]
            )
        model = Resident if field == "resident_ids" else Family
        found = set(
            (await session.execute(visible.where(model.id.in_(ids), model.community_id == org.id))).scalars()
        )
        for index, id_ in enumerate(ids):
            if id_ not in found:
                raise Unprocessable(
                    f"{field}[{index}] is not of the pairing's community",
                    zh=f"{field}[{index}] 不属于结对的社区",
                    loc=["body", field, index],
                )
        members += [
            PartnerPairingMember(**({"resident_id": i} if model is Resident else {"family_id": i}))
            for i in ids
        ]
    return members


async def create_pairing(
    session: AsyncSession, principal: Principal, data: PartnerPairingCreate
) -> PartnerPairing:
    org = await community_in_scope(session, principal, data.org_id, ["body", "org_id"])
    partner = await _partner(session, principal, data.partner_id)
    if data.ended_on is not None and data.ended_on < data.started_on:
        raise Unprocessable(
            "ended_on is before started_on", zh="结束日期早于开始日期", loc=["body", "ended_on"]
        )
    if not data.resident_ids and not data.family_ids:
        raise Unprocessable(
            "Name the residents or families paired", zh="请列出结对的居民或家庭", loc=["body", "resident_ids"]
        )
    members = await _members(session, principal, org, data)
    pairing = PartnerPairing(
        org_id=org.id,
        partner_id=partner.id,
        target_group=data.target_group,
        title=data.title,
        services=list(data.services),
        started_on=data.started_on,
        ended_on=data.ended_on,
        created_by=principal.user_id,
    )
    session.add(pairing)
    await session.flush()
    for member in members:
        member.pairing_id = pairing.id
    session.add_all(members)
    await session.flush()
    detail = {"partner_id": partner.id, "target_group": data.target_group.value, "members": len(members)}
    await _audit(session, principal, "partner_pairing", pairing.id, "partner_pairing.create", detail)
    return pairing


async def create_network_member(
    session: AsyncSession, principal: Principal, data: NetworkMemberCreate, today: date
) -> NetworkMember:
    org = await community_in_scope(session, principal, data.org_id, ["body", "org_id"])
    partner = await _partner(session, principal, data.partner_id)
    if data.joined_on > today:
        raise Unprocessable("joined_on is in the future", zh="加入日期晚于今天", loc=["body", "joined_on"])
    already = await session.scalar(
        select(NetworkMember.id).where(
            NetworkMember.org_id == org.id,
            NetworkMember.partner_id == partner.id,
            NetworkMember.service_point == data.service_point,
            NetworkMember.left_on.is_(None),
        )
    )
    if already is not None:
        raise Conflict(
            f"This service point is already a member of the network (network member {already})",
            zh=f"该服务点已是网络联盟成员（成员编号 {already}）",
        )
    member = NetworkMember(
        org_id=org.id,
        partner_id=partner.id,
        service_point=data.service_point,
        address=data.address,
        services=list(data.services),
        joined_on=data.joined_on,
        created_by=principal.user_id,
    )
    session.add(member)
    await session.flush()
    detail = {"partner_id": partner.id, "services": list(data.services)}
    await _audit(session, principal, "network_member", member.id, "network_member.join", detail)
    return member


async def leave_network(
    session: AsyncSession,
    principal: Principal,
    member_id: int,
    left_on: date,
    expected_version: int | None,
    today: date,
) -> NetworkMember:
    member = await one_or_404(
        session,
        select(NetworkMember).where(NetworkMember.id == member_id, member_scope(principal)),
        "Network member",
    )
    check_version(member, expected_version)
    if member.left_on is not None:
        raise Conflict(
            f"The service point left the network on {member.left_on.isoformat()}",
            zh=f"该服务点已于 {member.left_on.isoformat()} 退出网络联盟",
        )
    if left_on < member.joined_on or left_on > today:
        raise Unprocessable(
            "left_on must lie between joined_on and today",
            zh="退出日期须在加入日期与今天之间",
            loc=["body", "left_on"],
        )
    member.left_on = left_on
    await session.flush()
    await _audit(
        session,
        principal,
        "network_member",
        member.id,
        "network_member.leave",
        {"left_on": left_on.isoformat()},
    )
    return member


async def create_contact_visit(
    session: AsyncSession, principal: Principal, data: ContactVisitCreate, today: date
) -> ContactVisit:
    org = await community_in_scope(session, principal, data.org_id, ["body", "org_id"])
    if (data.partner_id is None) == (data.resident_id is None):
        raise Unprocessable(
            "Give exactly one of partner_id and resident_id",
            zh="partner_id 与 resident_id 须且只能填写一个",
            loc=["body", "partner_id"],
        )
    if data.contacted_on > today:
        raise Unprocessable(
            "contacted_on is in the future", zh="联络日期晚于今天", loc=["body", "contacted_on"]
        )
    if data.partner_id is not None:
        await _partner(session, principal, data.partner_id)
    else:
        resident = await one_or_404(
            session,
            select(Resident).where(Resident.id == data.resident_id, resident_scope(principal)),
            "Resident",
        )
        if resident.community_id != org.id:
            raise Unprocessable(
                "The resident does not live in this community",
                zh="该居民不住在本社区",
                loc=["body", "resident_id"],
            )
    visit = ContactVisit(
        org_id=org.id,
        kind=data.kind,
        partner_id=data.partner_id,
        resident_id=data.resident_id,
        contacted_on=data.contacted_on,
        contact_by=data.contact_by,
        notes=data.notes,
        created_by=principal.user_id,
    )
    session.add(visit)
    await session.flush()
    detail = {"kind": data.kind.value, "partner_id": data.partner_id, "resident_id": data.resident_id}
    await _audit(session, principal, "contact_visit", visit.id, "contact_visit.create", detail)
    return visit


async def _audit(
    session: AsyncSession,
    principal: Principal,
    kind: str,
    object_id: int,
    action: str,
    detail: dict[str, Any],
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type=kind,
        object_id=object_id,
        scope_path=principal.org_path,
        detail=detail,
    )
