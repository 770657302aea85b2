"""Several API processes and workers on one embedded PostgreSQL server, for the drills.

``Cluster`` owns a throw-away embedded PostgreSQL cluster (``scripts/embedded_pg.py``; stopped and
started again by ``restart_database``), migrates it, loads the demo with its live layer (the
district's six streets), and starts API processes (uvicorn, each its own OS process on a free
loopback port) and workers (``python -m app.worker``), each of which can be restarted or killed.
Used by ``scripts/many_processes.py`` and ``scripts/fault_drill.py``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from scripts import embedded_pg

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "fpwork_drill"
START_SECONDS = 300.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Api:
    port: int
    log: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Cluster:
    """The database, ``apis`` and ``workers``; ``close`` ends every process it started."""

    data: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="fpwork-drill-")))
    url: str = ""
    apis: list[Api] = field(default_factory=list)
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)

    def start_database(self) -> None:
        sockets = embedded_pg.start(self.data / "pg", fast=True)
        embedded_pg.ensure_database(sockets, DATABASE)
        self.url = embedded_pg.url(sockets, DATABASE)
        self.env = {
            **os.environ,
            "FPW_DATABASE_URL": self.url,
            "FPW_LOG_LEVEL": "WARNING",
            # The receiver listens on the loopback interface; deliveries retry soon after a fault.
            "FPW_WEBHOOK_ALLOWED_HOSTS": '["127.0.0.1"]',
            "FPW_WORKER_POLL_SECONDS": "0.2",
            "FPW_WEBHOOK_BACKOFF_BASE_SECONDS": "0.5",
            "FPW_WEBHOOK_TIMEOUT_SECONDS": "3",
        }
        self.env.pop("PROMETHEUS_MULTIPROC_DIR", None)

    def restart_database(self) -> float:
        """Stop PostgreSQL (fast shutdown: every connection is cut) and start it again; the seconds
        it was down."""
        began = time.monotonic()
        embedded_pg.stop(self.data / "pg")
        embedded_pg.start(self.data / "pg", fast=True)
        return time.monotonic() - began

    def prepare(self) -> None:
        """Migrate and load the demo with its live layer (as ``scripts/run.sh`` does)."""
        for module in (["alembic", "upgrade", "head"], ["scripts.seed_demo"]):
            subprocess.run(  # noqa: S603 - our own modules
                [sys.executable, "-m", *module], cwd=ROOT, env=self.env, check=True, capture_output=True
            )

    def start_api(self, index: int | None = None) -> Api:
        """Start an API process (a new one, or again the one at ``index``, on its port)."""
        if index is None:
            api = Api(port=free_port(), log=self.data / f"api-{len(self.apis)}.log")
            self.apis.append(api)
        else:
            api = self.apis[index]
        with api.log.open("ab") as log, api.log.with_suffix(".json").open("ab") as out:
            api.process = subprocess.Popen(  # noqa: S603 - our own server, loopback only
                [
                    *(sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1"),
                    *("--port", str(api.port), "--no-access-log", "--timeout-graceful-shutdown", "5"),
                ],
                cwd=ROOT,
                env=self.env,
                stdout=out,  # the app's JSON log
                stderr=log,
            )
        return api

    def wait_serving(self, api: Api) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            assert api.process is not None
            if api.process.poll() is not None:
                raise RuntimeError(f"API on {api.base} exited: {api.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{api.base}/healthz", timeout=2, trust_env=False).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"API on {api.base} did not answer /healthz in {START_SECONDS:g} s")

    def stop_api(self, index: int) -> None:
        """A graceful stop (SIGTERM: requests in flight finish, as a rolling restart does)."""
        process = self.apis[index].process
        if process is not None:
            _end(process)

    def start_worker(self) -> subprocess.Popen[bytes]:
        log = self.data / f"worker-{len(self.workers)}.log"
        with log.open("ab") as out:
            worker = subprocess.Popen(  # noqa: S603 - our own worker
                [sys.executable, "-m", "app.worker"],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=out,
            )
        self.workers.append(worker)
        return worker

    def kill_worker(self, worker: subprocess.Popen[bytes]) -> None:
        """kill -9: no clean-up at all, whatever it held."""
        worker.send_signal(signal.SIGKILL)
        worker.wait()

    def close(self, *, keep: bool = False) -> None:
        for process in [a.process for a in self.apis if a.process] + self.workers:
            _end(process)
        try:
            embedded_pg.stop(self.data / "pg")
        finally:
            if not keep:
                shutil.rmtree(self.data, ignore_errors=True)


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
