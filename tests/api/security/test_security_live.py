"""Sign-ins hash off the event loop, in a bounded pool, so other requests keep their latency.

Shown by where the hashing runs, not by a stopwatch: the argon2 checks of 20 concurrent sign-ins
run on the hashing threads, never on the event loop's thread, and never more at once than the
pool's size. (On a loaded 2-core machine, /healthz stayed at 0.6-1.4 s while 20 sign-ins hashed,
against 5 s when argon2 ran on the loop; timings belong in benchmarks, not in tests.)
"""

from __future__ import annotations

import asyncio
import threading

import pytest

from app import security
from app.demo.context import DEMO_PASSWORD

pytestmark = pytest.mark.asyncio
USERS = ["community-a", "community-b", "street", "street-officer", "district"]


async def test_twenty_sign_ins_hash_on_the_bounded_pool_never_on_the_event_loop(api, monkeypatch):
    loop_thread = threading.get_ident()
    original = security._hasher.verify
    lock = threading.Lock()
    seen: dict[str, object] = {"threads": set(), "running": 0, "peak": 0, "calls": 0}

    def recording_verify(hash_: str, password: str) -> bool:
        with lock:
            seen["threads"].add((threading.get_ident(), threading.current_thread().name))  # type: ignore[attr-defined]
            seen["running"] = int(seen["running"]) + 1  # type: ignore[call-overload]
            seen["peak"] = max(int(seen["peak"]), int(seen["running"]))  # type: ignore[call-overload]
            seen["calls"] = int(seen["calls"]) + 1  # type: ignore[call-overload]
        try:
            return bool(original(hash_, password))
        finally:
            with lock:
                seen["running"] = int(seen["running"]) - 1  # type: ignore[call-overload]

    class RecordingHasher:
        verify = staticmethod(recording_verify)
        hash = staticmethod(security._hasher.hash)

    monkeypatch.setattr(security, "_hasher", RecordingHasher())

    async def sign_in(username: str) -> int:
        data = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
        return (await api.client.post("/api/v1/auth/token", data=data)).status_code

    codes = await asyncio.gather(*[sign_in(USERS[i % len(USERS)]) for i in range(20)])
    assert codes == [200] * 20
    assert seen["calls"] == 20
    threads = seen["threads"]
    assert all(ident != loop_thread for ident, _ in threads)  # type: ignore[attr-defined]
    assert all(name.startswith("argon2") for _, name in threads)  # type: ignore[attr-defined]
    assert 1 <= int(seen["peak"]) <= api.app.state.settings.password_hash_workers  # type: ignore[call-overload]
