"""Liveness, readiness and metrics, outside the versioned API."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from app.clock import local_today, utcnow
from app.db import get_database
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


@router.get(
    "/metrics", operation_id="metrics", summary="Prometheus metrics", response_class=PlainTextResponse
)
async def metrics(request: Request) -> Response:
    # Every process's counters and histograms (multiprocess mode), the business gauges read now,
    # and the free disk space of the paths the app writes to (docs/operations.md, "Metrics").
    database = get_database()
    extra = await read_business_gauges(database.probe_read, local_today(), utcnow())
    extra += disk_gauges(written_paths(str(request.app.state.settings.secrets_dir)))
    return Response(render(extra), media_type=CONTENT_TYPE)
