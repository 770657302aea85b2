"""Referrals (转诊) to partner providers and their workflow steps."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.authz import Principal
from app.clock import Today
from app.deps import IfMatch, PageParams, Session, require, set_etag
from app.models.quality.referral import ReferralPriority, ReferralStatus
from app.pagination import Page
from app.routers.v1.quality.params import IdPath, IdQuery
from app.schemas.common import AUTHED, problems
from app.schemas.quality.referral import (
    ReferralAccept,
    ReferralComplete,
    ReferralCreate,
    ReferralRead,
    ReferralReason,
    ReferralSchedule,
)
from app.services.quality import referrals as referral_service

router = APIRouter(prefix="/referrals", tags=["Task 6 · Quality services (优质服务)"])

Reader = Annotated[Principal, require("referrals:read")]
Referrer = Annotated[Principal, require("referrals:write")]
Processor = Annotated[Principal, require("referrals:update")]
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)


@router.get(
    "",
    operation_id="listReferrals",
    summary="Referrals in the caller's area; overdue=true for late ones",
    response_model=Page[ReferralRead],
    responses=problems(*AUTHED),
)
async def list_referrals(
    session: Session,
    principal: Reader,
    page: PageParams,
    today: Today,
    status: Annotated[ReferralStatus | None, Query()] = None,
    overdue: Annotated[bool | None, Query(description="Open referrals past their follow-up date")] = None,
    partner_id: IdQuery = None,
    resident_id: IdQuery = None,
    screening_id: IdQuery = None,
    priority: Annotated[ReferralPriority | None, Query()] = None,
) -> Page[ReferralRead]:
    items, next_cursor = await referral_service.list_referrals(
        session,
        principal,
        status=status,
        overdue=overdue,
        partner_id=partner_id,
        resident_id=resident_id,
        screening_id=screening_id,
        priority=priority,
        limit=page.limit,
        cursor=page.cursor,
        today=today,
    )
    return Page(items=[referral_service.to_read(r, today) for r in items], next_cursor=next_cursor)


@router.post(
    "",
    operation_id="createReferral",
    summary="Refer a resident to a partner provider",
    status_code=status.HTTP_201_CREATED,
    response_model=ReferralRead,
    responses=problems(*AUTHED, 404),
)
async def create_referral(
    body: ReferralCreate, response: Response, session: Session, principal: Referrer, today: Today
) -> ReferralRead:
    referral = await referral_service.create_referral(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/referrals/{referral.id}"
    set_etag(response, referral.version)
    return referral_service.to_read(referral, today)


@router.get(
    "/{referral_id}",
    operation_id="getReferral",
    summary="Read a referral",
    response_model=ReferralRead,
    responses=problems(*AUTHED, 404),
)
async def get_referral(
    referral_id: IdPath, response: Response, session: Session, principal: Reader
) -> ReferralRead:
    referral = await referral_service.get_referral(session, principal, referral_id)
    set_etag(response, referral.version)
    return referral_service.to_read(referral)


@router.post(
    "/{referral_id}/accept",
    operation_id="acceptReferral",
    summary="The provider accepted the referral (requested → accepted)",
    response_model=ReferralRead,
    responses=STEP_PROBLEMS,
)
async def accept_referral(
    referral_id: IdPath,
    response: Response,
    session: Session,
    principal: Processor,
    if_match: IfMatch,
    body: ReferralAccept | None = None,
) -> ReferralRead:
    referral = await referral_service.transition(
        session,
        principal,
        referral_id,
        "accept",
        expected_version=if_match,
        comment=body.comment if body else None,
    )
    set_etag(response, referral.version)
    return referral_service.to_read(referral)


@router.post(
    "/{referral_id}/schedule",
    operation_id="scheduleReferral",
    summary="An appointment was made (accepted → scheduled; again to reschedule)",
    response_model=ReferralRead,
    responses=STEP_PROBLEMS,
)
async def schedule_referral(
    referral_id: IdPath,
    body: ReferralSchedule,
    response: Response,
    session: Session,
    principal: Processor,
    if_match: IfMatch,
) -> ReferralRead:
    referral = await referral_service.transition(
        session,
        principal,
        referral_id,
        "schedule",
        expected_version=if_match,
        scheduled_for=body.scheduled_for,
    )
    set_etag(response, referral.version)
    return referral_service.to_read(referral)


@router.post(
    "/{referral_id}/complete",
    operation_id="completeReferral",
    summary="The service was given (scheduled → completed, with the outcome)",
    response_model=ReferralRead,
    responses=STEP_PROBLEMS,
)
async def complete_referral(
    referral_id: IdPath,
    body: ReferralComplete,
    response: Response,
    session: Session,
    principal: Processor,
    if_match: IfMatch,
    today: Today,
) -> ReferralRead:
    referral = await referral_service.transition(
        session,
        principal,
        referral_id,
        "complete",
        expected_version=if_match,
        outcome=body.outcome,
        today=today,
    )
    set_etag(response, referral.version)
    return referral_service.to_read(referral)


@router.post(
    "/{referral_id}/decline",
    operation_id="declineReferral",
    summary="The provider declined (requested or accepted → declined, with a reason)",
    response_model=ReferralRead,
    responses=STEP_PROBLEMS,
)
async def decline_referral(
    referral_id: IdPath,
    body: ReferralReason,
    response: Response,
    session: Session,
    principal: Processor,
    if_match: IfMatch,
) -> ReferralRead:
    referral = await referral_service.transition(
        session, principal, referral_id, "decline", expected_version=if_match, reason=body.reason
    )
    set_etag(response, referral.version)
    return referral_service.to_read(referral)


@router.post(
    "/{referral_id}/cancel",
    operation_id="cancelReferral",
    summary="The referring side withdrew an open referral (→ cancelled, with a reason)",
    response_model=ReferralRead,
    responses=STEP_PROBLEMS,
)
async def cancel_referral(
    referral_id: IdPath,
    body: ReferralReason,
    response: Response,
    session: Session,
    principal: Referrer,
    if_match: IfMatch,
) -> ReferralRead:
    referral = await referral_service.transition(
        session, principal, referral_id, "cancel", expected_version=if_match, reason=body.reason
    )
    set_etag(response, referral.version)
    return referral_service.to_read(referral)
