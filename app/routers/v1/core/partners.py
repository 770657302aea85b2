"""Partners of the resource-sharing network (资源共享网络): providers that referrals go to."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.core.partner import PartnerCreate, PartnerRead, PartnerUpdate
from app.services.core import partner_reads
from app.services.core import partners as partner_service

router = APIRouter(
    prefix="/partners", tags=["Task 1 · Network (网络建设)", "Task 6 · Quality services (优质服务)"]
)

Writer = Requires("partners:write")


@router.get(
    "",
    operation_id="listPartners",
    summary="Partners serving the caller's area",
    response_model=Page[PartnerRead],
    responses=problems(*AUTHED),
)
@lane
async def list_partners(
    principal: Reads("partners:read"),
    where: Annotated[partner_reads.PartnerFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await partner_reads.PARTNERS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createPartner",
    summary="Register a partner organisation",
    status_code=status.HTTP_201_CREATED,
    response_model=PartnerRead,
    responses=problems(*AUTHED, 404),
)
async def create_partner(
    body: PartnerCreate, response: Response, session: Session, principal: Writer
) -> PartnerRead:
    partner = await partner_service.create_partner(session, principal, body)
    response.headers["Location"] = f"/api/v1/partners/{partner.id}"
    set_etag(response, partner.version)
    return PartnerRead.model_validate(partner)


@router.get(
    "/{partner_id}",
    operation_id="getPartner",
    summary="Read a partner",
    response_model=PartnerRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_partner(partner_id: IdPath, principal: Reads("partners:read")) -> Any:
    return await partner_reads.PARTNERS.one(principal, partner_id)


@router.patch(
    "/{partner_id}",
    operation_id="updatePartner",
    summary="Change a partner's details or retire it (active=false)",
    response_model=PartnerRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_partner(
    partner_id: IdPath,
    body: PartnerUpdate,
    response: Response,
    session: Session,
    principal: Writer,
    if_match: IfMatch,
) -> PartnerRead:
    partner = await partner_service.update_partner(session, principal, partner_id, body, if_match)
    set_etag(response, partner.version)
    return PartnerRead.model_validate(partner)
