"""Task 8, sunshine family planning: public commitments; feedback and complaints (staff and public)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response, status
from fastapi.responses import JSONResponse

from app.clock import Today
from app.db import request_session
from app.deps import (
    CursorQuery,
    IdPath,
    IfMatch,
    LimitQuery,
    Reads,
    Requires,
    Session,
    SettingsDep,
    set_etag,
)
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.sunshine import (
    CommitmentCreate,
    CommitmentRead,
    CommitmentUpdate,
    EscalationResult,
    FeedbackCreate,
    FeedbackPublicView,
    FeedbackRating,
    FeedbackRead,
    FeedbackReceipt,
    FeedbackReply,
    FeedbackTextsStop,
    PublicCommitment,
)
from app.services.grassroots import commitments as commitment_service
from app.services.grassroots import feedback as feedback_service
from app.services.grassroots import feedback_escalation, feedback_reads
from app.services.grassroots import sunshine_reads as reads
from app.services.grassroots.feedback import FEEDBACK_WORKFLOW
from app.step_routes import step_principal

TAG = "Task 8 · Sunshine family planning (阳光计生)"
router = APIRouter(tags=[TAG])
public_router = APIRouter(prefix="/public", tags=["Public (no sign-in)"])
TrackingCode = Annotated[str, Path(min_length=8, max_length=20, pattern=r"^[A-Za-z0-9 -]+$")]


@router.get(
    "/commitments",
    operation_id="listCommitments",
    summary="Public commitments of the caller's area",
    response_model=Page[CommitmentRead],
    responses=problems(*AUTHED),
)
@lane
async def list_commitments(
    principal: Reads("grassroots:read"),
    where: Annotated[reads.CommitmentFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.COMMITMENTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/commitments",
    operation_id="createCommitment",
    summary="A street or community commits publicly (what, by when); published at once by default",
    status_code=status.HTTP_201_CREATED,
    response_model=CommitmentRead,
    responses=problems(*AUTHED, 404),
)
async def create_commitment(
    body: CommitmentCreate,
    response: Response,
    session: Session,
    principal: Requires("commitments:write"),
    today: Today,
) -> CommitmentRead:
    commitment = await commitment_service.create_commitment(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/commitments/{commitment.id}"
    set_etag(response, commitment.version)
    return CommitmentRead.model_validate(commitment)


@router.patch(
    "/commitments/{commitment_id}",
    operation_id="updateCommitment",
    summary="Change, publish or mark fulfilled a commitment",
    response_model=CommitmentRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_commitment(
    commitment_id: IdPath,
    body: CommitmentUpdate,
    response: Response,
    session: Session,
    principal: Requires("commitments:write"),
    if_match: IfMatch,
) -> CommitmentRead:
    commitment = await commitment_service.update_commitment(session, principal, commitment_id, body, if_match)
    set_etag(response, commitment.version)
    return CommitmentRead.model_validate(commitment)


@router.get(
    "/feedback",
    operation_id="listFeedback",
    summary="Feedback and complaints routed to the caller's area; overdue=true for late ones",
    response_model=Page[FeedbackRead],
    responses=problems(*AUTHED),
)
@lane
async def list_feedback(
    request: Request,
    principal: Reads("grassroots:read"),
    today: Today,
    where: Annotated[feedback_reads.FeedbackFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    if not principal.can(feedback_reads.HANDLES):  # no contact to show: nothing decrypted or audited
        return await feedback_reads.page(principal, today=today, limit=limit, cursor=cursor, where=where)
    async with request_session(request) as session:
        settings = request.app.state.settings
        page = await feedback_service.staff_page(
            session, settings, principal, today=today, limit=limit, cursor=cursor, **where.model_dump()
        )
    return JSONResponse(page.model_dump(mode="json"))


@router.post(
    "/feedback/escalations",
    operation_id="escalateOverdueFeedback",
    summary="Escalate every open case of the area past its deadline to the street (also run daily)",
    response_model=EscalationResult,
    responses=problems(*AUTHED),
)
async def escalate_overdue(
    session: Session, principal: Requires("feedback:escalate"), today: Today
) -> EscalationResult:
    return EscalationResult(
        escalated_ids=await feedback_escalation.escalate_overdue(session, principal, today)
    )


@router.get(
    "/feedback/{feedback_id}",
    operation_id="getFeedback",
    summary="Read a case; the submitter's contact only for those who handle feedback (audited)",
    response_model=FeedbackRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_feedback(
    feedback_id: IdPath, request: Request, principal: Reads("grassroots:read"), today: Today
) -> Any:
    if not principal.can(feedback_reads.HANDLES):  # no contact to show: nothing decrypted or audited
        return await feedback_reads.FEEDBACK.one(principal, feedback_id, context=today)
    async with request_session(request) as session:
        settings = request.app.state.settings
        version, read = await feedback_service.staff_read(session, settings, principal, feedback_id, today)
    response = JSONResponse(read.model_dump(mode="json"))
    set_etag(response, version)
    return response


@router.post(
    "/feedback/{feedback_id}/reply",
    operation_id="replyFeedback",
    summary="Answer a case (open or escalated → answered); once escalated only the street answers",
    response_model=FeedbackRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def reply_feedback(
    feedback_id: IdPath,
    body: FeedbackReply,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: step_principal(FEEDBACK_WORKFLOW, "reply", "replyFeedback"),
    today: Today,
    if_match: IfMatch,
) -> FeedbackRead:
    feedback = await feedback_service.reply(
        session, principal, feedback_id, body.reply, today, if_match, body.about_staff, body.upheld
    )
    set_etag(response, feedback.version)
    (read,) = await feedback_service.feedback_reads(session, settings, principal, [feedback], today)
    return read


@router.post(
    "/feedback/{feedback_id}/texts/stop",
    operation_id="stopFeedbackTexts",
    summary="Record that the submitter withdrew the consent to be texted the reply (number erased)",
    response_model=FeedbackRead,
    responses=problems(*AUTHED, 404, 409),
)
async def stop_feedback_texts(
    feedback_id: IdPath,
    body: FeedbackTextsStop,
    session: Session,
    settings: SettingsDep,
    principal: Requires("feedback:handle"),
    today: Today,
) -> FeedbackRead:
    feedback = await feedback_service.stop_texts(session, principal, feedback_id, body.source, today)
    (read,) = await feedback_service.feedback_reads(session, settings, principal, [feedback], today)
    return read


@public_router.get(
    "/commitments",
    operation_id="listPublicCommitments",
    summary="Published commitments of the street and its communities",
    response_model=Page[PublicCommitment],
    responses=problems(422),
)
@lane
async def list_public_commitments(
    today: Today, limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Any:
    return await reads.public_commitments(today=today, limit=limit, cursor=cursor)


@public_router.post(
    "/feedback",
    operation_id="fileFeedback",
    summary="Anyone files feedback or a complaint (anonymous allowed); keep the tracking code",
    status_code=status.HTTP_201_CREATED,
    response_model=FeedbackReceipt,
    responses=problems(422, 429),
)
async def file_feedback(
    body: FeedbackCreate,
    request: Request,
    response: Response,
    session: Session,
    settings: SettingsDep,
    today: Today,
) -> FeedbackReceipt:
    feedback = await feedback_service.file_feedback(
        session,
        settings,
        body,
        client_address=request.client.host if request.client else "unknown",
        today=today,
    )
    response.headers["Location"] = f"/api/v1/public/feedback/{feedback.tracking_code}"
    return FeedbackReceipt.model_validate(feedback)


@public_router.get(
    "/feedback/{tracking_code}",
    operation_id="getPublicFeedback",
    summary="The submitter reads status, deadline and reply by tracking code",
    response_model=FeedbackPublicView,
    responses=problems(404, 422),
)
@lane
async def get_public_feedback(tracking_code: TrackingCode) -> Any:
    return await reads.public_feedback(tracking_code)


@public_router.post(
    "/feedback/{tracking_code}/texts/stop",
    operation_id="stopPublicFeedbackTexts",
    summary="The submitter withdraws the consent to be texted the reply (the number is erased)",
    response_model=FeedbackPublicView,
    responses=problems(404, 409, 422),
)
async def stop_public_feedback_texts(
    tracking_code: TrackingCode, session: Session, today: Today
) -> FeedbackPublicView:
    return await feedback_service.stop_texts_public(session, tracking_code, today)


@public_router.post(
    "/feedback/{tracking_code}/rating",
    operation_id="rateFeedback",
    summary="The submitter rates the answer 1–5 (answered → closed)",
    response_model=FeedbackPublicView,
    responses=problems(404, 409, 422),
)
async def rate_feedback(
    tracking_code: TrackingCode, body: FeedbackRating, session: Session
) -> FeedbackPublicView:
    return await feedback_service.rate(session, tracking_code, body.satisfaction)
