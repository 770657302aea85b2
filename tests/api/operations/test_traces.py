"""Traces: one request that writes an outbox event, and the worker's webhook delivery of that event,
are one trace (API, SQL and delivery spans), and the request's log lines carry its trace id."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import AsyncIterator
from datetime import date

import httpx
import pytest
import pytest_asyncio
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, format_trace_id
from sqlalchemy import select

from app import tracing
from app.clock import set_today
from app.config import get_settings
from app.db import Database, set_database
from app.logging_config import JsonFormatter
from app.models.core.outbox import OutboxEvent
from app.worker import Worker
from tests.conftest import Api, module_label
from tests.databases import DatabaseFactory
from tests.demo_ids import org_ids
from tests.factories import resident_body
from tests.webhook_receiver import Receiver

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture(scope="module")
async def traced(
    db_factory: DatabaseFactory, request: pytest.FixtureRequest
) -> AsyncIterator[tuple[Api, InMemorySpanExporter]]:
    """The app with tracing on, exporting to memory (tracing is set up before the engines are built)."""
    url = await db_factory.clone(module_label(request))
    get_settings.cache_clear()
    settings = get_settings().model_copy(update={"database_url": url, "webhook_allowed_hosts": ["127.0.0.1"]})
    exporter = InMemorySpanExporter()
    assert tracing.configure(settings, "fpwork-test", exporter=exporter)
    database = Database(settings)
    set_database(database)
    from app.main import create_app

    app = create_app(settings)
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Api(client=client, app=app, settings=settings, database=database, url=url), exporter
    finally:
        await database.dispose()
        set_database(None)
        tracing.shutdown()


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(date(2026, 3, 10))
    yield
    set_today(None)


async def test_a_request_its_queries_and_the_delivery_it_caused_are_one_trace(traced):
    api, exporter = traced
    receiver = Receiver()
    await receiver.start()
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setFormatter(JsonFormatter())
    access = logging.getLogger("fpwork.access")
    access.addHandler(handler)
    level = access.level
    access.setLevel(logging.INFO)
    try:
        hook = await api.post(
            "integration", "/api/v1/webhooks", {"url": receiver.url, "event_types": ["migrant.arrived"]}
        )
        assert hook.status_code == 201, hook.text
        ids = await org_ids(api)
        resident = await api.post(
            "community-a",
            "/api/v1/residents",
            resident_body(ids["community-a"], household_division_code="500101001001"),
        )
        assert resident.status_code == 201, resident.text
        exporter.clear()
        log.seek(0)
        log.truncate()
        arrival = {"resident_id": resident.json()["id"], "arrival_date": "2026-03-01", "address": "幸福路1号"}
        migrant = await api.post(
            "community-a", "/api/v1/migrants", arrival, headers={"X-Request-ID": "trace-test-0001"}
        )
        assert migrant.status_code == 201, migrant.text
        await Worker(api.database, api.settings).drain()
    finally:
        access.removeHandler(handler)
        access.setLevel(level)
        await receiver.stop()

    spans = exporter.get_finished_spans()
    server = [s for s in spans if s.kind is SpanKind.SERVER and s.name == "POST /api/v1/migrants"]
    assert len(server) == 1, [s.name for s in spans]
    trace_id = server[0].context.trace_id
    in_trace = [s for s in spans if s.context.trace_id == trace_id]
    ids_in_trace = {s.context.span_id for s in in_trace}
    # one tree: every span but the request's own has its parent in the trace
    assert all(
        s.parent is not None and s.parent.span_id in ids_in_trace for s in in_trace if s is not server[0]
    )

    sql = [s for s in in_trace if s.attributes.get("db.system") or s.attributes.get("db.system.name")]
    statements = " ".join(
        str(s.attributes.get("db.statement", s.attributes.get("db.query.text"))) for s in sql
    )
    assert "INSERT INTO migrants" in statements and "INSERT INTO outbox_events" in statements, statements

    deliveries = [s for s in in_trace if s.name == "webhook.deliver"]
    assert len(deliveries) == 1, [s.name for s in in_trace]
    delivery = deliveries[0]
    assert delivery.kind is SpanKind.CONSUMER
    assert delivery.parent.span_id == server[0].context.span_id
    assert delivery.attributes["fpwork.webhook.event_type"] == "migrant.arrived"
    posts = [
        s for s in in_trace if s.kind is SpanKind.CLIENT and s.parent.span_id == delivery.context.span_id
    ]
    assert len(posts) == 1 and posts[0].attributes.get("http.response.status_code", 204) == 204
    # the receiver was told the trace too (W3C traceparent on the POST)
    assert len(receiver.received) == 1
    assert receiver.received[0].headers["traceparent"].split("-")[1] == format_trace_id(trace_id)

    lines = [json.loads(line) for line in log.getvalue().splitlines() if line.strip()]
    request_line = next(line for line in lines if line.get("route") == "/api/v1/migrants")
    assert request_line["trace_id"] == format_trace_id(trace_id)
    assert request_line["request_id"] == "trace-test-0001"
    assert len(request_line["span_id"]) == 16


async def test_an_outbox_row_keeps_the_trace_context_and_the_request_id(traced):
    api, _ = traced
    async with api.session() as session:
        event = (
            await session.execute(select(OutboxEvent).where(OutboxEvent.topic == "migrant.arrived"))
        ).scalar_one()
    assert event.trace_context is not None
    assert event.trace_context["request_id"] == "trace-test-0001"
    version, trace_id, span_id, flags = event.trace_context["traceparent"].split("-")
    assert (version, len(trace_id), len(span_id)) == ("00", 32, 16)
    assert int(flags, 16) & 1  # sampled
