"""Application factory: routers, middleware, error handlers, lifespan."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from sqlalchemy.orm.exc import StaleDataError

from app import idempotency, tracing
from app.admission import AdmissionMiddleware
from app.config import Settings, get_settings
from app.db import get_database, set_database
from app.deprecations import DEPRECATED_OPERATIONS, Deprecation, DeprecationHeaders
from app.docs_pages import install_docs
from app.error_handlers import UnexpectedErrors, install_error_handlers
from app.errors import Conflict, problem_response
from app.headers import SecurityHeadersMiddleware
from app.idempotency import IdempotencyMiddleware
from app.logging_config import configure_logging
from app.middleware import RequestContextMiddleware
from app.openapi_doc import install_openapi
from app.principal_cache import PrincipalCache
from app.read_lane import ReadLane
from app.routers import health, problems
from app.routers.v1 import api_router
from app.security import configure_hash_workers, configure_password_hashing
from app.services.benefits import gauges as benefit_gauges
from app.services.core import gauges as core_gauges
from app.services.lawful_services import gauges as service_request_gauges
from app.services.migrants import gauges as integration_gauges
from app.services.quality import gauges as referral_gauges
from app.shutdown import install_drain_on_sigterm

DESCRIPTION = """
The back end of a street (sub-district) family planning office's annual work plan: its
communities and social units, the district commission's systems and mobile apps all use it.

* Auth: `POST /api/v1/auth/token` (password or client credentials), then `Authorization: Bearer …`.
* Errors are `application/problem+json`; lists are cursor-paginated (`limit` ≤ 100, `cursor`).
* ID numbers and phones are masked unless a `pii:read` holder asks for one resident with
  `?reveal=true`, which is audited.
"""

TAGS = [
    {"name": "Platform: sign-in", "description": "Tokens, refresh, sign-out"},
    {"name": "Platform: organisations and users", "description": "Leadership: the org tree and its people"},
    {"name": "Core records: residents and families", "description": "居民与家庭档案"},
    {
        "name": "Core records: text messages (短信)",
        "description": "短信：居民同意（可撤回）、短信模板、发送规则与发送记录",
    },
    {
        "name": "Task 4 · Administration by law (依法行政)",
        "description": "政务公开 policies, 一次性告知 service guides, service requests on the clock (即办)",
    },
    {"name": "Public (no sign-in)", "description": "Published policies, service guides, request status"},
    {
        "name": "Task 3 · Interest orientation (利益导向)",
        "description": "Benefit programs, eligibility, applications through review and public notice, "
        "enrolments, payment batches, yearly re-verification",
    },
    {
        "name": "Task 1 · Network (网络建设)",
        "description": "The workforce (cadres, workers, liaisons, informants, volunteers), trainings, "
        "vacant posts; the resource-sharing network: partner hospitals, clinics, schools, enterprises",
    },
    {
        "name": "Task 6 · Quality services (优质服务)",
        "description": "Screening programs and screenings, referrals, free contraceptives: catalogue, "
        "distribution points, stock ledger, dispensing (staff and self-service machines), "
        "alerts and reports",
    },
    {
        "name": "Task 2 · Publicity and education (宣传教育)",
        "description": "Key-day campaigns (5·29, 7·11) opened from a template, activities and reports",
    },
    {
        "name": "Task 7 · Integrity and the Association (诚信计生, 计生协)",
        "description": "Association branches and members, integrity agreements and their yearly review",
    },
    {
        "name": "Task 8 · Sunshine family planning (阳光计生)",
        "description": "Public commitments; feedback and complaints with tracking codes and a response clock",
    },
    {
        "name": "Task 7 · Resident self-governance (村(居)民自治)",
        "description": "居民会议、通过的村规民约/居民公约计生条款及负责落实的计生协志愿者",
    },
    {
        "name": "Task 8 · Work style (作风建设、三项活动、政风行风)",
        "description": "街道自定的作风建设活动类型、活动、参加人员、发现问题与整改；作风情况一览",
    },
    {
        "name": "Reproductive Care Action (生育关怀行动)",
        "description": "Care cases suggested from family records, pairing, visits, assistance",
    },
    {
        "name": "Mobile sync (移动端离线同步)",
        "description": "Devices, the download feed (working set, changes, tombstones), uploads of a day "
        "recorded offline, conflicts (docs/mobile-sync.md)",
    },
    {
        "name": "Demonstration communities (示范社区)",
        "description": "Demonstration projects, weighted criteria, self and street assessment, status",
    },
    {
        "name": "Task 5 · Floating population (流动人口)",
        "description": "Migrants: arrival, 婚育证明, residence permit, departure, hand-over between "
        "communities, equal basic public services, exchange with other regions (区域一盘棋)",
    },
    {
        "name": "Platform: integration",
        "description": "Webhooks (Standard Webhooks), deliveries and replay, change feed, bulk import",
    },
    {
        "name": "Leadership · Responsibility books (目标管理责任制)",
        "description": "Indicator catalogue, target responsibility books with one-vote veto, assignments to "
        "people, year-end evaluation and accountability, the dashboard and the annual report",
    },
    {
        "name": "Leadership · Periodic reports (统计报表)",
        "description": "The district's report forms; each street's report per period, prepared from the "
        "records, signed, submitted, accepted or returned, amended with every version kept; late and "
        "missing submissions; the roll-up of what was accepted, as JSON or XLSX",
    },
    {
        "name": "Leadership · Safeguards (保障措施)",
        "description": "经费（预算、预算项目、支出及佐证，公开冲销与调整）和制度、机构（在用文件及废止）",
    },
    {"name": "Platform: audit", "description": "Who did what, within your area"},
    {"name": "Platform: reference data", "description": "Enumerations with zh-CN and en labels"},
    {"name": "Platform: operations", "description": "Health, readiness, metrics"},
]


# Each area's business gauges for /metrics register themselves at import (app/metrics.py).
BUSINESS_GAUGES = (benefit_gauges, core_gauges, service_request_gauges, integration_gauges, referral_gauges)


def _operation_id(route: APIRoute) -> str:
    return route.name


def configure_process(settings: Settings) -> None:
    """What an app's settings set for the whole process: the log, the password hashing (its threads
    and cost) and tracing (before the database engine is built, on first use, which then gets SQL spans)."""
    configure_logging(settings.log_level)
    configure_hash_workers(settings.password_hash_workers)
    configure_password_hashing(settings)
    tracing.configure(settings, "fpwork-api")


def create_app(
    settings: Settings | None = None, *, deprecations: Mapping[str, Deprecation] = DEPRECATED_OPERATIONS
) -> FastAPI:
    """The app; ``deprecations`` (operationId → Deprecation, app/deprecations.py) marks operations."""
    settings = settings or get_settings()
    configure_process(settings)
    principal_cache = PrincipalCache.from_settings(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        get_database()  # refuses to start without FPW_DATABASE_URL (DatabaseNotConfigured)
        restore_sigterm = install_drain_on_sigterm(settings.shutdown_drain_seconds)
        await principal_cache.start()
        if settings.freezes_startup_heap:
            # Full collections otherwise walk every module, model and schema: 100-250 ms pauses
            # under load, the p99 of the lists (README, Performance).
            gc.collect()
            gc.freeze()
        yield
        restore_sigterm()
        await principal_cache.stop()
        await get_database().dispose()
        set_database(None)

    app = FastAPI(
        title="fpwork API",
        version="1.0.0",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
        # FastAPI's built-in OpenTelemetry hook asks the environment for providers on every request;
        # the app keeps its own metrics (/metrics) and access log, and installs its tracing itself
        # when configured (app/tracing.py).
        telemetry={"tracing": False, "metrics": False, "logs": False},
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.settings = settings
    app.state.principal_cache = principal_cache
    app.state.deprecations = deprecations
    install_error_handlers(app, default_language=settings.default_language)
    idempotency.install(app)

    @app.exception_handler(StaleDataError)
    async def _stale(request: Request, exc: StaleDataError) -> JSONResponse:
        err = Conflict("The record was changed by someone else at the same time; read it again and retry")
        return problem_response(409, err.title, err.detail, code="concurrent-update", request=request)

    install_openapi(app)
    install_docs(app)
    app.include_router(health.router)
    app.include_router(problems.router)
    app.include_router(api_router)
    if settings.read_lane:
        app.add_middleware(ReadLane, fastapi_app=app)
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(
        AdmissionMiddleware,
        max_in_flight=settings.max_requests_in_flight,
        timeout_seconds=settings.db_admission_timeout_seconds,
    )
    # Inside the request id, access log, security headers and CORS, so a 500 carries them too.
    app.add_middleware(UnexpectedErrors, fastapi_app=app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "If-Match", "X-Request-ID"],
            expose_headers=[
                "ETag",
                "Location",
                "X-Request-ID",
                "Retry-After",
                "Deprecation",
                "Sunset",
                "Link",
            ],
        )
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        large_bodies={
            "/api/v1/imports": settings.import_max_bytes,
            "/api/v1/evidence-files": settings.evidence_max_bytes,
        },
    )
    if deprecations:
        app.add_middleware(DeprecationHeaders, routes=app.routes, table=deprecations)
    app.add_middleware(SecurityHeadersMiddleware)
    tracing.instrument_app(app)  # outermost: the access log and every middleware inside the span
    return app


app = create_app()
