"""Traces (OpenTelemetry): a request's spans through its SQL to the webhook deliveries it caused.

Off by default, and then it costs nothing: no instrumentation is installed, no span is made, and
an outbox row gets no trace context (one check of a module variable per event). It is on when
``FPW_OTLP_ENDPOINT``, ``OTEL_EXPORTER_OTLP_ENDPOINT`` or ``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`` is
set: spans go to that collector by OTLP over HTTP (protobuf), batched in the background.

When on, the API process traces its requests (the FastAPI instrumentation; /healthz, /readyz and
/metrics excluded), their SQL (the SQLAlchemy instrumentation for the ORM, the asyncpg one for the
read path's plain connections), and the worker its webhook POSTs (the httpx instrumentation). An
event written to the outbox keeps the request's W3C trace context (``traceparent``,
``tracestate``) in ``outbox_events.trace_context``, copied to each delivery; the worker continues
that trace, so a delivery's span is a child of the request that caused it, minutes later and in
another process. The row also keeps the request id (with tracing on or off), so the worker's log
lines about that delivery carry it (app/logging_config.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter
from sqlalchemy.ext.asyncio import AsyncEngine

from app.config import Settings
from app.request_context import current_request_id

_ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
# Probes and scrapes every few seconds would drown the traces that matter.
EXCLUDED_URLS = "/healthz,/readyz,/metrics"

_provider: TracerProvider | None = None


def enabled() -> bool:
    return _provider is not None


def endpoint_configured(settings: Settings) -> bool:
    return bool(settings.otlp_endpoint) or any(os.environ.get(name) for name in _ENDPOINT_VARIABLES)


def configure(settings: Settings, service_name: str, exporter: SpanExporter | None = None) -> bool:
    """Turn tracing on for this process when an endpoint is configured (or ``exporter`` is given:
    tests pass an in-memory one, exported span by span). Call it before the database engines are
    built (``instrument_engine``). True when tracing is on."""
    global _provider
    if _provider is not None:
        return True
    if exporter is None and not endpoint_configured(settings):
        return False
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor

    name = os.environ.get("OTEL_SERVICE_NAME") or service_name
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    if exporter is not None:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        traces_url = f"{settings.otlp_endpoint.rstrip('/')}/v1/traces" if settings.otlp_endpoint else None
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=traces_url)))
    AsyncPGInstrumentor().instrument(tracer_provider=provider)
    _provider = provider
    return True


def instrument_engine(engine: AsyncEngine) -> None:
    """SQL spans for ``engine``'s statements, when tracing is on (app/db.py calls it for each engine
    it builds). The instrumentation's own engine tracer, attached to this engine: its
    ``instrument()`` would wrap ``create_async_engine`` in the library's module, which app/db.py
    imported before tracing was configured."""
    if _provider is None:
        return
    from opentelemetry.instrumentation.sqlalchemy import __version__
    from opentelemetry.instrumentation.sqlalchemy.engine import EngineTracer
    from opentelemetry.metrics import NoOpMeter

    tracer = _provider.get_tracer("opentelemetry.instrumentation.sqlalchemy", __version__)
    connections = NoOpMeter("fpwork").create_up_down_counter("db.client.connections.usage")
    EngineTracer(tracer, engine.sync_engine, connections)


def shutdown() -> None:
    """Flush what is pending and remove the instrumentation (process end; tests)."""
    global _provider
    if _provider is None:
        return
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.instrumentation.sqlalchemy.engine import EngineTracer

    EngineTracer.remove_all_event_listeners()
    AsyncPGInstrumentor().uninstrument()
    _provider.shutdown()
    _provider = None


def instrument_app(app: Any) -> None:
    """Server spans for the FastAPI app's requests, when tracing is on."""
    if _provider is None:
        return
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(app, tracer_provider=_provider, excluded_urls=EXCLUDED_URLS)


def instrument_client(client: Any) -> None:
    """Client spans (and the ``traceparent`` header) for an httpx client's requests, when on."""
    if _provider is None:
        return
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    HTTPXClientInstrumentor.instrument_client(client, tracer_provider=_provider)


def outbox_context() -> dict[str, str] | None:
    """What an outbox row keeps of the request writing it: the W3C trace context when tracing is
    on, and the request id; None when there is neither (a scheduled job with tracing off)."""
    carrier: dict[str, str] = {}
    if _provider is not None:
        propagate.inject(carrier)
    request_id = current_request_id.get()
    if request_id:
        carrier["request_id"] = request_id
    return carrier or None


@contextmanager
def continued(carrier: dict[str, Any] | None, name: str, attributes: dict[str, Any]) -> Iterator[None]:
    """Run the block as part of the request that wrote ``carrier`` (an outbox row's context): in a
    span whose parent is that request's span (tracing on), with that request's id for the logs."""
    carrier = carrier or {}
    request_id = carrier.get("request_id")
    token = current_request_id.set(request_id) if request_id else None
    try:
        if _provider is None:
            yield
            return
        tracer = _provider.get_tracer("fpwork.worker")
        parent = propagate.extract(carrier)
        with tracer.start_as_current_span(
            name, context=parent, kind=trace.SpanKind.CONSUMER, attributes=attributes
        ):
            yield
    finally:
        if token is not None:
            current_request_id.reset(token)
