"""Liveness, readiness and metrics, outside the versioned API."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from app.clock import local_today, utcnow
from app.db import get_database
from app.errors import NotAuthenticated
from app.metrics import CONTENT_TYPE, disk_gauges, read_business_gauges, render, written_paths
from app.shutdown import is_draining

router = APIRouter(tags=["Platform: operations"])


@router.get("/healthz", operation_id="healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    operation_id="readyz",
    summary="The database is reachable and the process is not shutting down",
    responses={503: {"description": "Database unreachable, or shutting down (after SIGTERM)"}},
)
async def readyz() -> JSONResponse:
    if is_draining():
        return JSONResponse({"status": "shutting down"}, status_code=503)
    try:
        await get_database().probe()
    except Exception:  # noqa: BLE001 - any failure means not ready
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


def require_metrics_token(request: Request) -> None:
    """With FPW_METRICS_TOKEN set, only a scraper that sends it reads the metrics (they name orgs
    and show how much work is overdue where); compared in constant time."""
    expected = request.app.state.settings.metrics_token.get_secret_value()
    if not expected:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), expected.encode()):
        raise NotAuthenticated("The metrics need the monitoring token (FPW_METRICS_TOKEN) as a bearer token")


@router.get(
    "/metrics",
    operation_id="metrics",
    summary="Prometheus metrics",
    description="With `FPW_METRICS_TOKEN` set, the request must carry it as `Authorization: Bearer …`.",
    response_class=PlainTextResponse,
    responses={
        401: {
            "description": "FPW_METRICS_TOKEN is set and the request did not carry it",
            "content": {"application/problem+json": {}},
        }
    },
)
async def metrics(request: Request) -> Response:
    require_metrics_token(request)
    # Every process's counters and histograms (multiprocess mode), the business gauges read now,
    # and the free disk space of the paths the app writes to (docs/operations.md, "Metrics").
    database = get_database()
    extra = await read_business_gauges(database.probe_read, local_today(), utcnow())
    extra += disk_gauges(written_paths(str(request.app.state.settings.secrets_dir)))
    return Response(render(extra), media_type=CONTENT_TYPE)
