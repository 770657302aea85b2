"""Enrolments: who is paid under which program; suspend and end with a reason (Task 3)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import (
    IdPath,
    IdQuery,
    IfMatch,
    PageParams,
    Requires,
    Session,
    SettingsDep,
    UpdatedSinceQuery,
    set_etag,
)
from app.models.benefits.enrolment import EnrolmentStatus
from app.pagination import Page
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit_ops import (
    EnrolmentImport,
    EnrolmentRead,
    ImportResult,
    ReasonBody,
    ResumeBody,
)
from app.schemas.common import AUTHED, problems
from app.services.benefits import enrolment_decisions as decision_service
from app.services.benefits import enrolment_views
from app.services.benefits import enrolments as enrolment_service
from app.services.benefits import imports as import_service

router = APIRouter(prefix="/benefit-enrolments", tags=[TAG])


@router.get(
    "",
    operation_id="listBenefitEnrolments",
    summary="Enrolments in the caller's area",
    response_model=Page[EnrolmentRead],
    responses=problems(*AUTHED),
)
async def list_enrolments(
    session: Session,
    principal: Requires("benefits:read"),
    page: PageParams,
    settings: SettingsDep,
    program_id: IdQuery = None,
    status: Annotated[EnrolmentStatus | None, Query()] = None,
    community_id: IdQuery = None,
    family_id: IdQuery = None,
    needs_review: Annotated[bool | None, Query()] = None,
    updated_since: UpdatedSinceQuery = None,
) -> Page[EnrolmentRead]:
    items, next_cursor = await enrolment_service.list_enrolments(
        session,
        principal,
        program_id=program_id,
        status=status,
        community_id=community_id,
        family_id=family_id,
        needs_review=needs_review,
        limit=page.limit,
        cursor=page.cursor,
        settings=settings,
        updated_since=updated_since,
    )
    return Page(items=await enrolment_views.to_reads(session, items), next_cursor=next_cursor)


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
    created, skipped = await import_service.import_enrolments(
        session,
        principal,
        body.program_id,
        [import_service.ImportRow(**row.model_dump()) for row in body.rows],
        today,
    )
    return ImportResult.model_validate(
        {"created": [EnrolmentRead.model_validate(e) for e in created], "skipped": skipped}
    )


@router.get(
    "/{enrolment_id}",
    operation_id="getBenefitEnrolment",
    summary="Read an enrolment",
    response_model=EnrolmentRead,
    responses=problems(*AUTHED, 404),
)
async def get_enrolment(
    enrolment_id: IdPath, response: Response, session: Session, principal: Requires("benefits:read")
) -> EnrolmentRead:
    enrolment = await enrolment_service.get_enrolment(session, principal, enrolment_id)
    set_etag(response, enrolment.version)
    return EnrolmentRead.model_validate(enrolment)


@router.post(
    "/{enrolment_id}/suspend",
    operation_id="suspendBenefitEnrolment",
    summary="Suspend payments (停发) with a reason",
    response_model=EnrolmentRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def suspend_enrolment(
    enrolment_id: IdPath,
    body: ReasonBody,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("enrolments:manage"),
    if_match: IfMatch,
) -> EnrolmentRead:
    enrolment = await enrolment_service.suspend_enrolment(
        session, principal, enrolment_id, body.reason, today, if_match
    )
    set_etag(response, enrolment.version)
    return EnrolmentRead.model_validate(enrolment)


@router.post(
    "/{enrolment_id}/end",
    operation_id="endBenefitEnrolment",
    summary="End an enrolment (终止) with a reason",
    response_model=EnrolmentRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def end_enrolment(
    enrolment_id: IdPath,
    body: ReasonBody,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("enrolments:manage"),
    if_match: IfMatch,
) -> EnrolmentRead:
    enrolment = await enrolment_service.end_enrolment(
        session, principal, enrolment_id, body.reason, today, if_match
    )
    set_etag(response, enrolment.version)
    return EnrolmentRead.model_validate(enrolment)


@router.post(
    "/{enrolment_id}/resume",
    operation_id="resumeBenefitEnrolment",
    summary="Resume a suspended enrolment (恢复发放), with back pay of the missed months if decided",
    response_model=EnrolmentRead,
    responses=problems(*AUTHED, 404, 409, 412, 422),
)
async def resume_enrolment(
    enrolment_id: IdPath,
    body: ResumeBody,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("enrolments:manage"),
    if_match: IfMatch,
) -> EnrolmentRead:
    enrolment = await decision_service.resume_enrolment(
        session,
        principal,
        enrolment_id,
        reason=body.reason,
        back_pay=body.back_pay,
        today=today,
        expected_version=if_match,
    )
    set_etag(response, enrolment.version)
    return EnrolmentRead.model_validate(enrolment)


@router.post(
    "/{enrolment_id}/clear-review",
    operation_id="clearBenefitEnrolmentReview",
    summary="Confirm a flagged enrolment (a life event to check): a recorded decision that clears the flag",
    response_model=EnrolmentRead,
    responses=problems(*AUTHED, 404, 409, 412, 422),
)
async def clear_review(
    enrolment_id: IdPath,
    body: ReasonBody,
    response: Response,
    session: Session,
    principal: Requires("reverification:check"),
    if_match: IfMatch,
) -> EnrolmentRead:
    enrolment = await decision_service.clear_review(
        session, principal, enrolment_id, reason=body.reason, expected_version=if_match
    )
    set_etag(response, enrolment.version)
    return EnrolmentRead.model_validate(enrolment)
