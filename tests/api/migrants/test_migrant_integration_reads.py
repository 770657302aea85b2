"""Exchange messages, webhook subscriptions and deliveries, and import jobs on the fast read path
(app/services/migrants/exchange_reads.py, webhook_reads.py, import_reads.py) show exactly what the
session path showed: for every demo caller the same rows in the same pages (imports and deliveries
newest first), for every filter the same rows, the same single reads (no ETag, as before) and 404
outside the scope. The previous implementation's queries are copied here."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Select, and_, select

from app.authz import Principal, scoped_org_ids
from app.clock import set_today
from app.models.migrants.exchange import ExchangeMessage, MessageDirection, MessageKind, MessageStatus
from app.models.migrants.imports import ImportJob
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery, WebhookSubscription
from app.outbox import TOPICS
from app.schemas.migrants.imports import ImportRead
from app.schemas.migrants.webhook import DeliveryRead, EventType, SubscriptionRead
from app.services.migrants.exchange import to_read
from tests.api.migrants.migrant_data import seeded
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]
TODAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(TODAY)
    yield
    set_today(None)


# The previous implementation: exchange.list_messages / get_message, webhooks.list_subscriptions /
# get_subscription / list_deliveries and imports.list_jobs / get_job (an ORM query in a session,
# each row through the read schema; messages through to_read on today).


def _old_messages(principal: Principal, **f: Any) -> Select[Any]:
    stmt = select(ExchangeMessage).where(ExchangeMessage.org_id.in_(scoped_org_ids(principal)))
    for column, name, kind in (
        (ExchangeMessage.direction, "direction", MessageDirection),
        (ExchangeMessage.kind, "kind", MessageKind),
        (ExchangeMessage.status, "status", MessageStatus),
        (ExchangeMessage.migrant_id, "migrant_id", int),
    ):
        if f.get(name) is not None:
            stmt = stmt.where(column == kind(f[name]))
    if f.get("overdue") is not None:
        late = and_(
            ExchangeMessage.done_on.is_(None),
            ExchangeMessage.due_on.is_not(None),
            ExchangeMessage.due_on < TODAY,
        )
        stmt = stmt.where(late if f["overdue"] == "true" else ~late)
    return stmt


def _old_subscriptions(principal: Principal) -> Select[Any]:
    return select(WebhookSubscription).where(WebhookSubscription.org_id.in_(scoped_org_ids(principal)))


def _old_imports(principal: Principal) -> Select[Any]:
    return select(ImportJob).where(ImportJob.org_id.in_(scoped_org_ids(principal)))


RESOURCES: dict[str, tuple[str, str, Any, Any, Any, bool]] = {
    # path: (permission, 404 label, old query, model, old row → JSON, newest first)
    "/api/v1/exchange/messages": (
        "exchange:read",
        "Message",
        _old_messages,
        ExchangeMessage,
        lambda m: to_read(m, TODAY).model_dump(mode="json"),
        False,
    ),
    "/api/v1/webhooks": (
        "webhooks:manage",
        "Webhook subscription",
        _old_subscriptions,
        WebhookSubscription,
        lambda s: SubscriptionRead.model_validate(s).model_dump(mode="json"),
        False,
    ),
    "/api/v1/imports": (
        "imports:write",
        "Import",
        _old_imports,
        ImportJob,
        lambda j: ImportRead.model_validate(j).model_dump(mode="json"),
        True,
    ),
}


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    _, _, old, model, dump, newest_first = RESOURCES[path]
    order = model.id.desc() if newest_first else model.id
    async with api.session() as session:
        rows = (await session.execute(old(principal, **filters).order_by(order))).scalars().all()
        return [dump(row) for row in rows]


async def _all_ids(api: Api, model: Any) -> set[int]:
    async with api.session() as session:
        return set((await session.execute(select(model.id))).scalars().all())


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    expected = await _expected(api, path, principal)
    assert expected, "the seeded rows give every permitted caller some"
    if RESOURCES[path][5]:
        assert [row["id"] for row in expected] == sorted((row["id"] for row in expected), reverse=True)
    if path == "/api/v1/imports":
        assert any(row["errors"] for row in expected)  # the per-row report, a JSON column
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


@pytest.mark.parametrize("username", CALLERS)
async def test_message_filters_give_the_same_rows_as_before(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    path = "/api/v1/exchange/messages"
    if not principal.can("exchange:read"):
        assert (await api.get(username, path, params={"overdue": "true"})).status_code == 403
        return
    cases: list[dict[str, Any]] = [{"direction": d.value} for d in MessageDirection]
    cases += [{"kind": k.value} for k in MessageKind] + [{"status": s.value} for s in MessageStatus]
    cases += [{"overdue": "true"}, {"overdue": "false"}, {"migrant_id": 1}, {"migrant_id": 2}]
    cases += [{"direction": "outbound", "overdue": "false", "kind": "verification_request"}]
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 4


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    permission, label, _, model, _, _ = RESOURCES[path]
    everything = await _all_ids(api, model)
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    expected = await _expected(api, path, principal)
    for row in expected:
        response = await api.get(username, f"{path}/{row['id']}")
        assert response.status_code == 200, response.text
        assert response.json() == row
        assert "etag" not in response.headers  # the session path set none on these
    outside = everything - {row["id"] for row in expected}
    assert outside or username in ("district", "integration")
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text


@pytest.mark.parametrize("username", CALLERS)
async def test_deliveries_match_newest_first_and_are_404_out_of_scope(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    everything = await _all_ids(api, WebhookSubscription)
    if not principal.can("webhooks:manage"):
        response = await api.get(username, f"/api/v1/webhooks/{min(everything)}/deliveries")
        assert response.status_code == 403
        return
    visible = {row["id"] for row in await _expected(api, "/api/v1/webhooks", principal)}
    nonempty = 0
    for subscription_id in [*sorted(everything), max(everything) + 1000]:
        path = f"/api/v1/webhooks/{subscription_id}/deliveries"
        if subscription_id not in visible:
            response = await api.get(username, path, params={"cursor": "junk"})
            assert response.status_code == 404, response.text  # the subscription's scope first
            assert "Webhook subscription not found" in response.text
            continue
        for status in (None, *DeliveryStatus):
            stmt = select(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription_id)
            if status is not None:
                stmt = stmt.where(WebhookDelivery.status == status)
            async with api.session() as session:
                rows = (await session.execute(stmt.order_by(WebhookDelivery.id.desc()))).scalars().all()
                expected = [DeliveryRead.model_validate(d).model_dump(mode="json") for d in rows]
            filters = {"status": status.value} if status is not None else {}
            assert (await walk(api, username, path, 2, **filters))[0] == expected, (path, filters)
            nonempty += bool(expected)
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
