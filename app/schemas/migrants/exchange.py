"""Messages exchanged with other regions through the district integration account."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.models.migrants.exchange import MessageDirection, MessageKind, MessageStatus
from app.schemas.common import DbId, IsoDate, ORMModel, ProvisionalDue, StorableBody
from app.schemas.core.resident import DIVISION_CODE_PATTERN


class OutboundCreate(StorableBody):
    """A message to another region; it waits until the integration account collects it."""

    kind: MessageKind
    counterpart_region: str = Field(
        pattern=DIVISION_CODE_PATTERN, description="The other region's division code"
    )
    migrant_id: DbId | None = None
    in_reply_to_id: DbId | None = Field(default=None, description="The inbound message this answers")
    started_on: IsoDate | None = Field(
        default=None,
        description="For a verification request: the day the need arose (the clock's start); default today",
    )
    body: dict[str, Any] = Field(default_factory=dict)


class InboundCreate(StorableBody):
    """A message from another region, delivered by the integration account (idempotent by sender id)."""

    sender_message_id: str = Field(min_length=1, max_length=64)
    kind: MessageKind
    counterpart_region: str = Field(pattern=DIVISION_CODE_PATTERN)
    org_id: DbId | None = Field(
        default=None, description="The street or community addressed (unless a reply)"
    )
    in_reply_to: str | None = Field(
        default=None, max_length=64, description="Our sender_message_id that this answers"
    )
    migrant_id: DbId | None = None
    body: dict[str, Any] = Field(default_factory=dict)


class CollectRequest(StorableBody):
    ids: list[DbId] = Field(min_length=1, max_length=100)


class MessageRead(ProvisionalDue, ORMModel):
    id: int
    direction: MessageDirection
    kind: MessageKind
    status: MessageStatus
    org_id: int
    migrant_id: int | None
    counterpart_region: str
    sender_message_id: str
    in_reply_to_id: int | None
    body: dict[str, Any]
    clock_started_on: date
    due_on: date | None
    done_on: date | None
    overdue: bool
    collected_at: datetime | None
    created_at: datetime
