"""Yearly re-verification (年审) rounds and their checks (Task 3)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.authz import Principal
from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session
from app.models.benefits.enrolment import ReverificationRound
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit_ops import CheckBody, CheckRead, RoundCreate, RoundDetail, RoundRead
from app.schemas.common import AUTHED, problems
from app.services.benefits import reverification as round_service
from app.services.benefits import reverification_reads
from app.services.benefits.reverification import CHECK_WORKFLOW, ROUND_WORKFLOW
from app.step_routes import StepRoutes, step_principal

router = APIRouter(prefix="/reverifications", tags=[TAG])


async def _detail(session: Session, principal: object, round_: ReverificationRound) -> RoundDetail:
    detail = RoundDetail.model_validate(round_)
    detail.progress = await round_service.progress(session, principal, round_)  # type: ignore[arg-type]
    return detail


@router.get(
    "",
    operation_id="listReverificationRounds",
    summary="Re-verification rounds",
    response_model=Page[RoundRead],
    responses=problems(*AUTHED),
)
@lane
async def list_rounds(
    principal: Reads("benefits:read"), limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Any:
    return await reverification_reads.ROUNDS.page(principal, limit=limit, cursor=cursor)


@router.post(
    "",
    operation_id="openReverificationRound",
    summary="Open the year's round: a check for every active enrolment of the street",
    status_code=status.HTTP_201_CREATED,
    response_model=RoundDetail,
    responses=problems(*AUTHED, 409),
)
async def open_round(
    body: RoundCreate,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("reverification:manage"),
) -> RoundDetail:
    round_ = await round_service.open_round(
        session, principal, year=body.year, deadline=body.deadline, today=today
    )
    response.headers["Location"] = f"/api/v1/reverifications/{round_.id}"
    return await _detail(session, principal, round_)


@router.get(
    "/{round_id}",
    operation_id="getReverificationRound",
    summary="A round with its progress (pending, confirmed, failed)",
    response_model=RoundDetail,
    responses=problems(*AUTHED, 404),
)
async def get_round(round_id: IdPath, session: Session, principal: Requires("benefits:read")) -> RoundDetail:
    round_ = await round_service.get_round(session, principal, round_id)
    return await _detail(session, principal, round_)


@router.get(
    "/{round_id}/checks",
    operation_id="listReverificationChecks",
    summary="The round's checks within the caller's area",
    response_model=Page[CheckRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_checks(
    round_id: IdPath,
    principal: Reads("benefits:read"),
    where: Annotated[reverification_reads.CheckFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reverification_reads.checks_page(
        principal, round_id, where=where, limit=limit, cursor=cursor
    )


@router.post(
    "/{round_id}/checks/{check_id}",
    operation_id="recordReverificationCheck",
    summary="Confirm (alive, still resident, no new child) or fail with a reason",
    response_model=CheckRead,
    responses=problems(*AUTHED, 404, 409),
)
async def record_check(
    round_id: IdPath,
    check_id: IdPath,
    body: CheckBody,
    session: Session,
    principal: step_principal(CHECK_WORKFLOW, ("confirm", "fail"), "recordReverificationCheck"),
) -> CheckRead:
    check = await round_service.record_check(
        session, principal, round_id, check_id, confirmed=body.outcome == "confirm", reason=body.reason
    )
    return CheckRead.model_validate(check)


async def _present(session: Session, round_: ReverificationRound, principal: Principal) -> RoundDetail:
    return await _detail(session, principal, round_)


steps = StepRoutes(
    router, "round_id", RoundDetail, _present, ROUND_WORKFLOW, responses=problems(*AUTHED, 404, 409)
)
steps.post(
    "close",
    "closeReverificationRound",
    "After the deadline: suspend every unconfirmed enrolment and close the round",
    round_service.close_round,
    etag=False,
    description="The daily job calls this for rounds past their deadline; a street officer may too.",
)
