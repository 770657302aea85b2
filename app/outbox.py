"""Writing events for other systems: one outbox row in the same transaction as the change.

The worker (``python -m app.worker``) fans each event out to the webhook subscriptions that want its
topic and delivers them; writers only insert, so an event exists exactly when its change committed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app import tracing
from app.models.core.outbox import OutboxEvent

# Event types district systems may subscribe to (Standard Webhooks ``type``).
TOPICS: dict[str, str] = {
    "migrant.arrived": "A migrant was registered as arrived (流入登记)",
    "migrant.departed": "A migrant left (流出)",
    "migrant.certificate_reminder": "A migrant's 婚育证明 is overdue and they were reminded",
    "migrant.transferred": "A migrant's hand-over to another community was accepted",
    "exchange.message_received": "A message from another region arrived",
    "exchange.message_overdue": "A message's working-day clock ran out with nothing done",
    "benefit.enrolment_approved": "A benefit enrolment was approved",
    "benefit.enrolment_suspended": "A benefit enrolment was suspended",
    "service_request.completed": "A service request was completed",
    "stock.below_threshold": "Usable stock at a distribution point fell below its threshold",
    "auth.account_under_attack": (
        "Failed sign-ins for an account from addresses it never signed in from reached the alert "
        "threshold: its sign-ins from new addresses are slowed (once per attack window)"
    ),
    "deadline.recomputed": (
        "A provisional deadline (counted while its year's holidays were unknown) was counted again "
        "when the year's arrangement was entered or loaded"
    ),
}


async def emit(
    session: AsyncSession, topic: str, payload: dict[str, Any], *, scope_path: str | None = None
) -> OutboxEvent:
    """Queue ``topic`` with ``payload`` in the caller's transaction (flushed, committed with it).

    ``scope_path`` is the org path of the record the event is about: subscribers of that subtree
    (and the orgs above it) receive it.
    """
    if topic not in TOPICS:
        raise ValueError(f"unknown outbox topic {topic}")
    event = OutboxEvent(
        topic=topic, payload=payload, scope_path=scope_path, trace_context=tracing.outbox_context()
    )
    session.add(event)
    await session.flush()
    return event
