"""Dispensations (药具发放): staff at a point, or a self-service machine at its own point."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from app.db import request_session
from app.deps import CurrentPrincipal, CursorQuery, IdPath, LimitQuery, Reads, Session, SettingsDep
from app.models.quality.stock import Dispensation
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.quality.stock import DispensationCreate, DispensationRead, DispensedBatch
from app.services.quality import dispensing, stock_reads

TAG = "Task 6 · Quality services (优质服务)"
router = APIRouter(prefix="/dispensations", tags=[TAG])


def _read(d: Dispensation, batches: list[DispensedBatch] | None = None) -> DispensationRead:
    return DispensationRead(
        id=d.id,
        point_id=d.point_id,
        product_id=d.product_id,
        quantity=d.quantity,
        channel=d.channel,
        resident_id=d.resident_id,
        anonymous=d.resident_id is None and d.person_hash is None,
        dispensed_by=d.dispensed_by,
        dispensed_at=d.dispensed_at,
        dispensed_on=d.dispensed_on,
        batches=batches,
    )


@router.post(
    "",
    operation_id="createDispensation",
    summary="Dispense: staff (dispense) or a self-service machine (dispense:machine); "
    "a refusal's problem body carries a reason code",
    status_code=status.HTTP_201_CREATED,
    response_model=DispensationRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_dispensation(
    body: DispensationCreate,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: CurrentPrincipal,
) -> DispensationRead:
    dispensation, taken = await dispensing.dispense(session, settings, principal, body)
    response.headers["Location"] = f"/api/v1/dispensations/{dispensation.id}"
    return _read(
        dispensation,
        [DispensedBatch(batch_no=t.batch_no, expires_on=t.expires_on, quantity=t.quantity) for t in taken],
    )


@router.get(
    "",
    operation_id="listDispensations",
    summary="Dispensations in the caller's area, newest first",
    response_model=Page[DispensationRead],
    responses=problems(*AUTHED),
)
@lane
async def list_dispensations(
    request: Request,
    principal: Reads("contraceptives:read"),
    where: Annotated[stock_reads.DispensationFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    if where.updated_since is None:
        return await stock_reads.DISPENSATIONS.page(principal, limit=limit, cursor=cursor, where=where)
    # The change feed (by dispensed_at: a dispensation is never updated) stays on the session path.
    async with request_session(request) as session:
        items, next_cursor = await dispensing.list_dispensations(
            session,
            principal,
            **where.model_dump(),
            limit=limit,
            cursor=cursor,
            settings=request.app.state.settings,
        )
    page = Page[DispensationRead](items=[_read(d) for d in items], next_cursor=next_cursor)
    return JSONResponse(page.model_dump(mode="json"))


@router.get(
    "/{dispensation_id}",
    operation_id="getDispensation",
    summary="Read a dispensation and its batches",
    response_model=DispensationRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_dispensation(dispensation_id: IdPath, principal: Reads("contraceptives:read")) -> Any:
    return await stock_reads.DISPENSATION.one(principal, dispensation_id)
