"""A 500 keeps the keep-alive connection usable (issue 23, item 9).

Starlette's ServerErrorMiddleware answers an unexpected exception with the app's 500 handler and
then raises it again; uvicorn, seeing an exception after the answer was sent, closed the socket. A
client that had already sent its next request on that keep-alive connection got "connection reset
by peer", and the exception was logged twice (the app's "unhandled error" and uvicorn's "Exception
in ASGI application"). Shown on a real uvicorn process with a test-only failing route
(tests/failing_app.py), the read lane off as in the report.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.live_server import start_uvicorn, stop, wait_until_serving

pytestmark = pytest.mark.asyncio


def _client_port(response: httpx.Response) -> int:
    stream = response.extensions["network_stream"]
    return int(stream.get_extra_info("client_addr")[1])


async def test_the_request_after_a_500_uses_the_same_connection_and_the_error_is_logged_once(
    db_factory, tmp_path
):
    url = await db_factory.clone("security_errors_live")
    log_path, app_log_path = tmp_path / "uvicorn.log", tmp_path / "app.log"
    process, base = start_uvicorn(
        url,
        log_path,
        app_path="tests.failing_app:app",
        stdout_path=app_log_path,
        FPW_READ_LANE="false",
        FPW_LOG_LEVEL="ERROR",
    )
    try:
        await wait_until_serving(process, base, log_path)
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
            failed = await client.get("/test-only/boom", headers={"Accept-Language": "zh-CN"})
            assert failed.status_code == 500
            assert failed.headers["content-type"] == "application/problem+json"
            assert failed.json()["title"] == "服务器内部错误"
            assert failed.json()["request_id"] == failed.headers["x-request-id"]
            assert failed.headers.get("connection", "").lower() != "close"
            port = _client_port(failed)
            await asyncio.sleep(0.3)  # time for the server to close the socket, as it used to

            after = await client.get("/healthz")
            assert after.status_code == 200
            assert _client_port(after) == port  # the same keep-alive connection, not a new one

            posted = await client.post("/test-only/boom", json={})
            assert posted.status_code == 500
            await asyncio.sleep(0.3)
            again = await client.get("/healthz")
            assert again.status_code == 200 and _client_port(again) == port
    finally:
        stop(process)
    log = log_path.read_text(errors="replace") + app_log_path.read_text(errors="replace")
    assert log.count('"unhandled error"') == 2, log  # once per failed request
    assert "Exception in ASGI application" not in log, log
    assert log.count("Boom: boom for the test") == 2, log
