"""Prometheus metrics (``prometheus-client``), one scrape for every process of a deployment.

With ``PROMETHEUS_MULTIPROC_DIR`` set (scripts/run.sh sets it and empties it at start), every API
process and worker writes its counters, histograms and gauges to files there, and ``/metrics`` of
any API process adds them up (the library's multiprocess mode: the variable must be set before the
first import of ``prometheus_client``, so set it in the environment, never from code). Without it,
``/metrics`` shows its own process only.

Gauges in multiprocess mode say how processes combine (``multiprocess_mode``): ``livesum`` adds the
processes that are alive (a process marks itself dead on shutdown, ``mark_process_dead``), ``max``
keeps the highest value ever written, so the worker's heartbeat stops advancing when every worker
is gone.

The business gauges (overdue work, outbox backlog, the calendar) are not kept in processes: each
area registers a reader (``business_gauge``) and the scrape runs them at that moment, on a
connection outside the pool and the admission queue, so the numbers are never stale and cost
nothing between scrapes (docs/operations.md, "Metrics").
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.ext.asyncio import AsyncSession

log = logging.getLogger("fpwork.metrics")
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
# The text format every Prometheus 2.x and 3.x reads (the names here are all legacy-safe).
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# No ``*_created`` series: they double the exposition and no rule or panel reads them.
disable_created_metrics()

HTTP_REQUESTS = Counter(
    "fpwork_http_requests",
    "HTTP requests by method, route template and status.",
    ["method", "route", "status"],
)
HTTP_LATENCY = Histogram(
    "fpwork_http_request_duration_seconds",
    "Request latency by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
REQUESTS_IN_FLIGHT = Gauge(
    "fpwork_api_requests_in_flight",
    "API requests admitted and not answered yet.",
    multiprocess_mode="livesum",
)
ADMISSION_WAITS = Counter(
    "fpwork_admission_waits",
    "Requests that waited for a slot: stage=request (in-flight limit) or database (connection budget).",
    ["stage"],
)
ADMISSION_REFUSED = Counter(
    "fpwork_admission_refused",
    "Requests answered 503 overloaded because no slot came free within the budget, by stage.",
    ["stage"],
)
DB_POOL_IN_USE = Gauge(
    "fpwork_db_pool_connections_in_use",
    "Pooled database connections checked out now.",
    multiprocess_mode="livesum",
)
DB_POOL_CAPACITY = Gauge(
    "fpwork_db_pool_connections_max",
    "Pooled database connections the processes may open (pool size plus overflow).",
    multiprocess_mode="livesum",
)
PRINCIPAL_CACHE = Counter(
    "fpwork_principal_cache_lookups",
    "Principal cache lookups by result: hit, miss, or off (cache not listening or turned off).",
    ["result"],
)
WORKER_HEARTBEAT = Gauge(
    "fpwork_worker_last_pass_timestamp_seconds",
    "When a worker last finished a pass (Unix time); the newest over all workers.",
    multiprocess_mode="max",
)
WEBHOOK_ATTEMPTS = Counter(
    "fpwork_webhook_attempts", "Webhook delivery attempts by outcome (delivered, failed).", ["outcome"]
)

# Every known label value from the start, so a family (and the alert rules over it) exists at 0
# before its first event rather than appearing with it.
for _stage in ("request", "database"):
    ADMISSION_WAITS.labels(_stage)
    ADMISSION_REFUSED.labels(_stage)
for _result in ("hit", "miss", "off"):
    PRINCIPAL_CACHE.labels(_result)
for _outcome in ("delivered", "failed"):
    WEBHOOK_ATTEMPTS.labels(_outcome)

# --- business gauges: read from the database at scrape time --------------------------------------

Samples = Iterable[tuple[tuple[str, ...], float]]
GaugeReader = Callable[[AsyncSession, date, datetime], Awaitable[Samples]]


@dataclass(frozen=True)
class BusinessGauge:
    name: str
    documentation: str
    labels: tuple[str, ...]
    read: GaugeReader


BUSINESS_GAUGES: dict[str, BusinessGauge] = {}


def business_gauge(
    name: str, documentation: str, labels: tuple[str, ...] = ()
) -> Callable[[GaugeReader], GaugeReader]:
    """Register ``read(session, today, now)`` as the gauge ``name``; it returns ``(label values,
    value)`` pairs and must be a cheap, indexed query (it runs on every scrape)."""

    def register(read: GaugeReader) -> GaugeReader:
        BUSINESS_GAUGES[name] = BusinessGauge(name, documentation, labels, read)
        return read

    return register


async def read_business_gauges(
    probe_read: Callable[[Callable[[AsyncSession], Awaitable[list[Metric]]], float], Awaitable[list[Metric]]],
    today: date,
    now: datetime,
    timeout_seconds: float = 5.0,
) -> list[Metric]:
    """Every registered gauge, read on one connection; when the database does not answer in time
    the gauges are left out and ``fpwork_business_gauges_up`` is 0 (an alert watches it)."""

    async def read_all(session: AsyncSession) -> list[Metric]:
        families: list[Metric] = []
        for gauge in BUSINESS_GAUGES.values():
            family = GaugeMetricFamily(gauge.name, gauge.documentation, labels=list(gauge.labels))
            for label_values, value in await gauge.read(session, today, now):
                family.add_metric(list(label_values), value)
            families.append(family)
        return families

    up = GaugeMetricFamily(
        "fpwork_business_gauges_up", "1 when the scrape could read the business gauges from the database."
    )
    try:
        families = await probe_read(read_all, timeout_seconds)
    except Exception as exc:  # noqa: BLE001 - the scrape still answers (a timeout, the database away)
        log.warning("business gauges not read (%s: %s)", type(exc).__name__, str(exc)[:200])
        up.add_metric([], 0)
        return [up]
    up.add_metric([], 1)
    return [*families, up]


def disk_gauges(paths: dict[str, str]) -> list[Metric]:
    """Free and total bytes of the file systems the processes write to (``name -> path``)."""
    free = GaugeMetricFamily(
        "fpwork_disk_free_bytes", "Free bytes on a file system the app writes to.", labels=["path"]
    )
    total = GaugeMetricFamily(
        "fpwork_disk_total_bytes", "Size of that file system in bytes.", labels=["path"]
    )
    for name, path in sorted(paths.items()):
        try:
            usage = shutil.disk_usage(path)
        except OSError:
            continue
        free.add_metric([name], usage.free)
        total.add_metric([name], usage.total)
    return [free, total]


def written_paths(secrets_dir: str) -> dict[str, str]:
    paths = {"data": secrets_dir, "tmp": tempfile.gettempdir()}
    if multiproc_dir():
        paths["metrics"] = multiproc_dir() or ""
    return {name: path for name, path in paths.items() if os.path.isdir(path)}


# --- exposition ----------------------------------------------------------------------------------


class _Fixed(Collector):
    """Families computed before the scrape (the asynchronous reads above)."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterator[Metric]:
        return iter(self.families)


def multiproc_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


def render(extra: list[Metric]) -> bytes:
    """The text exposition: every process's metrics (multiprocess mode) or this one's, plus ``extra``."""
    if multiproc_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = CollectorRegistry()
        registry.register(_Delegate())
    registry.register(_Fixed(extra))
    return generate_latest(registry)


class _Delegate(Collector):
    """The process's own default registry, inside the per-scrape one."""

    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()


def mark_this_process_dead() -> None:
    """At exit: this process's ``livesum`` gauges stop counting (multiprocess mode only). A process
    killed without an exit leaves its share until the directory is emptied at the next start."""
    if multiproc_dir():
        multiprocess.mark_process_dead(os.getpid())


atexit.register(mark_this_process_dead)
