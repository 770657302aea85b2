"""Year-end evaluations of responsibility books, adjusted scores and accountability (问责)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.leadership.books import TAG
from app.schemas.common import AUTHED, problems
from app.schemas.leadership.progress import (
    AccountabilityCreate,
    AccountabilityRead,
    EvaluationCreate,
    EvaluationRead,
    ScoreAdjust,
)
from app.services.leadership import evaluation_reads
from app.services.leadership import evaluations as evaluation_service
from app.services.leadership.evaluations import EVALUATION_WORKFLOW
from app.step_routes import StepRoutes, step_principal

router = APIRouter(prefix="/evaluations", tags=[TAG])

Writer = Requires("evaluations:write")
STEP = problems(*AUTHED, 404, 409, 412)


@router.get(
    "",
    operation_id="listEvaluations",
    summary="Evaluations of the books in the caller's area",
    response_model=Page[EvaluationRead],
    responses=problems(*AUTHED),
)
@lane
async def list_evaluations(
    principal: Reads("books:read"),
    where: Annotated[evaluation_reads.EvaluationFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await evaluation_reads.EVALUATIONS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createEvaluation",
    summary="Evaluate a signed book: freeze each indicator's value and score as of a date",
    status_code=status.HTTP_201_CREATED,
    response_model=EvaluationRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_evaluation(
    body: EvaluationCreate, response: Response, session: Session, principal: Writer
) -> EvaluationRead:
    evaluation = await evaluation_service.create_evaluation(session, principal, body)
    response.headers["Location"] = f"/api/v1/evaluations/{evaluation.id}"
    set_etag(response, evaluation.version)
    return await evaluation_service.to_read(session, evaluation)


@router.get(
    "/{evaluation_id}",
    operation_id="getEvaluation",
    summary="One evaluation with its scores and accountability actions",
    response_model=EvaluationRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_evaluation(evaluation_id: IdPath, principal: Reads("books:read")) -> Any:
    return await evaluation_reads.EVALUATIONS.one(principal, evaluation_id)


@router.post(
    "/{evaluation_id}/adjustments",
    operation_id="adjustEvaluationScore",
    summary="Adjust an indicator's score with a written reason (kept next to the computed one)",
    response_model=EvaluationRead,
    responses=STEP,
)
async def adjust_score(
    evaluation_id: IdPath,
    body: ScoreAdjust,
    response: Response,
    session: Session,
    principal: step_principal(EVALUATION_WORKFLOW, "adjust", "adjustEvaluationScore"),
    if_match: IfMatch,
) -> EvaluationRead:
    evaluation = await evaluation_service.adjust_score(session, principal, evaluation_id, body, if_match)
    set_etag(response, evaluation.version)
    return await evaluation_service.to_read(session, evaluation)


steps = StepRoutes(
    router, "evaluation_id", EvaluationRead, evaluation_service.to_read, EVALUATION_WORKFLOW, responses=STEP
)
steps.post(
    "finalize",
    "finalizeEvaluation",
    "Finalise the evaluation; the book becomes evaluated",
    evaluation_service.finalize,
)


@router.post(
    "/{evaluation_id}/accountability-actions",
    operation_id="createAccountabilityAction",
    summary="Record accountability (reminder talk, criticism, award disqualification) against a person",
    status_code=status.HTTP_201_CREATED,
    response_model=AccountabilityRead,
    responses=problems(*AUTHED, 404, 409),
)
async def hold_accountable(
    evaluation_id: IdPath,
    body: AccountabilityCreate,
    session: Session,
    principal: step_principal(EVALUATION_WORKFLOW, "hold_accountable", "createAccountabilityAction"),
) -> AccountabilityRead:
    return AccountabilityRead.model_validate(
        await evaluation_service.hold_accountable(session, principal, evaluation_id, body)
    )
