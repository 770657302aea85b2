"""Two live API processes and a worker sharing one metrics folder: one scrape of either API process
adds up all of them; a process that stops stops counting in the gauges of live processes."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.config import get_settings
from app.demo.context import DEMO_PASSWORD
from tests.api.operations.metrics_scrape import Scrape
from tests.conftest import module_label
from tests.live_server import start_uvicorn, stop, wait_until_serving

pytestmark = pytest.mark.asyncio
ENUMS = "/api/v1/meta/enums"


async def _scrape(client: httpx.AsyncClient, base: str) -> Scrape:
    response = await client.get(f"{base}/metrics")
    assert response.status_code == 200, response.text
    return Scrape.parse(response.text)


def _start_worker(database_url: str, folder: Path, log_path: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "FPW_DATABASE_URL": database_url,
        "PROMETHEUS_MULTIPROC_DIR": str(folder),
        "FPW_LOG_LEVEL": "WARNING",
    }
    with log_path.open("wb") as log:
        return subprocess.Popen(  # noqa: S603 - our own worker
            [sys.executable, "-m", "app.worker"], env=env, stdout=subprocess.DEVNULL, stderr=log
        )


async def test_one_scrape_sums_both_api_processes_and_the_worker(db_factory, request, tmp_path):
    url = await db_factory.clone(module_label(request))
    settings = get_settings()
    per_process = settings.db_pool_size + settings.db_max_overflow
    folder = tmp_path / "metrics"
    folder.mkdir()
    first, first_base = start_uvicorn(url, tmp_path / "a.log", PROMETHEUS_MULTIPROC_DIR=str(folder))
    second, second_base = start_uvicorn(url, tmp_path / "b.log", PROMETHEUS_MULTIPROC_DIR=str(folder))
    worker = _start_worker(url, folder, tmp_path / "worker.log")
    try:
        await wait_until_serving(first, first_base, tmp_path / "a.log")
        await wait_until_serving(second, second_base, tmp_path / "b.log")
        async with httpx.AsyncClient(timeout=30) as client:
            for base, times in ((first_base, 3), (second_base, 5)):
                for _ in range(times):
                    assert (await client.get(f"{base}{ENUMS}")).status_code == 200
            token = await client.post(
                f"{first_base}/api/v1/auth/token",
                data={"grant_type": "password", "username": "street", "password": DEMO_PASSWORD},
            )
            assert token.status_code == 200, token.text
            auth = {"Authorization": f"Bearer {token.json()['access_token']}"}
            for base in (first_base, second_base, second_base):
                assert (await client.get(f"{base}/api/v1/residents?limit=1", headers=auth)).status_code == 200

            scrapes = [await _scrape(client, first_base), await _scrape(client, second_base)]
            for scrape in scrapes:
                assert (
                    scrape.value("fpwork_http_requests_total", method="GET", route=ENUMS, status="200") == 8
                )
                assert (
                    scrape.value("fpwork_http_request_duration_seconds_count", method="GET", route=ENUMS) == 8
                )
                # three processes' pools (two APIs, the worker): each may open pool size + overflow
                assert scrape.value("fpwork_db_pool_connections_max") == 3 * per_process
                lookups = scrape.total("fpwork_principal_cache_lookups_total")
                assert lookups == 3  # one lookup per authenticated request, on either process

            heartbeat = await _wait_for_heartbeat(client, first_base, worker, tmp_path / "worker.log")
            assert abs(heartbeat - time.time()) < 120

            stop(second)  # its share of the live gauges goes with it; its counts stay
            after = await _scrape(client, first_base)
            assert after.value("fpwork_db_pool_connections_max") == 2 * per_process
            assert after.value("fpwork_http_requests_total", method="GET", route=ENUMS, status="200") == 8
    finally:
        for process in (first, second):
            if process.poll() is None:
                stop(process)
        stop(worker)


async def _wait_for_heartbeat(
    client: httpx.AsyncClient, base: str, worker: subprocess.Popen[bytes], log_path: Path
) -> float:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert worker.poll() is None, log_path.read_text(errors="replace")[-4000:]
        found = (await _scrape(client, base)).all("fpwork_worker_last_pass_timestamp_seconds")
        if found:
            return found[0][1]
        await asyncio.sleep(0.5)
    raise AssertionError(f"no worker heartbeat in the scrape; worker log:\n{log_path.read_text()[-4000:]}")
