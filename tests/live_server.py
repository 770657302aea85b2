"""Waiting for a live uvicorn process: on a deadline that fits a loaded machine, saying why it gave up."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from pathlib import Path

import httpx

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
