"""Webhook subscriptions and their deliveries on the fast read path.

The scope is :func:`app.services.migrants.scope.subscription_scope` (the subscribing org in the
caller's subtree), the same filter the session path uses. A delivery is seen through its
subscription: the list answers 404 for a subscription outside the scope (as before, before anything
else), and its rows are held to the same scope as well. Deliveries are listed newest first.
"""

from __future__ import annotations

from typing import Annotated, Any

import pydantic_core
from sqlalchemy import bindparam

from app.authz import Principal
from app.list_filters import Equals, ListFilters
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery, WebhookSubscription
from app.outbox import TOPICS
from app.read_path import ReadPath
from app.schemas.migrants.webhook import DeliveryRead, SubscriptionRead
from app.services.migrants.scope import delivery_scope, subscription_scope

SUBSCRIPTIONS = ReadPath(
    model=WebhookSubscription,
    schema=SubscriptionRead,
    scope=subscription_scope,
    label="Webhook subscription",
)


class DeliveryFilters(ListFilters):
    """A subscription's delivery list's query parameters."""

    status: Annotated[DeliveryStatus | None, Equals(WebhookDelivery.status)] = None


DELIVERIES = ReadPath(
    model=WebhookDelivery,
    schema=DeliveryRead,
    scope=delivery_scope,
    label="Webhook delivery",
    descending=True,
    filters=DeliveryFilters,
    named_filters={
        "subscription_id": lambda: WebhookDelivery.subscription_id == bindparam("subscription_id")
    },
)


def event_types_json() -> bytes:
    """The event types a subscription may name (no database read), as the JSON array of
    ``EventType`` the session path wrote."""
    return pydantic_core.to_json([{"type": t, "description": d} for t, d in TOPICS.items()])


async def subscription(principal: Principal, subscription_id: int) -> Any:
    """The single read; the session path set no ETag on it, so none is sent here either."""
    response = await SUBSCRIPTIONS.one(principal, subscription_id)
    del response.headers["etag"]
    return response


async def deliveries_page(
    principal: Principal,
    subscription_id: int,
    *,
    where: DeliveryFilters,
    limit: int,
    cursor: str | None,
) -> Any:
    """A page of a subscription's deliveries, newest first; 404 if the subscription is not the
    caller's to see."""
    await SUBSCRIPTIONS.one(principal, subscription_id)
    return await DELIVERIES.page(
        principal,
        limit=limit,
        cursor=cursor,
        where=where,
        subscription_id=subscription_id,
    )
