"""In-year accountability (年中问责): quarter-end flags of indicators behind plan, cases opened from
them against a department, unit or person, and their follow-ups."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.models.leadership.accountability import AccountabilityCase
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.leadership.books import TAG
from app.schemas.common import AUTHED, problems
from app.schemas.leadership.accountability import (
    AccountabilityCaseCreate,
    AccountabilityCaseRead,
    AccountabilityFlags,
    FollowUpCreate,
    FollowUpRead,
)
from app.services.leadership import accountability as accountability_service
from app.services.leadership import accountability_reads
from app.services.leadership.accountability import ACCOUNTABILITY_WORKFLOW
from app.step_routes import StepRoutes, step_principal

router = APIRouter(prefix="/accountability-cases", tags=[TAG])

Writer = Requires("evaluations:write")
Year = Annotated[int | None, Query(ge=2000, le=2100)]


@router.get(
    "/flags",
    operation_id="getAccountabilityFlags",
    summary="Indicators behind plan at a quarter's end (by default the last ended) in the area's books",
    response_model=AccountabilityFlags,
    responses=problems(*AUTHED),
)
async def get_flags(
    session: Session,
    principal: Reads("books:read"),
    today: Today,
    year: Year = None,
    quarter: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="A quarter that has ended (422 otherwise); by default the last ended (of `year` if "
            "given)",
        ),
    ] = None,
) -> AccountabilityFlags:
    return await accountability_service.flags(session, principal, year, quarter, today)


@router.get(
    "",
    operation_id="listAccountabilityCases",
    summary="In-year accountability cases of the caller's area",
    response_model=Page[AccountabilityCaseRead],
    responses=problems(*AUTHED),
)
@lane
async def list_cases(
    principal: Reads("books:read"),
    where: Annotated[accountability_reads.CaseFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await accountability_reads.CASES.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="openAccountabilityCase",
    summary="Open a case for an indicator behind plan at a quarter's end, against a department, unit, person",
    status_code=status.HTTP_201_CREATED,
    response_model=AccountabilityCaseRead,
    responses=problems(*AUTHED, 404, 409),
)
async def open_case(
    body: AccountabilityCaseCreate, response: Response, session: Session, principal: Writer, today: Today
) -> AccountabilityCaseRead:
    case = await accountability_service.open_case(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/accountability-cases/{case.id}"
    set_etag(response, case.version)
    return AccountabilityCaseRead.model_validate(case)


@router.get(
    "/{case_id}",
    operation_id="getAccountabilityCase",
    summary="One accountability case",
    response_model=AccountabilityCaseRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_case(case_id: IdPath, principal: Reads("books:read")) -> Any:
    return await accountability_reads.CASES.one(principal, case_id)


@router.get(
    "/{case_id}/follow-ups",
    operation_id="listAccountabilityFollowUps",
    summary="A case's follow-ups, oldest first (the closing one last)",
    response_model=list[FollowUpRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_follow_ups(case_id: IdPath, principal: Reads("books:read")) -> Any:
    await accountability_reads.CASE_SEEN.one(principal, case_id)
    return await accountability_reads.FOLLOW_UPS.all(principal, case_id=case_id)


@router.post(
    "/{case_id}/follow-ups",
    operation_id="addAccountabilityFollowUp",
    summary="Record what was done about a case (整改): the community, the unit or the street",
    status_code=status.HTTP_201_CREATED,
    response_model=FollowUpRead,
    responses=problems(*AUTHED, 404, 409),
    openapi_extra={"x-workflow-step": "accountability_case.follow_up"},
)
async def add_follow_up(
    case_id: IdPath,
    body: FollowUpCreate,
    session: Session,
    principal: step_principal(ACCOUNTABILITY_WORKFLOW, "follow_up", "addAccountabilityFollowUp"),
    today: Today,
) -> FollowUpRead:
    return FollowUpRead.model_validate(
        await accountability_service.add_follow_up(session, principal, case_id, body, today)
    )


async def _present(session: Session, case: AccountabilityCase) -> AccountabilityCaseRead:
    return AccountabilityCaseRead.model_validate(case)


steps = StepRoutes(
    router,
    "case_id",
    AccountabilityCaseRead,
    _present,
    ACCOUNTABILITY_WORKFLOW,
    responses=problems(*AUTHED, 404, 409, 412),
)
steps.post(
    "close",
    "closeAccountabilityCase",
    "Close a case with its outcome (street)",
    accountability_service.close_case,
    FollowUpCreate,
)
