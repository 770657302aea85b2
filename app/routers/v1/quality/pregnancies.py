"""Pregnancy follow-ups (孕情随访): register, visit on schedule, record the outcome."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.models.quality.pregnancy import Pregnancy
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.quality.pregnancy import (
    BirthCreate,
    CancelCreate,
    EndCreate,
    PregnancyCreate,
    PregnancyRead,
    VisitCreate,
)
from app.services.quality import pregnancies as service
from app.services.quality import pregnancy_reads
from app.services.quality.pregnancies import PREGNANCY_WORKFLOW
from app.step_routes import StepRoutes

TAG = "Task 6 · Quality services (优质服务)"
router = APIRouter(prefix="/pregnancies", tags=[TAG])
Reader = Requires("health:read")
Recorder = Requires("screening:write")
STEP = problems(*AUTHED, 404, 409, 412, 422)


async def _one(response: Response, session: Session, p: Pregnancy, today: Today) -> PregnancyRead:
    [read] = await service.to_reads(session, [p], today)
    set_etag(response, read.version)
    return read


@router.get(
    "",
    operation_id="listPregnancies",
    summary="Pregnancies of the caller's area; overdue=true: a visit is past due",
    response_model=Page[PregnancyRead],
    responses=problems(*AUTHED),
)
@lane
async def list_pregnancies(
    principal: Reads("health:read"),
    today: Today,
    where: Annotated[pregnancy_reads.PregnancyFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await pregnancy_reads.PREGNANCIES.page(
        principal, limit=limit, cursor=cursor, context=today, where=where, today=today
    )


@router.post(
    "",
    operation_id="registerPregnancy",
    summary="Register a pregnancy for a woman of the area (孕情登记)",
    status_code=status.HTTP_201_CREATED,
    response_model=PregnancyRead,
    responses=problems(*AUTHED, 404, 409, 422),
)
async def register_pregnancy(
    body: PregnancyCreate, response: Response, session: Session, principal: Recorder, today: Today
) -> PregnancyRead:
    p = await service.register(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/pregnancies/{p.id}"
    return await _one(response, session, p, today)


@router.get(
    "/{pregnancy_id}",
    operation_id="getPregnancy",
    summary="Read a pregnancy with its visits",
    response_model=PregnancyRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_pregnancy(pregnancy_id: IdPath, principal: Reads("health:read"), today: Today) -> Any:
    return await pregnancy_reads.PREGNANCIES.one(principal, pregnancy_id, context=today)


async def _present(session: Session, p: Pregnancy, today: date) -> PregnancyRead:
    [read] = await service.to_reads(session, [p], today)
    return read


steps = StepRoutes(router, "pregnancy_id", PregnancyRead, _present, PREGNANCY_WORKFLOW, responses=STEP)
steps.post(
    "visits",
    "visitPregnancy",
    "Record a follow-up visit (随访); the next is due one interval later",
    service.visit,
    VisitCreate,
    step="visit",
)
steps.post(
    "birth",
    "recordPregnancyBirth",
    "Record the birth: closes the follow-up, adds the child, starts the birth registration",
    service.record_birth,
    BirthCreate,
)
steps.post(
    "end",
    "endPregnancy",
    "Record an end without a birth (妊娠终止), with the outcome",
    service.end,
    EndCreate,
)
steps.post(
    "cancel",
    "cancelPregnancy",
    "Cancel (registered in error, or moved away), with the reason",
    service.cancel,
    CancelCreate,
)
