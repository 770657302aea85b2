"""Webhooks: district systems subscribe to events; deliveries are listed and can be replayed."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, SettingsDep
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.migrants.webhook import (
    DeliveryRead,
    EventType,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionRead,
)
from app.services.migrants import webhook_reads
from app.services.migrants import webhooks as service

router = APIRouter(prefix="/webhooks", tags=["Platform: integration"])

Manager = Requires("webhooks:manage")


@router.get(
    "/event-types",
    operation_id="listWebhookEventTypes",
    summary="The event types a subscription may name",
    response_model=list[EventType],
    responses=problems(*AUTHED),
)
@lane
async def list_event_types(principal: Reads("webhooks:manage")) -> Any:
    return Response(webhook_reads.event_types_json(), media_type="application/json")


@router.post(
    "",
    operation_id="createWebhookSubscription",
    summary="Subscribe a URL to events (Standard Webhooks); the signing secret is shown once",
    status_code=status.HTTP_201_CREATED,
    response_model=SubscriptionCreated,
    responses=problems(*AUTHED),
)
async def create_subscription(
    body: SubscriptionCreate, response: Response, session: Session, settings: SettingsDep, principal: Manager
) -> SubscriptionCreated:
    subscription, secret = await service.create_subscription(session, settings, principal, body)
    response.headers["Location"] = f"/api/v1/webhooks/{subscription.id}"
    return SubscriptionCreated.model_validate(
        {**SubscriptionRead.model_validate(subscription).model_dump(), "secret": secret}
    )


@router.get(
    "",
    operation_id="listWebhookSubscriptions",
    summary="Webhook subscriptions of the caller's area",
    response_model=Page[SubscriptionRead],
    responses=problems(*AUTHED),
)
@lane
async def list_subscriptions(
    principal: Reads("webhooks:manage"), limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Any:
    return await webhook_reads.SUBSCRIPTIONS.page(principal, limit=limit, cursor=cursor)


@router.get(
    "/{subscription_id}",
    operation_id="getWebhookSubscription",
    summary="Read a webhook subscription",
    response_model=SubscriptionRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_subscription(subscription_id: IdPath, principal: Reads("webhooks:manage")) -> Any:
    return await webhook_reads.subscription(principal, subscription_id)


@router.post(
    "/{subscription_id}/deactivate",
    operation_id="deactivateWebhookSubscription",
    summary="Stop deliveries to a subscription (its history stays)",
    response_model=SubscriptionRead,
    responses=problems(*AUTHED, 404),
)
async def deactivate(subscription_id: IdPath, session: Session, principal: Manager) -> SubscriptionRead:
    return SubscriptionRead.model_validate(await service.deactivate(session, principal, subscription_id))


@router.get(
    "/{subscription_id}/deliveries",
    operation_id="listWebhookDeliveries",
    summary="Deliveries to a subscription, newest first, with attempts and the last error",
    response_model=Page[DeliveryRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_deliveries(
    subscription_id: IdPath,
    principal: Reads("webhooks:manage"),
    where: Annotated[webhook_reads.DeliveryFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await webhook_reads.deliveries_page(
        principal, subscription_id, where=where, limit=limit, cursor=cursor
    )


@router.post(
    "/{subscription_id}/deliveries/{delivery_id}/replay",
    operation_id="replayWebhookDelivery",
    summary="Send a delivery again (same webhook-id) at the worker's next pass",
    response_model=DeliveryRead,
    responses=problems(*AUTHED, 404),
)
async def replay(
    subscription_id: IdPath, delivery_id: IdPath, session: Session, principal: Manager
) -> DeliveryRead:
    return DeliveryRead.model_validate(await service.replay(session, principal, subscription_id, delivery_id))
