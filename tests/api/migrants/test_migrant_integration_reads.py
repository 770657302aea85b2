"""Exchange messages, webhook subscriptions and deliveries, and import jobs on the fast read path
(app/services/migrants/exchange_reads.py, webhook_reads.py, import_reads.py), over the seeded rows:
for every demo caller the rows of its subtree in pages (imports and deliveries newest first), each
filter's rows, the messages' overdue flag judged on the fixed day, the single reads (no ETag) and 404
outside the scope; a subscription's deliveries."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.clock import set_today
from app.models.migrants.exchange import ExchangeMessage, MessageDirection, MessageKind, MessageStatus
from app.models.migrants.imports import ImportJob
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery, WebhookSubscription
from app.outbox import TOPICS
from app.schemas.migrants.webhook import EventType
from tests.api.migrants.migrant_data import seeded
from tests.api.read_helpers import all_rows, orgs_under, pages_agree, principal_of, singles_are_rows, walk

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]
TODAY = date(2026, 3, 10)
MESSAGES, WEBHOOKS, IMPORTS = "/api/v1/exchange/messages", "/api/v1/webhooks", "/api/v1/imports"
RESOURCES: dict[str, tuple[str, str, Any, bool]] = {
    # path: (permission, 404 label, model, newest first)
    MESSAGES: ("exchange:read", "Message", ExchangeMessage, False),
    WEBHOOKS: ("webhooks:manage", "Webhook subscription", WebhookSubscription, False),
    IMPORTS: ("imports:write", "Import", ImportJob, True),
}


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(TODAY)
    yield
    set_today(None)


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_subtree_in_pages(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    permission, _, model, newest_first = RESOURCES[path]
    if not principal.can(permission):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    rows = await pages_agree(api, username, path)
    assert rows, "the seeded rows give every permitted caller some"
    mine = await orgs_under(api, principal.org_id)
    ids = sorted(
        (i for i, org in await all_rows(api, model.id, model.org_id) if org in mine), reverse=newest_first
    )
    assert [r["id"] for r in rows] == ids, "its subtree's rows"
    if path == IMPORTS:
        assert any(row["errors"] for row in rows)  # the per-row report, a JSON column
    if path == MESSAGES:
        for r in rows:
            late = r["done_on"] is None and r["due_on"] is not None and r["due_on"] < TODAY.isoformat()
            assert r["overdue"] == late, r


@pytest.mark.parametrize("username", CALLERS)
async def test_message_filters_keep_their_rows(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    if not principal.can("exchange:read"):
        assert (await api.get(username, MESSAGES, params={"overdue": "true"})).status_code == 403
        return
    everything = (await walk(api, username, MESSAGES, 100))[0]
    cases: list[dict[str, Any]] = [{"direction": d.value} for d in MessageDirection]
    cases += [{"kind": k.value} for k in MessageKind] + [{"status": s.value} for s in MessageStatus]
    cases += [{"overdue": True}, {"overdue": False}, {"migrant_id": 1}, {"migrant_id": 2}]
    cases += [{"direction": "outbound", "overdue": False, "kind": "verification_request"}]
    nonempty = 0
    for filters in cases:
        wire = {f: str(v).lower() if isinstance(v, bool) else v for f, v in filters.items()}
        kept = (await walk(api, username, MESSAGES, 2, **wire))[0]
        assert kept == [r for r in everything if all(r[f] == v for f, v in filters.items())], filters
        nonempty += bool(kept)
    assert nonempty >= 4


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_rows_and_404_out_of_scope(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    permission, label, model, _ = RESOURCES[path]
    everything = set(await all_rows(api, model.id))
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    rows = await singles_are_rows(
        api, username, path, sorted(everything), label, etag=False
    )  # none, as before
    assert everything - set(rows) or username in ("district", "integration")


@pytest.mark.parametrize("username", CALLERS)
async def test_deliveries_newest_first_and_404_out_of_scope(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    everything = await all_rows(api, WebhookSubscription.id)
    if not principal.can("webhooks:manage"):
        response = await api.get(username, f"{WEBHOOKS}/{min(everything)}/deliveries")
        assert response.status_code == 403
        return
    visible = {row["id"] for row in (await walk(api, username, WEBHOOKS, 100))[0]}
    deliveries = await all_rows(api, WebhookDelivery.id, WebhookDelivery.subscription_id)
    nonempty = 0
    for subscription_id in [*everything, max(everything) + 1000]:
        path = f"{WEBHOOKS}/{subscription_id}/deliveries"
        if subscription_id not in visible:
            response = await api.get(username, path, params={"cursor": "junk"})
            assert response.status_code == 404, response.text  # the subscription's scope first
            assert "Webhook subscription not found" in response.text
            continue
        rows = await pages_agree(api, username, path)
        assert [r["id"] for r in rows] == sorted(
            (i for i, s in deliveries if s == subscription_id), reverse=True
        )
        assert all(r["subscription_id"] == subscription_id for r in rows)
        nonempty += bool(rows)
        for status in DeliveryStatus:
            kept = (await walk(api, username, path, 2, status=status.value))[0]
            assert kept == [r for r in rows if r["status"] == status.value], (path, status)
            nonempty += bool(kept)
    assert nonempty >= 4


@pytest.mark.parametrize("username", CALLERS)
async def test_event_types_are_the_same_list(api, username):
    principal = await principal_of(api, username)
    response = await api.get(username, "/api/v1/webhooks/event-types")
    if not principal.can("webhooks:manage"):
        assert response.status_code == 403
        return
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    expected = [EventType(type=t, description=d).model_dump(mode="json") for t, d in TOPICS.items()]
    assert response.json() == expected and expected
