"""Messages exchanged with other regions (区域一盘棋) through the district integration account.

Outbound messages wait until the integration account collects them; inbound ones arrive from it,
idempotent by the sender's message id. Each message carries the clock of what is awaited of it.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class MessageDirection(enum.StrEnum):
    outbound = "outbound"
    inbound = "inbound"


class MessageKind(enum.StrEnum):
    verification_request = "verification_request"  # 生育登记核实请求 (residence place → registration place)
    verification_answer = "verification_answer"  # the registration place's answer
    verification_result = "verification_result"  # the result reported back
    arrival_notice = "arrival_notice"
    departure_notice = "departure_notice"
    answer = "answer"


class MessageStatus(enum.StrEnum):
    awaiting_collection = "awaiting_collection"  # outbound, not yet collected by the integration account
    sent = "sent"  # outbound, collected; an answer may be awaited
    received = "received"  # inbound
    answered = "answered"  # the awaited answer arrived (or was sent)


class ExchangeMessage(VersionedMixin, Base):
    __tablename__ = "exchange_messages"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    direction: Mapped[MessageDirection] = mapped_column(
        Enum(MessageDirection, native_enum=False, length=16), nullable=False
    )
    kind: Mapped[MessageKind] = mapped_column(Enum(MessageKind, native_enum=False, length=32), nullable=False)
    status: Mapped[MessageStatus] = mapped_column(
        Enum(MessageStatus, native_enum=False, length=24), nullable=False
    )
    # The street (or community) whose message it is: scope.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    migrant_id: Mapped[int | None] = mapped_column(ForeignKey("migrants.id"), nullable=True)
    counterpart_region: Mapped[str] = mapped_column(String(12), nullable=False)
    sender_message_id: Mapped[str] = mapped_column(String(64), nullable=False)
    in_reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("exchange_messages.id"), nullable=True)
    body: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    # The clock: what is awaited of this message is due on ``due_on`` (working days), done on ``done_on``.
    clock_started_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Counted into a year whose holidays were unknown: counted again when they arrive.
    due_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    collected_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Set by the worker the day the clock ran out (one exchange.message_overdue event per message).
    overdue_noticed_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        UniqueConstraint("direction", "sender_message_id"),
        Index("ix_exchange_messages_org_id_id", "org_id", "id"),
        Index("ix_exchange_messages_status_due_on", "status", "due_on"),
    )
