"""Task 7: Association branches and members; integrity agreements, yearly reviews, signing rates."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.grassroots.association import (
    AgreementCreate,
    AgreementRead,
    AgreementReview,
    BranchCreate,
    BranchRead,
    MemberCreate,
    MemberRead,
    SigningRate,
)
from app.services.grassroots import association as service
from app.services.grassroots import association_reads

router = APIRouter(tags=["Task 7 · Integrity and the Association (诚信计生, 计生协)"])


@router.get(
    "/association/branches",
    operation_id="listAssociationBranches",
    summary="Association branches (计生协) of the caller's area",
    response_model=Page[BranchRead],
    responses=problems(*AUTHED),
)
@lane
async def list_branches(
    principal: Reads("grassroots:read"), limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Any:
    return await association_reads.BRANCHES.page(principal, limit=limit, cursor=cursor)


@router.post(
    "/association/branches",
    operation_id="createAssociationBranch",
    summary="Found a branch at a community or unit (one per org)",
    status_code=status.HTTP_201_CREATED,
    response_model=BranchRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_branch(
    body: BranchCreate, response: Response, session: Session, principal: Requires("association:write")
) -> BranchRead:
    branch = await service.create_branch(session, principal, body)
    response.headers["Location"] = f"/api/v1/association/branches/{branch.id}"
    set_etag(response, branch.version)
    return BranchRead.model_validate(branch)


@router.get(
    "/association/members",
    operation_id="listAssociationMembers",
    summary="Association members of the caller's area",
    response_model=Page[MemberRead],
    responses=problems(*AUTHED),
)
@lane
async def list_members(
    principal: Reads("grassroots:read"),
    where: Annotated[association_reads.MemberFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await association_reads.MEMBERS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/association/members",
    operation_id="addAssociationMember",
    summary="A resident or worker of the branch's org joins (joined date, role)",
    status_code=status.HTTP_201_CREATED,
    response_model=MemberRead,
    responses=problems(*AUTHED, 404, 409),
)
async def add_member(
    body: MemberCreate, response: Response, session: Session, principal: Requires("association:write")
) -> MemberRead:
    member = await service.add_member(session, principal, body)
    response.headers["Location"] = f"/api/v1/association/members/{member.id}"
    return MemberRead.model_validate(member)


@router.get(
    "/integrity-agreements",
    operation_id="listIntegrityAgreements",
    summary="Integrity agreements (诚信计生协议) of the caller's area, with their yearly reviews",
    response_model=Page[AgreementRead],
    responses=problems(*AUTHED),
)
@lane
async def list_agreements(
    principal: Reads("grassroots:read"),
    where: Annotated[association_reads.AgreementFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await association_reads.AGREEMENTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/integrity-agreements",
    operation_id="signIntegrityAgreement",
    summary="A family signs an integrity agreement: signed date, term, commitments",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    responses=problems(*AUTHED, 404, 409),
)
async def sign_agreement(
    body: AgreementCreate,
    response: Response,
    session: Session,
    principal: Requires("integrity:write"),
    today: Today,
) -> AgreementRead:
    agreement = await service.sign_agreement(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/integrity-agreements/{agreement.id}"
    return agreement


@router.get(
    "/integrity-agreements/signing-rates",
    operation_id="listIntegritySigningRates",
    summary="Per community: families with an agreement in force over all families (签约率)",
    response_model=list[SigningRate],
    responses=problems(*AUTHED),
)
async def signing_rates(
    session: Session,
    principal: Requires("grassroots:read"),
    today: Today,
    on: Annotated[IsoDate | None, Query(description="Default: today")] = None,
) -> list[SigningRate]:
    return await service.signing_rates(session, principal, on or today)


@router.get(
    "/integrity-agreements/{agreement_id}",
    operation_id="getIntegrityAgreement",
    summary="Read an agreement with its yearly reviews",
    response_model=AgreementRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_agreement(agreement_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await association_reads.AGREEMENTS.one(principal, agreement_id)


@router.post(
    "/integrity-agreements/{agreement_id}/reviews",
    operation_id="reviewIntegrityAgreement",
    summary="The yearly review of fulfilment: kept, or broken with a reason (once a year)",
    status_code=status.HTTP_201_CREATED,
    response_model=AgreementRead,
    responses=problems(*AUTHED, 404, 409),
)
async def review_agreement(
    agreement_id: IdPath,
    body: AgreementReview,
    session: Session,
    principal: Requires("integrity:write"),
    today: Today,
) -> AgreementRead:
    return await service.review_agreement(session, principal, agreement_id, body, today)
