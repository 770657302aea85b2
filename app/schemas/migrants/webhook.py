"""Webhook subscriptions and their deliveries."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import Field

from app.models.migrants.webhook import DeliveryStatus
from app.outbox import TOPICS
from app.schemas.common import ORMModel, StorableBody

# An http(s) URL with a host, no credentials and a port that exists (app/services/migrants/ssrf.py
# checks the same, then where the host resolves to).
_PORT = r"(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})"
_HOST = r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)"  # an IPv6 literal in brackets, or a name or IPv4
URL_PATTERN = rf"^https?://{_HOST}(:{_PORT})?([/?#][^\s]*)?$"
# The event types of GET /webhooks/event-types (app/outbox.py), declared as the enum they are.
EventTypeName = Annotated[str, Field(json_schema_extra={"enum": list(TOPICS)})]


class SubscriptionCreate(StorableBody):
    url: str = Field(
        min_length=8,
        max_length=2000,
        pattern=URL_PATTERN,
        examples=["https://district.example.cn/hooks/fpwork"],
        description="http(s), with a host that resolves to public addresses only (or is allow-listed)",
    )
    event_types: list[EventTypeName] = Field(
        min_length=1, max_length=20, description="Event types from GET /webhooks/event-types"
    )
    description: str | None = Field(default=None, max_length=200)


class SubscriptionRead(ORMModel):
    id: int
    org_id: int
    url: str
    description: str | None
    event_types: list[str]
    active: bool
    version: int
    created_at: datetime


class SubscriptionCreated(SubscriptionRead):
    secret: str = Field(description="The signing secret (whsec_…), shown once: store it now")


class DeliveryRead(ORMModel):
    id: int
    subscription_id: int
    event_id: int
    message_id: str
    event_type: str
    payload: dict[str, Any]
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    last_status_code: int | None
    last_error: str | None
    delivered_at: datetime | None
    created_at: datetime


class EventType(ORMModel):
    type: str
    description: str
