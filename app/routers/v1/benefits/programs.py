"""Benefit programs and the eligibility check (Task 3, 利益导向)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.benefits.benefit import (
    BenefitProgramRead,
    EligibilityCheckBody,
    EligibilityRead,
    ProgramUpdate,
    StandardCreate,
    StandardRead,
)
from app.schemas.common import AUTHED, problems
from app.services.benefits import program_reads
from app.services.benefits import programs as program_service
from app.services.benefits.eligibility import check_eligibility

TAG = "Task 3 · Interest orientation (利益导向)"
router = APIRouter(prefix="/benefit-programs", tags=[TAG])


@router.get(
    "",
    operation_id="listBenefitPrograms",
    summary="Benefit programs with their amounts",
    response_model=Page[BenefitProgramRead],
    responses=problems(*AUTHED),
)
@lane
async def list_programs(
    principal: Reads("benefits:read"),
    where: Annotated[program_reads.ProgramFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await program_reads.PROGRAMS.page(principal, limit=limit, cursor=cursor, where=where)


@router.get(
    "/{program_id}",
    operation_id="getBenefitProgram",
    summary="Read a benefit program",
    response_model=BenefitProgramRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_program(program_id: IdPath, principal: Reads("benefits:read")) -> Any:
    return await program_reads.PROGRAMS.one(principal, program_id)


@router.patch(
    "/{program_id}",
    operation_id="updateBenefitProgram",
    summary="Change an amount or materials list, or close a program to new applications",
    response_model=BenefitProgramRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def update_program(
    program_id: IdPath,
    body: ProgramUpdate,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("benefit_programs:write"),
    if_match: IfMatch,
) -> BenefitProgramRead:
    program = await program_service.update_program(session, principal, program_id, body, if_match, today)
    set_etag(response, program.version)
    return BenefitProgramRead.model_validate(program)


@router.post(
    "/{program_id}/eligibility-check",
    operation_id="checkBenefitEligibility",
    summary="Is a family eligible? Every criterion answered met / not met, with the reason",
    response_model=EligibilityRead,
    responses=problems(*AUTHED, 404),
)
async def eligibility_check(
    program_id: IdPath,
    body: EligibilityCheckBody,
    session: Session,
    today: Today,
    principal: Requires("benefits:read"),
) -> EligibilityRead:
    result = await check_eligibility(
        session, principal, program_id, body.family_id, body.reference_date or today
    )
    return EligibilityRead.model_validate(
        {**result.__dict__, "eligible": result.eligible, "criteria": [c.__dict__ for c in result.criteria]}
    )


@router.get(
    "/{program_id}/standards",
    operation_id="listBenefitProgramStandards",
    summary="A program's standards by effective month (the amount each period is paid)",
    response_model=list[StandardRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_standards(program_id: IdPath, principal: Reads("benefits:read")) -> Any:
    return await program_reads.standards_of(principal, program_id)


@router.post(
    "/{program_id}/standards",
    operation_id="addBenefitProgramStandard",
    summary="A new standard from an effective month (national programs: never below the national floor)",
    status_code=status.HTTP_201_CREATED,
    response_model=StandardRead,
    responses=problems(*AUTHED, 404, 409, 422),
)
async def add_standard(
    program_id: IdPath,
    body: StandardCreate,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("benefit_programs:write"),
) -> StandardRead:
    program = await program_service.get_program(session, principal, program_id)
    standard = await program_service.add_standard(
        session,
        principal,
        program,
        effective_from=date(int(body.effective_from[:4]), int(body.effective_from[5:]), 1),
        amount_fen=body.amount_fen,
        basis_document=body.basis_document,
        today=today,
    )
    response.headers["Location"] = f"/api/v1/benefit-programs/{program_id}/standards"
    return StandardRead.model_validate(standard)
