"""Enrolments: who is paid under which program; suspend and end with a reason (Task 3)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.clock import Today
from app.deps import IdPath, IdQuery, IfMatch, PageParams, Requires, Session, set_etag
from app.models.benefits.enrolment import EnrolmentStatus
from app.pagination import Page
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit_ops import EnrolmentRead, ReasonBody
from app.schemas.common import AUTHED, problems
from app.services.benefits import enrolment_views
from app.services.benefits import enrolments as enrolment_service

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
    program_id: IdQuery = None,
    status: Annotated[EnrolmentStatus | None, Query()] = None,
    community_id: IdQuery = None,
    family_id: IdQuery = None,
    needs_review: Annotated[bool | None, Query()] = None,
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
    )
    return Page(items=await enrolment_views.to_reads(session, items), next_cursor=next_cursor)


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
    principal: Requires("enrolments:manage"),
    if_match: IfMatch,
) -> EnrolmentRead:
    enrolment = await enrolment_service.suspend_enrolment(
        session, principal, enrolment_id, body.reason, if_match
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
