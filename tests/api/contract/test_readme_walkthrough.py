"""The README's curl walk-through runs as pasted, against a live server with the demo data."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[3] / "README.md"

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")


def walkthrough_block() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## A walk through with curl", 1)[1]
    match = re.search(r"```bash\n(.*?)```", section, re.S)
    assert match, "README has no bash block under 'A walk through with curl'"
    return match.group(1)


async def test_the_readme_walkthrough_runs_as_pasted(live_server):
    script = "set -euo pipefail\n" + walkthrough_block()
    env = {**os.environ, "API": f"{live_server.base_url}/api/v1"}
    result = await asyncio.to_thread(
        subprocess.run,
        ["bash", "-c", script],  # noqa: S607 - bash from PATH, loopback only
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # the list shows masked ID numbers and phones
    assert re.search(r"'id_number': '\d{6}\*{8}\d{3}[\dX]'", out), out
    # the reveal shows one ID number in full
    assert re.search(r'"id_number":"\d{17}[\dX]"', out), out
    # the ETag was captured from the single read's headers
    assert re.search(r'^ETag: "\d+"$', out, re.M), out
    # the PATCH guarded by the captured ETag succeeded: the answer carries the new (masked) phone
    assert '"phone":"139****1111"' in out, out
    # refresh and client credentials both answered with bearer tokens
    assert out.count("bearer") == 2, out
