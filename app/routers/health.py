"""Liveness, readiness and metrics, outside the versioned API."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse

from app.db import get_database
from app.metrics import METRICS
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
async def metrics() -> PlainTextResponse:
    return PlainTextResponse(METRICS.render(), media_type="text/plain; version=0.0.4")
