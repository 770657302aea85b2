"""Benefit applications through community review, public notice, street and district (Task 3)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit import (
    ApplicationCreate,
    ApplicationDetail,
    ApplicationRead,
    ApplicationUpdate,
    ReviewBody,
    ReviewRead,
    WithdrawBody,
)
from app.schemas.common import AUTHED, problems
from app.services.benefits import application_reads
from app.services.benefits import applications as application_service
from app.services.benefits import reviews as review_service
from app.services.benefits.application_workflow import APPLICATION_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/benefit-applications", tags=[TAG])


async def _detail(session: Session, application: object) -> ApplicationDetail:
    detail = ApplicationDetail.model_validate(application)
    reviews = await application_service.get_reviews(session, detail.id)
    detail.reviews = [ReviewRead.model_validate(r) for r in reviews]
    return detail


@router.get(
    "",
    operation_id="listBenefitApplications",
    summary="Applications in the caller's area, newest first",
    response_model=Page[ApplicationRead],
    responses=problems(*AUTHED),
)
@lane
async def list_applications(
    principal: Reads("benefits:read"),
    where: Annotated[application_reads.ApplicationFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await application_reads.APPLICATIONS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createBenefitApplication",
    summary="Open an application for a family (community staff, or the paying unit's liaison)",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationDetail,
    responses=problems(*AUTHED, 404, 409),
)
async def create_application(
    body: ApplicationCreate, response: Response, session: Session, principal: Requires("benefits:apply")
) -> ApplicationDetail:
    application = await application_service.create_application(session, principal, body)
    response.headers["Location"] = f"/api/v1/benefit-applications/{application.id}"
    set_etag(response, application.version)
    return await _detail(session, application)


@router.get(
    "/{application_id}",
    operation_id="getBenefitApplication",
    summary="Read an application with every review decision so far",
    response_model=ApplicationDetail,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_application(application_id: IdPath, principal: Reads("benefits:read")) -> Any:
    return await application_reads.APPLICATION.one(principal, application_id)


@router.patch(
    "/{application_id}",
    operation_id="updateBenefitApplication",
    summary="Hand in materials or change the note (draft or returned for correction)",
    response_model=ApplicationDetail,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def update_application(
    application_id: IdPath,
    body: ApplicationUpdate,
    response: Response,
    session: Session,
    principal: Requires("benefits:apply"),
    if_match: IfMatch,
) -> ApplicationDetail:
    application = await application_service.update_application(
        session, principal, application_id, body, if_match
    )
    set_etag(response, application.version)
    return await _detail(session, application)


steps = StepRoutes(
    router,
    "application_id",
    ApplicationDetail,
    _detail,
    APPLICATION_WORKFLOW,
    responses=problems(*AUTHED, 404, 409),
)
steps.post(
    "submit",
    "submitBenefitApplication",
    "Submit (or resubmit after correction); eligibility is re-checked",
    application_service.submit_application,
)
steps.post(
    "review",
    "reviewBenefitApplication",
    "The review step due now: community, street (after the notice window) or district",
    review_service.review_application,
    ReviewBody,
    step=("community_review", "street_review", "district_review"),
    gate="benefits:read",
    description="The level follows the state: submitted → community review "
    "(benefits:review:community), in_notice → street review (benefits:review:street), "
    "street_approved → district approval (benefits:approve:district). "
    "`return` lists every missing material at once; `reject` needs a comment.",
)
steps.post(
    "withdraw",
    "withdrawBenefitApplication",
    "Withdraw an application before district approval",
    application_service.withdraw_application,
    WithdrawBody,
)
