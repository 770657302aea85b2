"""Enrolments: who is paid under which program; suspend and end with a reason (Task 3)."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import JSONResponse

from app.clock import Today
from app.db import request_session
from app.deps import (
    CursorQuery,
    IdPath,
    LimitQuery,
    Reads,
    Requires,
    Session,
    UpdatedSinceQuery,
)
from app.models.benefits.enrolment import Enrolment
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit_ops import (
    EnrolmentDetail,
    EnrolmentImport,
    EnrolmentRead,
    ImportResult,
    OtherParentBody,
    ReasonBody,
    ResumeBody,
)
from app.schemas.common import AUTHED, problems
from app.services.benefits import enrolment_decisions as decision_service
from app.services.benefits import enrolment_join, enrolment_reads
from app.services.benefits import enrolments as enrolment_service
from app.services.benefits import imports as import_service
from app.services.benefits.enrolments import ENROLMENT_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/benefit-enrolments", tags=[TAG])


@router.get(
    "",
    operation_id="listBenefitEnrolments",
    summary="Enrolments in the caller's area",
    response_model=Page[EnrolmentRead],
    responses=problems(*AUTHED),
)
@lane
async def list_enrolments(
    request: Request,
    principal: Reads("benefits:read"),
    where: Annotated[enrolment_reads.EnrolmentFilters, Query()],
    updated_since: UpdatedSinceQuery = None,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    if updated_since is None:
        return await enrolment_reads.ENROLMENTS.page(principal, limit=limit, cursor=cursor, where=where)
    async with request_session(request) as session:
        page = await enrolment_reads.changes_page(
            session,
            request.app.state.settings,
            principal,
            where,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
        )
    return JSONResponse(page.model_dump(mode="json"))


@router.post(
    "/import",
    operation_id="importBenefitEnrolments",
    summary="Import existing rolls (存量导入): enrolments approved earlier, by document; street and district",
    status_code=status.HTTP_201_CREATED,
    response_model=ImportResult,
    responses=problems(*AUTHED, 404, 422),
)
async def import_enrolments(
    body: EnrolmentImport, session: Session, today: Today, principal: Requires("enrolments:manage")
) -> ImportResult:
    created, skipped, overridden = await import_service.import_enrolments(
        session,
        principal,
        body.program_id,
        [import_service.ImportRow(**row.model_dump()) for row in body.rows],
        today,
    )
    return ImportResult.model_validate(
        {
            "created": [EnrolmentRead.model_validate(e) for e in created],
            "skipped": skipped,
            "overridden": overridden,
        }
    )


@router.get(
    "/{enrolment_id}",
    operation_id="getBenefitEnrolment",
    summary="Read an enrolment, with the standard in force today and its overpayments to recover (追回)",
    response_model=EnrolmentDetail,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_enrolment(enrolment_id: IdPath, today: Today, principal: Reads("benefits:read")) -> Any:
    return await enrolment_reads.ENROLMENT.one(principal, enrolment_id, context=today)


@router.post(
    "/{enrolment_id}/other-parent",
    operation_id="enrolBenefitOtherParent",
    summary=(
        "Per-person programs: enrol the family's other parent from their own month, joining this "
        "enrolment's case (no second application); eligibility checked for that person on that day"
    ),
    status_code=status.HTTP_201_CREATED,
    response_model=EnrolmentRead,
    responses=problems(*AUTHED, 404, 409, 422),
)
async def enrol_other_parent(
    enrolment_id: IdPath,
    body: OtherParentBody,
    session: Session,
    today: Today,
    principal: Requires("enrolments:manage"),
) -> EnrolmentRead:
    enrolment = await enrolment_join.enrol_other_parent(
        session, principal, enrolment_id, eligible_from=body.eligible_from, note=body.note, today=today
    )
    return EnrolmentRead.model_validate(enrolment)


async def _present(session: Session, enrolment: Enrolment) -> EnrolmentRead:
    return EnrolmentRead.model_validate(enrolment)


WITH_BODY = problems(*AUTHED, 404, 409, 412, 422)
steps = StepRoutes(
    router,
    "enrolment_id",
    EnrolmentRead,
    _present,
    ENROLMENT_WORKFLOW,
    responses=problems(*AUTHED, 404, 409, 412),
)
steps.post(
    "suspend",
    "suspendBenefitEnrolment",
    "Suspend payments (停发) with a reason",
    partial(enrolment_service.stop_enrolment, step_name="suspend"),
    ReasonBody,
)
steps.post(
    "end",
    "endBenefitEnrolment",
    "End an enrolment (终止) with a reason",
    partial(enrolment_service.stop_enrolment, step_name="end"),
    ReasonBody,
)
steps.post(
    "resume",
    "resumeBenefitEnrolment",
    "Resume a suspended enrolment (恢复发放), with back pay of the missed months if decided",
    decision_service.resume_enrolment,
    ResumeBody,
    responses=WITH_BODY,
)
steps.post(
    "clear-review",
    "clearBenefitEnrolmentReview",
    "Confirm a flagged enrolment (a life event to check): a recorded decision that clears the flag",
    decision_service.clear_review,
    ReasonBody,
    responses=WITH_BODY,
)
