"""The live-server fixture gives up on a deadline and says why."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.live_server import free_port, wait_until_serving

pytestmark = pytest.mark.asyncio


async def test_a_server_that_never_listens_times_out_with_the_reason(tmp_path):
    log_path = tmp_path / "server.log"
    log_path.write_text("still importing...\n")
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with pytest.raises(RuntimeError) as caught:
            await wait_until_serving(process, f"http://127.0.0.1:{free_port()}", log_path, seconds=0.5)
    finally:
        process.kill()
        process.wait()
    message = str(caught.value)
    assert "did not answer /healthz within 0.5 s" in message
    assert "ConnectError" in message and "still importing..." in message


async def test_a_server_that_dies_reports_its_exit_code_and_stderr(tmp_path):
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", "import sys; sys.stderr.write('boom: bad setting'); sys.exit(3)"],
            stderr=log,
        )
        process.wait()
    with pytest.raises(RuntimeError) as caught:
        await wait_until_serving(process, f"http://127.0.0.1:{free_port()}", log_path, seconds=30)
    assert "exited with code 3" in str(caught.value) and "boom: bad setting" in str(caught.value)
