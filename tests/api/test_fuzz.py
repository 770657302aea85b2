"""Schemathesis fuzzes the running API from its own OpenAPI document: no input may cause a 500."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.demo.context import DEMO_PASSWORD

pytestmark = pytest.mark.asyncio
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


# community-a first: the street admin's fuzzing may well deactivate demo users.
@pytest.mark.parametrize("username", ["community-a", "street"])
async def test_no_generated_request_causes_a_server_error(live_server, username, tmp_path):
    async with httpx.AsyncClient(base_url=live_server.base_url) as client:
        login = await client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": username, "password": DEMO_PASSWORD},
        )
        token = login.json()["access_token"]
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{live_server.base_url}/openapi.json",
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        "not_a_server_error",
        "--max-examples",
        "15",
        "--exclude-path-regex",
        "/auth/",
        "--seed",
        "2019",
        "--no-color",
    ]
    result = await asyncio.to_thread(
        # in a temporary folder: Schemathesis keeps its state (.schemathesis/) in the working directory
        subprocess.run,
        command,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-4000:]
