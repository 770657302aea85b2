"""Hand-over of migrants between communities (辖区内交接): request, accept, decline, cancel."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.models.migrants.transfer import MigrantTransfer
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.migrants.transfer import TransferCreate, TransferDecision, TransferRead
from app.services.migrants import transfer_reads
from app.services.migrants import transfers as service
from app.services.migrants.transfers import TRANSFER_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/migrant-transfers", tags=["Task 5 · Floating population (流动人口)"])

Writer = Requires("migrants:write")
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


async def _present(session: Session, transfer: MigrantTransfer) -> TransferRead:
    return TransferRead.model_validate(transfer)


def _step(action: str) -> Any:
    return partial(service.decide, action=action)


steps = StepRoutes(router, "transfer_id", TransferRead, _present, TRANSFER_WORKFLOW, responses=STEP_PROBLEMS)
steps.post(
    "accept",
    "acceptMigrantTransfer",
    "The receiving community accepts: the record and its duties move to it",
    _step("accept"),
    TransferDecision | None,
)
steps.post(
    "decline",
    "declineMigrantTransfer",
    "The receiving community declines, with a reason; the sender keeps the record",
    _step("decline"),
    TransferDecision,
)
steps.post(
    "cancel",
    "cancelMigrantTransfer",
    "The sending community withdraws a pending hand-over",
    _step("cancel"),
    TransferDecision | None,
)
