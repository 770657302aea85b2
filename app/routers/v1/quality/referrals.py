"""Referrals (转诊) to partner providers and their workflow steps."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.models.quality.referral import Referral
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.quality.referral import (
    ReferralAccept,
    ReferralComplete,
    ReferralCreate,
    ReferralRead,
    ReferralReason,
    ReferralSchedule,
)
from app.services.quality import referral_reads
from app.services.quality import referrals as referral_service
from app.services.quality.referrals import REFERRAL_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/referrals", tags=["Task 6 · Quality services (优质服务)"])

Reader = Requires("referrals:read")
Referrer = Requires("referrals:write")
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)


@router.get(
    "",
    operation_id="listReferrals",
    summary="Referrals in the caller's area; overdue=true for late ones",
    response_model=Page[ReferralRead],
    responses=problems(*AUTHED),
)
@lane
async def list_referrals(
    principal: Reads("referrals:read"),
    today: Today,
    where: Annotated[referral_reads.ReferralFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await referral_reads.REFERRALS.page(
        principal, limit=limit, cursor=cursor, context=today, where=where, today=today
    )


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
@lane
async def get_referral(referral_id: IdPath, principal: Reads("referrals:read")) -> Any:
    return await referral_reads.REFERRALS.one(principal, referral_id)


async def _present(session: Session, referral: Referral) -> ReferralRead:
    return referral_service.to_read(referral)


def _step(action: str) -> Any:
    return partial(referral_service.transition, action=action)


steps = StepRoutes(router, "referral_id", ReferralRead, _present, REFERRAL_WORKFLOW, responses=STEP_PROBLEMS)
steps.post(
    "accept",
    "acceptReferral",
    "The provider accepted the referral (requested → accepted)",
    _step("accept"),
    ReferralAccept | None,
)
steps.post(
    "schedule",
    "scheduleReferral",
    "An appointment was made (accepted → scheduled; again to reschedule)",
    _step("schedule"),
    ReferralSchedule,
)
steps.post(
    "complete",
    "completeReferral",
    "The service was given (scheduled → completed, with the outcome)",
    _step("complete"),
    ReferralComplete,
)
steps.post(
    "decline",
    "declineReferral",
    "The provider declined (requested or accepted → declined, with a reason)",
    _step("decline"),
    ReferralReason,
)
steps.post(
    "cancel",
    "cancelReferral",
    "The referring side withdrew an open referral (→ cancelled, with a reason)",
    _step("cancel"),
    ReferralReason,
)
