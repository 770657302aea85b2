"""Webhooks: Standard Webhooks signatures, missed deliveries caught up, replay, SSRF refusals."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from app import outbox
from app.clock import set_today
from app.db import utcnow
from app.models.core.org import Org
from app.models.migrants.webhook import WebhookDelivery
from app.services.migrants import ssrf
from app.services.migrants.delivery import fan_out
from app.worker import Worker
from tests.demo_ids import org_ids
from tests.factories import resident_body
from tests.webhook_receiver import Receiver

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(date(2026, 3, 10))
    yield
    set_today(None)


@pytest.fixture
def allow_loopback(api):
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"webhook_allowed_hosts": ["127.0.0.1"]})
    yield api.app.state.settings
    api.app.state.settings = original


@pytest.fixture
def fake_dns(monkeypatch):
    names: dict[str, list[str]] = {}

    async def resolve(host: str, port: int) -> list[str]:
        if host in names:
            return names[host]
        raise OSError("no such host")

    monkeypatch.setattr(ssrf, "resolver", resolve)
    return names


async def _arrival(api) -> dict:
    ids = await org_ids(api)
    resident = await api.post(
        "community-a",
        "/api/v1/residents",
        resident_body(ids["community-a"], household_division_code="500101001001"),
    )
    body = {"resident_id": resident.json()["id"], "arrival_date": "2026-03-01", "address": "幸福路1号"}
    migrant = await api.post("community-a", "/api/v1/migrants", body)
    assert migrant.status_code == 201, migrant.text
    return migrant.json()


async def test_signed_deliveries_missed_ones_arrive_later_and_replay(api, allow_loopback):
    receiver = Receiver()
    created = await api.post(
        "integration",
        "/api/v1/webhooks",
        {"url": receiver.url, "event_types": ["migrant.arrived", "migrant.departed"]},
    )
    assert created.status_code == 201, created.text
    secret = created.json()["secret"]
    assert secret.startswith("whsec_")
    hook_id = created.json()["id"]
    assert "secret" not in (await api.get("integration", f"/api/v1/webhooks/{hook_id}")).json()
    worker = Worker(api.database, allow_loopback)
    now = utcnow()

    # the receiver is down: the first delivery fails and waits for its retry
    first = await _arrival(api)
    await worker.drain(now)
    deliveries = (await api.get("integration", f"/api/v1/webhooks/{hook_id}/deliveries")).json()["items"]
    mine = [d for d in deliveries if d["payload"]["data"]["migrant_id"] == first["id"]]
    assert len(mine) == 1 and mine[0]["status"] == "pending" and mine[0]["attempts"] == 1
    assert mine[0]["last_error"] and mine[0]["next_attempt_at"] > now.isoformat()

    # back up a while later: the missed one and the new one arrive, each signed
    await receiver.start()
    try:
        second = await _arrival(api)
        await worker.drain(now + timedelta(days=1))
        got = {}
        for message in receiver.received:
            payload = Webhook(secret).verify(message.body, message.headers)
            got[message.headers["webhook-id"]] = payload
        assert {p["data"]["migrant_id"] for p in got.values()} >= {first["id"], second["id"]}
        assert all(p["type"] == "migrant.arrived" for p in got.values())
        with pytest.raises(WebhookVerificationError):  # a tampered body does not verify
            Webhook(secret).verify(receiver.received[0].body + b" ", receiver.received[0].headers)
        delivered = (
            await api.get(
                "integration", f"/api/v1/webhooks/{hook_id}/deliveries", params={"status": "delivered"}
            )
        ).json()["items"]
        assert {d["payload"]["data"]["migrant_id"] for d in delivered} >= {first["id"], second["id"]}

        # replay sends the same message id again
        target = next(d for d in delivered if d["payload"]["data"]["migrant_id"] == first["id"])
        count = len(receiver.received)
        replayed = await api.post(
            "integration", f"/api/v1/webhooks/{hook_id}/deliveries/{target['id']}/replay"
        )
        assert replayed.status_code == 200 and replayed.json()["status"] == "pending"
        await worker.drain(now + timedelta(days=1))
        assert len(receiver.received) == count + 1
        assert receiver.received[-1].headers["webhook-id"] == target["message_id"]
    finally:
        await receiver.stop()


async def test_refused_urls(api, allow_loopback, fake_dns):
    fake_dns["internal.example.com"] = ["10.0.0.1"]
    fake_dns["mixed.example.com"] = ["93.184.216.34", "192.168.1.5"]
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "http://internal.example.com/hook",
        "http://mixed.example.com/hook",
        "http://[::1]/hook",
        "http://nowhere.example.com/hook",
        "ftp://93.184.216.34/hook",
        "http://user:pw@93.184.216.34/hook",
        "http://[abc]/hook",  # the pattern's shape but no IPv6 address: 422, never a 500
        "http://[::1/hook",  # not even the pattern's shape
    ):
        refused = await api.post(
            "integration", "/api/v1/webhooks", {"url": url, "event_types": ["migrant.arrived"]}
        )
        assert refused.status_code == 422, (url, refused.text)
    unknown = await api.post(
        "integration", "/api/v1/webhooks", {"url": "http://127.0.0.1:9/x", "event_types": ["no.such"]}
    )
    assert unknown.status_code == 422
    # loopback without the allow-list is refused too
    api.app.state.settings = allow_loopback.model_copy(update={"webhook_allowed_hosts": []})
    loop = await api.post(
        "integration", "/api/v1/webhooks", {"url": "http://127.0.0.1:9/x", "event_types": ["migrant.arrived"]}
    )
    assert loop.status_code == 422


async def test_a_name_repointed_inside_is_refused_at_delivery(api, allow_loopback, fake_dns):
    fake_dns["hooks.example.com"] = ["93.184.216.34"]
    created = await api.post(
        "integration",
        "/api/v1/webhooks",
        {"url": "http://hooks.example.com/in", "event_types": ["migrant.arrived"]},
    )
    assert created.status_code == 201
    fake_dns["hooks.example.com"] = ["10.0.0.1"]
    await _arrival(api)
    await Worker(api.database, allow_loopback).drain(utcnow())
    items = (await api.get("integration", f"/api/v1/webhooks/{created.json()['id']}/deliveries")).json()[
        "items"
    ]
    assert items and items[0]["status"] == "pending"
    assert "10.0.0.1" in items[0]["last_error"] and items[0]["last_status_code"] is None


async def test_permissions_and_scope(api, allow_loopback):
    body = {"url": "http://127.0.0.1:9/x", "event_types": ["migrant.arrived"]}
    assert (await api.post("community-a", "/api/v1/webhooks", body)).status_code == 403
    mine = await api.post("street", "/api/v1/webhooks", body)
    assert mine.status_code == 201
    assert (await api.get("street", f"/api/v1/webhooks/{mine.json()['id']}")).status_code == 200
    integration = await api.post("integration", "/api/v1/webhooks", body)
    assert (await api.get("street", f"/api/v1/webhooks/{integration.json()['id']}")).status_code == 404
    assert (
        await api.get("street", f"/api/v1/webhooks/{integration.json()['id']}/deliveries")
    ).status_code == 404
    off = await api.post("street", f"/api/v1/webhooks/{mine.json()['id']}/deactivate")
    assert off.json()["active"] is False
    types = await api.get("integration", "/api/v1/webhooks/event-types")
    assert "migrant.arrived" in [t["type"] for t in types.json()]


async def test_a_street_subscriber_gets_only_its_areas_events(api, allow_loopback):
    body = {"url": "http://127.0.0.1:9/x", "event_types": ["migrant.arrived", "stock.below_threshold"]}
    street_hook = (await api.post("street", "/api/v1/webhooks", body)).json()["id"]
    district_hook = (await api.post("integration", "/api/v1/webhooks", body)).json()["id"]
    async with api.session() as session:
        paths = dict((await session.execute(select(Org.code, Org.path))).all())
        inside = await outbox.emit(session, "migrant.arrived", {"n": 1}, scope_path=paths["500103003001"])
        other_street = await outbox.emit(
            session, "migrant.arrived", {"n": 2}, scope_path=paths["500103001001"]
        )
        unscoped = await outbox.emit(session, "stock.below_threshold", {"n": 3})
        await session.commit()
        await fan_out(session, utcnow(), batch=1000)
        await session.commit()
        rows = (
            await session.execute(
                select(WebhookDelivery.subscription_id, WebhookDelivery.event_id).where(
                    WebhookDelivery.event_id.in_([inside.id, other_street.id, unscoped.id]),
                    WebhookDelivery.subscription_id.in_([street_hook, district_hook]),
                )
            )
        ).all()
    assert {(s, e) for s, e in rows} == {
        (street_hook, inside.id),
        (district_hook, inside.id),
        (district_hook, other_street.id),
        (district_hook, unscoped.id),
    }


async def test_the_request_goes_to_the_address_that_was_checked(api, allow_loopback, fake_dns):
    receiver = Receiver()
    await receiver.start()
    try:
        fake_dns["hooks.example.com"] = ["127.0.0.1"]  # the real resolver knows no such name
        url = f"http://hooks.example.com:{receiver.port}/hook"
        created = await api.post(
            "integration", "/api/v1/webhooks", {"url": url, "event_types": ["migrant.arrived"]}
        )
        assert created.status_code == 201, created.text
        migrant = await _arrival(api)
        await Worker(api.database, allow_loopback).drain(utcnow())
        mine = [m for m in receiver.received if json.loads(m.body)["data"]["migrant_id"] == migrant["id"]]
        assert mine and all(m.headers["host"] == f"hooks.example.com:{receiver.port}" for m in mine)
        Webhook(created.json()["secret"]).verify(mine[0].body, mine[0].headers)
    finally:
        await receiver.stop()
