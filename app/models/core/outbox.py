"""The transactional outbox: events for other systems, written with the change that caused them.

Delivery (webhooks, notifications) is the integration work's job; writers only insert.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, utcnow


class OutboxEvent(Base):
    __tablename__ = "outbox_events"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    topic: Mapped[str] = mapped_column(String(64), nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # The org path the event belongs to: a subscription receives it when it lies in the
    # subscriber's subtree (None: only the district's own subscriptions receive it).
    scope_path: Mapped[str | None] = mapped_column(String(255), nullable=True)
    # What the worker continues when it delivers the event: the writing request's W3C trace context
    # (traceparent, tracestate; with tracing on) and its request id (app/tracing.py).
    trace_context: Mapped[dict[str, str] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_outbox_events_delivered_at_id", "delivered_at", "id"),)
