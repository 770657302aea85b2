"""Waiting for a live uvicorn process: on a deadline that fits a loaded machine, saying why it gave up."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.databases import CHEAP_PASSWORD_HASHING

# A loaded 2-core machine can take a while to import the app: wait on a deadline, not a count of polls.
START_SECONDS = float(os.environ.get("FPW_TEST_SERVER_START_SECONDS", "120"))


def tail(log_path: Path) -> str:
    return log_path.read_text(errors="replace")[-4000:] or "(nothing on stderr)"


async def wait_until_serving(
    process: subprocess.Popen[bytes], base: str, log_path: Path, seconds: float = START_SECONDS
) -> None:
    """Return once ``base``/healthz answers 200; raise with the reason and the server's stderr otherwise."""
    deadline = time.monotonic() + seconds
    last_error = "no answer yet"
    async with httpx.AsyncClient(timeout=5) as client:
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"the live server exited with code {process.returncode} before answering /healthz; "
                    f"its stderr:\n{tail(log_path)}"
                )
            try:
                health = await client.get(f"{base}/healthz")
                if health.status_code == 200:
                    return
                last_error = f"/healthz answered {health.status_code}"
            except httpx.TransportError as exc:
                last_error = f"{type(exc).__name__}: {exc}"
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"the live server on {base} did not answer /healthz within {seconds:g} s "
                    f"(FPW_TEST_SERVER_START_SECONDS); last attempt: {last_error}; "
                    f"its stderr:\n{tail(log_path)}"
                )
            await asyncio.sleep(0.1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_uvicorn(
    database_url: str,
    log_path: Path,
    *,
    app_path: str = "app.main:app",
    stdout_path: Path | None = None,
    **env: str,
) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``app_path`` (the app itself unless a test needs a test-only route) on a free loopback
    port; stderr goes to ``log_path`` (a pipe nobody reads can fill up and stall the server), stdout
    (the app's own JSON log) to ``stdout_path`` or nowhere. Returns the process and its base URL."""
    port = free_port()
    cheap_hashing = {f"FPW_{name.upper()}": str(value) for name, value in CHEAP_PASSWORD_HASHING.items()}
    environment = {
        **os.environ,
        "FPW_DATABASE_URL": database_url,
        "FPW_LOG_LEVEL": "WARNING",
        **cheap_hashing,  # as the api fixture's apps: the fuzzers' unknown names check a cheap dummy
        **env,
    }
    with log_path.open("wb") as log, (stdout_path or Path(os.devnull)).open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 - our own server, loopback only
            [
                sys.executable,
                "-m",
                "uvicorn",
                app_path,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-access-log",
                "--no-proxy-headers",
                "--timeout-graceful-shutdown",
                "5",
            ],
            env=environment,
            stdout=out,
            stderr=log,
        )
    return process, f"http://127.0.0.1:{port}"


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
