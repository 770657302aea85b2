"""Retry timing of webhook deliveries: exponential backoff with jitter, capped, then failed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.config import Settings
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery
from app.services.migrants.delivery import MAX_BACKOFF, _fail, backoff

SETTINGS = Settings(webhook_backoff_base_seconds=10, webhook_max_attempts=4)


def test_backoff_doubles_with_jitter_and_is_capped():
    for attempt in range(1, 8):
        ceiling = 10 * 2 ** (attempt - 1)
        waits = {backoff(SETTINGS, attempt).total_seconds() for _ in range(50)}
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(waits) > 1  # jitter: not all the same
    assert backoff(SETTINGS, 40) <= MAX_BACKOFF


def test_a_delivery_fails_for_good_after_the_last_attempt():
    now = datetime(2026, 3, 10, tzinfo=UTC)
    delivery = WebhookDelivery(status=DeliveryStatus.pending, attempts=0, next_attempt_at=now)
    for attempt in range(1, 4):
        delivery.attempts = attempt
        _fail(delivery, SETTINGS, now, 503, "HTTP 503")
        assert delivery.status is DeliveryStatus.pending
        assert now + timedelta(seconds=5 * 2 ** (attempt - 1)) <= delivery.next_attempt_at
    delivery.attempts = 4
    _fail(delivery, SETTINGS, now, 503, "HTTP 503")
    assert delivery.status is DeliveryStatus.failed and delivery.last_status_code == 503
