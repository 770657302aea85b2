"""Liveness, readiness and metrics, outside the versioned API."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse

from app.clock import local_today
from app.db import get_database
from app.metrics import METRICS
from app.services.core import working_days
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
    body = METRICS.render() + await _calendar_gauge()
    return PlainTextResponse(body, media_type="text/plain; version=0.0.4")


async def _calendar_gauge() -> str:
    """1 from 1 October while next year's holiday arrangement is missing (deadlines into it are
    provisional until the district enters it or an upgraded package carries it); left out when the
    database does not answer."""
    today = local_today()
    try:
        missing = await get_database().probe_read(lambda s: working_days.next_year_missing(s, today))
    except Exception:  # noqa: BLE001 - the metric is left out, the scrape still answers
        return ""
    return (
        "# HELP fpwork_calendar_next_year_missing Next year's holiday arrangement is missing "
        "(from 1 October).\n# TYPE fpwork_calendar_next_year_missing gauge\n"
        f'fpwork_calendar_next_year_missing{{year="{today.year + 1}"}} {1 if missing else 0}\n'
    )
