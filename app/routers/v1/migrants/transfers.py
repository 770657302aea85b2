"""Hand-over of migrants between communities (辖区内交接): request, accept, decline, cancel."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.authz import Principal
from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Session, require, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.migrants.transfer import TransferCreate, TransferDecision, TransferRead
from app.services.migrants import transfer_reads
from app.services.migrants import transfers as service

router = APIRouter(prefix="/migrant-transfers", tags=["Task 5 · Floating population (流动人口)"])

Writer = Annotated[Principal, require("migrants:write")]
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)


@router.post(
    "",
    operation_id="requestMigrantTransfer",
    summary="Hand a migrant over to another community; the sender keeps the record until it is accepted",
    status_code=status.HTTP_201_CREATED,
    response_model=TransferRead,
    responses=problems(*AUTHED, 404, 409),
)
async def request_transfer(
    body: TransferCreate, response: Response, session: Session, principal: Writer
) -> TransferRead:
    transfer = await service.request_transfer(session, principal, body)
    response.headers["Location"] = f"/api/v1/migrant-transfers/{transfer.id}"
    set_etag(response, transfer.version)
    return TransferRead.model_validate(transfer)


@router.get(
    "",
    operation_id="listMigrantTransfers",
    summary="Hand-overs sent or received in the caller's area",
    response_model=Page[TransferRead],
    responses=problems(*AUTHED),
)
@lane
async def list_transfers(
    principal: Reads("migrants:read"),
    where: Annotated[transfer_reads.TransferFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await transfer_reads.TRANSFERS.page(principal, limit=limit, cursor=cursor, where=where)


@router.get(
    "/{transfer_id}",
    operation_id="getMigrantTransfer",
    summary="Read a hand-over",
    response_model=TransferRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_transfer(transfer_id: IdPath, principal: Reads("migrants:read")) -> Any:
    return await transfer_reads.TRANSFERS.one(principal, transfer_id)


async def _decide(
    action: str,
    transfer_id: int,
    body: TransferDecision | None,
    response: Response,
    session: Session,
    principal: Principal,
    if_match: int | None,
) -> TransferRead:
    transfer = await service.decide(
        session,
        principal,
        transfer_id,
        action,
        reason=body.reason if body else None,
        expected_version=if_match,
    )
    set_etag(response, transfer.version)
    return TransferRead.model_validate(transfer)


@router.post(
    "/{transfer_id}/accept",
    operation_id="acceptMigrantTransfer",
    summary="The receiving community accepts: the record and its duties move to it",
    response_model=TransferRead,
    responses=STEP_PROBLEMS,
)
async def accept(
    transfer_id: IdPath,
    response: Response,
    session: Session,
    principal: Writer,
    if_match: IfMatch,
    body: TransferDecision | None = None,
) -> TransferRead:
    return await _decide("accept", transfer_id, body, response, session, principal, if_match)


@router.post(
    "/{transfer_id}/decline",
    operation_id="declineMigrantTransfer",
    summary="The receiving community declines, with a reason; the sender keeps the record",
    response_model=TransferRead,
    responses=STEP_PROBLEMS,
)
async def decline(
    transfer_id: IdPath,
    body: TransferDecision,
    response: Response,
    session: Session,
    principal: Writer,
    if_match: IfMatch,
) -> TransferRead:
    return await _decide("decline", transfer_id, body, response, session, principal, if_match)


@router.post(
    "/{transfer_id}/cancel",
    operation_id="cancelMigrantTransfer",
    summary="The sending community withdraws a pending hand-over",
    response_model=TransferRead,
    responses=STEP_PROBLEMS,
)
async def cancel(
    transfer_id: IdPath,
    response: Response,
    session: Session,
    principal: Writer,
    if_match: IfMatch,
    body: TransferDecision | None = None,
) -> TransferRead:
    return await _decide("cancel", transfer_id, body, response, session, principal, if_match)
