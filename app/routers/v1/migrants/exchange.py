"""Exchange with other regions (区域一盘棋): outbound messages, collection and inbound delivery."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.migrants.exchange import CollectRequest, InboundCreate, MessageRead, OutboundCreate
from app.services.migrants import exchange as service
from app.services.migrants import exchange_reads

router = APIRouter(prefix="/exchange/messages", tags=["Task 5 · Floating population (流动人口)"])

Writer = Requires("exchange:write")
Relay = Requires("exchange:relay")


@router.get(
    "",
    operation_id="listExchangeMessages",
    summary="Messages with other regions in the caller's area; overdue=true for late clocks",
    response_model=Page[MessageRead],
    responses=problems(*AUTHED),
)
@lane
async def list_messages(
    principal: Reads("exchange:read"),
    today: Today,
    where: Annotated[exchange_reads.MessageFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await exchange_reads.MESSAGES.page(
        principal, limit=limit, cursor=cursor, context=today, where=where, today=today
    )


@router.post(
    "",
    operation_id="queueExchangeMessage",
    summary="Queue a message to another region; it waits for the integration account",
    status_code=status.HTTP_201_CREATED,
    response_model=MessageRead,
    responses=problems(*AUTHED, 404),
)
async def send(
    body: OutboundCreate, response: Response, session: Session, principal: Writer, today: Today
) -> MessageRead:
    message = await service.send(session, principal, body, today)
    response.headers["Location"] = f"/api/v1/exchange/messages/{message.id}"
    return service.to_read(message, today)


@router.post(
    "/collect",
    operation_id="collectExchangeMessages",
    summary="Integration account: mark outbound messages as taken (safe to repeat)",
    response_model=list[MessageRead],
    responses=problems(*AUTHED, 404),
)
async def collect(
    body: CollectRequest, session: Session, principal: Relay, today: Today
) -> list[MessageRead]:
    return [service.to_read(m, today) for m in await service.collect(session, principal, body, today)]


@router.post(
    "/inbound",
    operation_id="deliverInboundExchangeMessage",
    summary="Integration account: deliver a message from another region (idempotent by sender id)",
    status_code=status.HTTP_201_CREATED,
    response_model=MessageRead,
    responses={**problems(*AUTHED, 409), 200: {"description": "Delivered before: the first delivery"}},
)
async def receive(
    body: InboundCreate, response: Response, session: Session, principal: Relay, today: Today
) -> MessageRead:
    message, created = await service.receive(session, principal, body, today)
    if not created:
        response.status_code = status.HTTP_200_OK
    response.headers["Location"] = f"/api/v1/exchange/messages/{message.id}"
    return service.to_read(message, today)


@router.get(
    "/{message_id}",
    operation_id="getExchangeMessage",
    summary="Read a message and its clock",
    response_model=MessageRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_message(message_id: IdPath, principal: Reads("exchange:read"), today: Today) -> Any:
    return await exchange_reads.MESSAGES.one(principal, message_id, context=today)
