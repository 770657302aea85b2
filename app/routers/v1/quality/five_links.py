"""The five links of the quality service action (优质服务"五联"): pairings (对象联姻), network
members (网络联盟), contact visits (感情联络), and the per-community view of all five for a period
(with referrals, 工作联动, and activities held with a partner, 活动联办)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.quality.five_links import (
    ContactVisitCreate,
    ContactVisitRead,
    FiveLinksSummary,
    FiveLinksView,
    NetworkMemberCreate,
    NetworkMemberLeave,
    NetworkMemberRead,
    PartnerPairingCreate,
    PartnerPairingRead,
)
from app.services.quality import five_link_reads as reads
from app.services.quality import five_link_view as view
from app.services.quality import five_links as service

router = APIRouter(tags=["Task 6 · Quality services (优质服务)"])
Writer = Requires("five-links:write")
READ = "five-links:read"
DateFrom = Annotated[IsoDate | None, Query(description="First day of the period (default: 1 January)")]
DateTo = Annotated[
    IsoDate | None,
    Query(description="Last day of the period (default: today, or `date_from` when that is later)"),
]


@router.get(
    "/five-links",
    operation_id="listFiveLinks",
    summary="The five links (五联) of every community of the caller's area for a period: the counts",
    response_model=FiveLinksSummary,
    responses=problems(*AUTHED),
)
async def five_links(
    session: Session,
    principal: Requires(READ),
    today: Today,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> Any:
    start, end = view.period(date_from, date_to, today)
    return await view.summary(session, principal, start, end)


@router.get(
    "/five-links/{org_id}",
    operation_id="getCommunityFiveLinks",
    summary="One community's five links for a period: the counts and the latest records of each",
    response_model=FiveLinksView,
    responses=problems(*AUTHED, 404),
)
async def community_five_links(
    org_id: IdPath,
    session: Session,
    principal: Requires(READ),
    today: Today,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> Any:
    start, end = view.period(date_from, date_to, today)
    return await view.community(session, principal, org_id, start, end)


@router.get(
    "/partner-pairings",
    operation_id="listPartnerPairings",
    summary="Pairings of partners with groups of residents or families (对象联姻), newest first",
    response_model=Page[PartnerPairingRead],
    responses=problems(*AUTHED),
)
@lane
async def list_pairings(
    principal: Reads(READ),
    where: Annotated[reads.PairingFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.PAIRINGS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/partner-pairings",
    operation_id="createPartnerPairing",
    summary="Pair a partner with a group of one community's residents or families (对象联姻)",
    status_code=status.HTTP_201_CREATED,
    response_model=PartnerPairingRead,
    responses=problems(*AUTHED, 404),
)
async def create_pairing(
    body: PartnerPairingCreate, response: Response, session: Session, principal: Writer
) -> Any:
    pairing = await service.create_pairing(session, principal, body)
    response.headers["Location"] = f"/api/v1/partner-pairings/{pairing.id}"
    set_etag(response, pairing.version)
    return await reads.read_in_session(session, reads.PAIRINGS, PartnerPairingRead, pairing.id)


@router.get(
    "/partner-pairings/{pairing_id}",
    operation_id="getPartnerPairing",
    summary="Read a pairing",
    response_model=PartnerPairingRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_pairing(pairing_id: IdPath, principal: Reads(READ)) -> Any:
    return await reads.PAIRINGS.one(principal, pairing_id)


@router.get(
    "/network-members",
    operation_id="listNetworkMembers",
    summary="Member service points of the communities' service networks (网络联盟) and what they provide",
    response_model=Page[NetworkMemberRead],
    responses=problems(*AUTHED),
)
@lane
async def list_network_members(
    principal: Reads(READ),
    where: Annotated[reads.NetworkMemberFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.NETWORK_MEMBERS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/network-members",
    operation_id="createNetworkMember",
    summary="A partner's service point joins a community's service network (网络联盟)",
    status_code=status.HTTP_201_CREATED,
    response_model=NetworkMemberRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_network_member(
    body: NetworkMemberCreate, response: Response, session: Session, principal: Writer, today: Today
) -> Any:
    member = await service.create_network_member(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/network-members/{member.id}"
    set_etag(response, member.version)
    return await reads.read_in_session(session, reads.NETWORK_MEMBERS, NetworkMemberRead, member.id)


@router.get(
    "/network-members/{member_id}",
    operation_id="getNetworkMember",
    summary="Read a network member",
    response_model=NetworkMemberRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_network_member(member_id: IdPath, principal: Reads(READ)) -> Any:
    return await reads.NETWORK_MEMBERS.one(principal, member_id)


@router.post(
    "/network-members/{member_id}/leave",
    operation_id="leaveNetwork",
    summary="The service point leaves the network on a day",
    response_model=NetworkMemberRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def leave_network(
    member_id: IdPath,
    body: NetworkMemberLeave,
    response: Response,
    session: Session,
    principal: Writer,
    if_match: IfMatch,
    today: Today,
) -> Any:
    member = await service.leave_network(session, principal, member_id, body.left_on, if_match, today)
    set_etag(response, member.version)
    return await reads.read_in_session(session, reads.NETWORK_MEMBERS, NetworkMemberRead, member.id)


@router.get(
    "/contact-visits",
    operation_id="listContactVisits",
    summary="Visits and calls to partners and residents (感情联络), newest first",
    response_model=Page[ContactVisitRead],
    responses=problems(*AUTHED),
)
@lane
async def list_contact_visits(
    principal: Reads(READ),
    where: Annotated[reads.VisitFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.CONTACT_VISITS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/contact-visits",
    operation_id="createContactVisit",
    summary="Record a visit or a call to a partner or a resident (感情联络)",
    status_code=status.HTTP_201_CREATED,
    response_model=ContactVisitRead,
    responses=problems(*AUTHED, 404),
)
async def create_contact_visit(
    body: ContactVisitCreate, response: Response, session: Session, principal: Writer, today: Today
) -> Any:
    visit = await service.create_contact_visit(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/contact-visits/{visit.id}"
    set_etag(response, visit.version)
    return await reads.read_in_session(session, reads.CONTACT_VISITS, ContactVisitRead, visit.id)


@router.get(
    "/contact-visits/{visit_id}",
    operation_id="getContactVisit",
    summary="Read a contact visit",
    response_model=ContactVisitRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_contact_visit(visit_id: IdPath, principal: Reads(READ)) -> Any:
    return await reads.CONTACT_VISITS.one(principal, visit_id)
