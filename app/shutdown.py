"""Graceful shutdown: on SIGTERM, stop being ready at once, keep serving while the load balancer
notices, then let uvicorn finish in-flight requests and exit.

Timeline after SIGTERM: ``/readyz`` answers 503 immediately; for ``FPW_SHUTDOWN_DRAIN_SECONDS`` the
process keeps serving (requests already routed here, and the balancer's last probes); then uvicorn's
own graceful shutdown closes the listening socket and waits for in-flight requests for at most its
``--timeout-graceful-shutdown`` before it exits. So the process is gone within drain + that timeout.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

_draining = False


def is_draining() -> bool:
    return _draining


def install_drain_on_sigterm(drain_seconds: float) -> Callable[[], None]:
    """Wrap the server's SIGTERM handler (uvicorn's); returns a function that restores it."""
    global _draining
    _draining = False
    try:
        loop = asyncio.get_running_loop()
        previous: Any = signal.getsignal(signal.SIGTERM)
    except (RuntimeError, ValueError):
        return lambda: None
    if not callable(previous):  # no server handler to hand over to (e.g. under a test client)
        return lambda: None

    def handle(signum: int, frame: FrameType | None) -> None:
        global _draining
        if _draining:  # a second SIGTERM: stop draining, shut down now
            previous(signum, frame)
            return
        _draining = True
        loop.call_soon_threadsafe(loop.call_later, drain_seconds, previous, signum, frame)

    try:
        signal.signal(signal.SIGTERM, handle)
    except ValueError:  # not the main thread
        return lambda: None

    def restore() -> None:
        try:
            signal.signal(signal.SIGTERM, previous)
        except ValueError:
            pass

    return restore
