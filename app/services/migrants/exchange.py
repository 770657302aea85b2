"""Exchange with other regions (区域一盘棋): verification requests, answers, results and notices.

The place of residence leads, the registration place cooperates. For a migrant's birth registration:
the residence place sends the verification request within 7 working days of the need arising, the
registration place answers within 15 working days of receiving it, and the result is reported back
within 15 working days of the answer. Every message carries the clock of what is awaited of it
(``due_on`` on the working-day calendar, ``done_on`` once done); a message whose due day has passed
undone is overdue.

Outbound messages wait (``awaiting_collection``) until the district integration account collects
them (→ ``sent``); inbound ones arrive from it (``received``), idempotent by the sender's message id.
A reply closes the clock of the message it answers (→ ``answered``).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, outbox
from app.authz import Principal, scoped_org_ids
from app.db import utcnow
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.migrants.exchange import ExchangeMessage, MessageDirection, MessageKind, MessageStatus
from app.schemas.migrants.exchange import CollectRequest, InboundCreate, MessageRead, OutboundCreate
from app.services.core import deadlines
from app.services.core.loading import one_or_404
from app.services.migrants.migrants import get_migrant
from app.services.migrants.scope import message_scope
from app.workflow import Workflow, step

# What is awaited of a message is due on a working-day clock, counted again when an unknown year arrives.
DEADLINE = "exchange_message"
deadlines.register(DEADLINE, ExchangeMessage, ExchangeMessage.org_id)

M = MessageStatus
EXCHANGE_WORKFLOW = Workflow(
    "exchange_message",
    MessageStatus,
    [
        step(
            "collect",
            [M.awaiting_collection],
            M.sent,
            "exchange:relay",
            "the integration account took it; the answer's clock starts",
            zh="取走",
            en="Collect",
        ),
        step(
            "answer",
            [M.sent, M.received],
            M.answered,
            "exchange:write",
            "a reply arrived or was sent; the clock stops",
            zh="答复",
            en="Answer",
        ),
    ],
)

SEND_WITHIN = 7  # working days: the residence place sends the verification request
ANSWER_WITHIN = 15  # working days: the registration place answers
REPORT_WITHIN = 15  # working days: the result is reported back
# What each kind awaits once it has gone out or come in (working days), None: nothing awaited.
AWAITS: dict[MessageKind, int | None] = {
    MessageKind.verification_request: ANSWER_WITHIN,
    MessageKind.verification_answer: REPORT_WITHIN,
    MessageKind.verification_result: None,
    MessageKind.arrival_notice: None,
    MessageKind.departure_notice: None,
    MessageKind.answer: None,
}


def is_overdue(message: ExchangeMessage, today: date) -> bool:
    return message.done_on is None and message.due_on is not None and message.due_on < today


def to_read(message: ExchangeMessage, today: date) -> MessageRead:
    return MessageRead.model_validate(
        {
            **{c: getattr(message, c) for c in MessageRead.model_fields if hasattr(message, c)},
            "overdue": is_overdue(message, today),
        }
    )


async def get_message(session: AsyncSession, principal: Principal, message_id: int) -> ExchangeMessage:
    return await one_or_404(
        session,
        select(ExchangeMessage).where(ExchangeMessage.id == message_id, message_scope(principal)),
        "Message",
    )


async def send(
    session: AsyncSession, principal: Principal, data: OutboundCreate, today: date
) -> ExchangeMessage:
    """Queue an outbound message; a reply closes the clock of the inbound message it answers."""
    if data.migrant_id is not None:
        await get_migrant(session, principal, data.migrant_id)
    original = None
    if data.in_reply_to_id is not None:
        original = await get_message(session, principal, data.in_reply_to_id)
        if original.direction is not MessageDirection.inbound:
            raise Unprocessable("A reply answers an inbound message", loc=["body", "in_reply_to_id"])
    started = data.started_on or today
    if started > today:
        raise Unprocessable("started_on lies in the future", loc=["body", "started_on"])
    message = ExchangeMessage(
        direction=MessageDirection.outbound,
        kind=data.kind,
        status=MessageStatus.awaiting_collection,
        org_id=original.org_id if original else principal.org_id,
        migrant_id=data.migrant_id,
        counterpart_region=data.counterpart_region,
        sender_message_id=f"fpw-{uuid.uuid4().hex}",
        in_reply_to_id=original.id if original else None,
        body=data.body,
        clock_started_on=started,
        due_on=today,
    )
    session.add(message)
    if original is not None and original.status is MessageStatus.received:
        original.status = MessageStatus(EXCHANGE_WORKFLOW.advance(original.status, "answer"))
        original.done_on = today
    await session.flush()
    # Sending is itself on the clock for a verification request (7 working days); the rest go out today.
    if data.kind is MessageKind.verification_request:
        await deadlines.give(session, message, DEADLINE, "due_on", started, SEND_WITHIN)
    await _audit(session, principal, message, "exchange.queued")
    return message


async def collect(
    session: AsyncSession, principal: Principal, data: CollectRequest, today: date
) -> list[ExchangeMessage]:
    """The integration account took these outbound messages; the answer's clock starts now.

    Collecting a message twice changes nothing (a retried call is safe)."""
    messages = (
        (
            await session.execute(
                select(ExchangeMessage)
                .where(
                    ExchangeMessage.id.in_(data.ids),
                    ExchangeMessage.direction == MessageDirection.outbound,
                    message_scope(principal),
                )
                .order_by(ExchangeMessage.id)
                .with_for_update()
            )
        )
        .scalars()
        .all()
    )
    if len(messages) != len(set(data.ids)):
        raise NotFound("Some messages were not found (or are not outbound)")
    for message in messages:
        if message.status is not MessageStatus.awaiting_collection:
            continue
        message.status = MessageStatus(EXCHANGE_WORKFLOW.advance(message.status, "collect"))
        message.collected_at = utcnow()
        awaited = AWAITS[message.kind]
        message.clock_started_on = today
        await _start_clock(session, message, today, awaited)
        await _audit(session, principal, message, "exchange.collected")
    await session.flush()
    return list(messages)


async def receive(
    session: AsyncSession, principal: Principal, data: InboundCreate, today: date
) -> tuple[ExchangeMessage, bool]:
    """Take an inbound message; the same sender id twice returns the first (and False)."""
    existing = (
        await session.execute(
            select(ExchangeMessage).where(
                ExchangeMessage.direction == MessageDirection.inbound,
                ExchangeMessage.sender_message_id == data.sender_message_id,
            )
        )
    ).scalar_one_or_none()
    if existing is not None:
        return existing, False
    original = None
    if data.in_reply_to is not None:
        original = (
            await session.execute(
                select(ExchangeMessage).where(
                    ExchangeMessage.direction == MessageDirection.outbound,
                    ExchangeMessage.sender_message_id == data.in_reply_to,
                    message_scope(principal),
                )
            )
        ).scalar_one_or_none()
        if original is None:
            raise Unprocessable("in_reply_to names no message of ours", loc=["body", "in_reply_to"])
        org_id = original.org_id
    elif data.org_id is not None:
        org = await session.get(Org, data.org_id)
        in_scope = data.org_id in set((await session.execute(scoped_org_ids(principal))).scalars().all())
        if org is None or not in_scope or org.kind not in (OrgKind.street, OrgKind.community):
            raise Unprocessable(
                "org_id must be a street or community of the district", loc=["body", "org_id"]
            )
        org_id = org.id
    else:
        raise Unprocessable("Give in_reply_to or org_id", loc=["body", "org_id"])
    awaited = AWAITS[data.kind]
    message = ExchangeMessage(
        direction=MessageDirection.inbound,
        kind=data.kind,
        status=MessageStatus.received,
        org_id=org_id,
        migrant_id=data.migrant_id if original is None else (data.migrant_id or original.migrant_id),
        counterpart_region=data.counterpart_region,
        sender_message_id=data.sender_message_id,
        in_reply_to_id=original.id if original else None,
        body=data.body,
        clock_started_on=today,
    )
    session.add(message)
    if original is not None and original.status is MessageStatus.sent:
        original.status = MessageStatus(EXCHANGE_WORKFLOW.advance(original.status, "answer"))
        original.done_on = today
    try:
        await session.flush()
    except IntegrityError as exc:  # the same message delivered twice at once: the first one stands
        raise Conflict("This message is being delivered at the same moment; retry to read it") from exc
    await _start_clock(session, message, today, awaited)
    await _audit(session, principal, message, "exchange.received")
    org = await session.get(Org, org_id)
    await outbox.emit(
        session,
        "exchange.message_received",
        {
            "message_id": message.id,
            "kind": message.kind.value,
            "counterpart_region": message.counterpart_region,
            "sender_message_id": message.sender_message_id,
            "due_on": message.due_on.isoformat() if message.due_on else None,
            "due_provisional": message.due_provisional,
        },
        scope_path=org.path if org else None,
    )
    return message, True


async def _start_clock(
    session: AsyncSession, message: ExchangeMessage, today: date, awaited: int | None
) -> None:
    """What is awaited of the message is due ``awaited`` working days from today; nothing: done."""
    if awaited:
        message.done_on = None
        await deadlines.give(session, message, DEADLINE, "due_on", today, awaited)
    else:
        message.due_on, message.done_on, message.due_provisional = None, today, False
        await deadlines.forget(session, DEADLINE, message.id, "due_on")


async def notice_overdue(session: AsyncSession, today: date) -> int:
    """Scheduled job: a message whose clock ran out with nothing done is announced once (an event)."""
    late = (
        (
            await session.execute(
                select(ExchangeMessage)
                .where(
                    ExchangeMessage.done_on.is_(None),
                    ExchangeMessage.due_on < today,
                    ExchangeMessage.overdue_noticed_on.is_(None),
                )
                .with_for_update(skip_locked=True)
            )
        )
        .scalars()
        .all()
    )
    for message in late:
        message.overdue_noticed_on = today
        org = await session.get(Org, message.org_id)
        await outbox.emit(
            session,
            "exchange.message_overdue",
            {
                "message_id": message.id,
                "kind": message.kind.value,
                "direction": message.direction.value,
                "status": message.status.value,
                "due_on": message.due_on.isoformat() if message.due_on else None,
            },
            scope_path=org.path if org else None,
        )
    await session.flush()
    return len(late)


async def _audit(session: AsyncSession, principal: Principal, message: ExchangeMessage, action: str) -> None:
    org = await session.get(Org, message.org_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="exchange_message",
        object_id=message.id,
        scope_path=org.path if org else principal.org_path,
        detail={"kind": message.kind.value, "direction": message.direction.value},
    )
