"""The Reproductive Care Action: suggestions from the family records, care cases, visits, assistance."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import (
    CursorQuery,
    IdPath,
    LimitQuery,
    PageParams,
    Reads,
    Requires,
    Session,
    SettingsDep,
    set_etag,
)
from app.models.grassroots.care import CareCase
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.care import (
    CareAssistanceCreate,
    CareAssistanceRead,
    CareCaseCreate,
    CareCaseRead,
    CareClose,
    CarePair,
    CareSuggestion,
    CareVisitCreate,
    CareVisitRead,
)
from app.services.grassroots import care as service
from app.services.grassroots import care_reads
from app.services.grassroots import care_visits as visit_service
from app.services.grassroots.care import CARE_WORKFLOW
from app.step_routes import StepRoutes, step_principal

router = APIRouter(prefix="/care-cases", tags=["Reproductive Care Action (生育关怀行动)"])
Writer = Requires("care:write")
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)


@router.get(
    "/suggestions",
    operation_id="listCareSuggestions",
    summary="Bereaved and disabled-only-child families of the area without an open case, to review",
    response_model=Page[CareSuggestion],
    responses=problems(*AUTHED),
)
@lane
async def list_suggestions(
    principal: Reads("grassroots:read"), limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Any:
    return await care_reads.SUGGESTIONS.page(principal, limit=limit, cursor=cursor)


@router.get(
    "",
    operation_id="listCareCases",
    summary="Care cases of the area; unvisited_this_quarter=true for families not visited this quarter",
    response_model=Page[CareCaseRead],
    responses=problems(*AUTHED),
)
@lane
async def list_cases(
    principal: Reads("grassroots:read"),
    today: Today,
    where: Annotated[care_reads.CaseFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await care_reads.CASES.page(principal, limit=limit, cursor=cursor, where=where, today=today)


@router.post(
    "",
    operation_id="openCareCase",
    summary="Open a care case for a family (one open case per family)",
    status_code=status.HTTP_201_CREATED,
    response_model=CareCaseRead,
    responses=problems(*AUTHED, 404, 409),
)
async def open_case(
    body: CareCaseCreate, response: Response, session: Session, principal: Writer, today: Today
) -> CareCaseRead:
    case = await service.open_case(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/care-cases/{case.id}"
    set_etag(response, case.version)
    return CareCaseRead.model_validate(case)


@router.get(
    "/{case_id}",
    operation_id="getCareCase",
    summary="Read a care case",
    response_model=CareCaseRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_case(case_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await care_reads.CASES.one(principal, case_id)


async def _present(session: Session, case: CareCase) -> CareCaseRead:
    return CareCaseRead.model_validate(case)


steps = StepRoutes(router, "case_id", CareCaseRead, _present, CARE_WORKFLOW, responses=STEP_PROBLEMS)
steps.post(
    "pair",
    "pairCareCase",
    "Pair the family with a worker (结对帮扶) and set the visit schedule",
    service.pair,
    CarePair,
)
steps.post("close", "closeCareCase", "Close a care case with a reason", service.close, CareClose)


@router.get(
    "/{case_id}/visits",
    operation_id="listCareVisits",
    summary="A case's visits; notes only for care:notes holders, and each such read is audited",
    response_model=Page[CareVisitRead],
    responses=problems(*AUTHED, 404),
)
async def list_visits(
    case_id: IdPath,
    session: Session,
    settings: SettingsDep,
    principal: Requires("grassroots:read"),
    page: PageParams,
) -> Page[CareVisitRead]:
    items, next_cursor = await visit_service.list_visits(
        session, settings, principal, case_id, limit=page.limit, cursor=page.cursor
    )
    return Page(items=items, next_cursor=next_cursor)


@router.post(
    "/{case_id}/visits",
    operation_id="addCareVisit",
    summary="Record a visit (notes encrypted; may link a census screening or a care-action lecture)",
    status_code=status.HTTP_201_CREATED,
    response_model=CareVisitRead,
    responses=STEP_PROBLEMS,
)
async def add_visit(
    case_id: IdPath,
    body: CareVisitCreate,
    session: Session,
    settings: SettingsDep,
    principal: step_principal(CARE_WORKFLOW, "visit", "addCareVisit"),
    today: Today,
) -> CareVisitRead:
    visit = await visit_service.add_visit(session, settings, principal, case_id, body, today)
    return CareVisitRead(
        id=visit.id,
        case_id=visit.case_id,
        visited_on=visit.visited_on,
        worker_id=visit.worker_id,
        notes=body.notes,
        screening_id=visit.screening_id,
        activity_id=visit.activity_id,
    )


@router.get(
    "/{case_id}/assistance",
    operation_id="listCareAssistance",
    summary="Assistance given to the family",
    response_model=Page[CareAssistanceRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_assistance(
    case_id: IdPath,
    principal: Reads("grassroots:read"),
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await care_reads.assistance_page(principal, case_id, limit=limit, cursor=cursor)


@router.post(
    "/{case_id}/assistance",
    operation_id="addCareAssistance",
    summary="Record assistance given: money, goods or services, with the amount in fen",
    status_code=status.HTTP_201_CREATED,
    response_model=CareAssistanceRead,
    responses=STEP_PROBLEMS,
)
async def add_assistance(
    case_id: IdPath,
    body: CareAssistanceCreate,
    session: Session,
    principal: step_principal(CARE_WORKFLOW, "assist", "addCareAssistance"),
) -> CareAssistanceRead:
    return CareAssistanceRead.model_validate(
        await visit_service.add_assistance(session, principal, case_id, body)
    )
