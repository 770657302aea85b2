"""Webhook subscriptions and their deliveries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from app.models.migrants.webhook import DeliveryStatus
from app.schemas.common import ORMModel, StorableBody


class SubscriptionCreate(StorableBody):
    url: str = Field(min_length=8, max_length=2000, examples=["https://district.example.cn/hooks/fpwork"])
    event_types: list[str] = Field(
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
