"""The app with routes that fail on purpose (test-only; never imported by app/): a live server
started on ``tests.failing_app:app`` shows what a client sees on the wire after a 500."""

from __future__ import annotations

from fastapi import Response

from app.main import create_app

app = create_app()


class Boom(RuntimeError):
    """Stands for any bug: an exception no handler expects."""


@app.get("/test-only/boom", include_in_schema=False)
async def boom() -> Response:
    raise Boom("boom for the test")


@app.post("/test-only/boom", include_in_schema=False)
async def boom_post() -> Response:
    raise Boom("boom for the test")
