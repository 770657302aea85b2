"""Running Schemathesis against a live server as one role (tests/api/contract/test_fuzz*.py: one
module per role, so that pytest-xdist runs the three roles on different workers, each on a
database of its own). The checks and why: tests/api/contract/test_fuzz.py."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx

from app.demo.context import DEMO_PASSWORD

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
ROLES = ("community-a", "unit", "street")
CONFIG = Path(__file__).with_name("schemathesis.toml")
HOOKS = Path(__file__).with_name("fuzz_hooks.py")
ROOT = Path(__file__).resolve().parents[3]
# The coverage phase (every parameter's boundary and invalid values, every undeclared method: about
# 18,000 requests, four fifths of a role's run) runs as the street only. Its cases are the same for
# every role; as the street, with the widest permissions, they reach the handlers, where as the
# others most would stop at the 403 the permission check gives first. Every role runs the examples
# and fuzzing phases with every check.
COVERAGE_ROLE = "street"


def phases(username: str) -> str:
    return "examples,coverage,fuzzing" if username == COVERAGE_ROLE else "examples,fuzzing"


def schemathesis_command(base_url: str, token: str, username: str) -> list[str]:
    return [
        str(SCHEMATHESIS),
        "--config-file",
        str(CONFIG),
        "run",
        f"{base_url}/openapi.json",
        "--header",
        f"Authorization: Bearer {token}",
        # every check, positive_data_acceptance and the hooks' schema_valid_requests_are_parsed
        # included (issue #30): test_fuzz.py keeps it so
        "--checks",
        "all",
        # --checks all limits each answer to 10 s: a timing test on a shared, loaded machine (a
        # 999-row import took 13 s there). Speed is measured by the benchmarks (scripts/bench_*.py);
        # here only a hang fails.
        "--max-response-time",
        "120",
        "--max-examples",
        "5",
        "--phases",
        phases(username),
        # signing out in either of its forms would end the run's own session: logging out, and
        # revoking one's own sync device (its session is revoked with it); tests/api/sync covers it
        "--exclude-path-regex",
        r"/auth/logout|/sync/devices/[^/]+/revoke",
        "--seed",
        "2019",
        "--no-color",
        # one worker: hypothesis' source inspection is not thread-safe ("AST constructor recursion
        # depth mismatch" under --workers 2), a fault of the tool, not of the API under test
        "--workers",
        "1",
        # a loaded machine answers a large generated body slowly; that is not a contract violation
        "--request-timeout",
        "60",
    ]


async def sign_in(base_url: str, username: str) -> str:
    """Signed in before any fuzzing: the fuzzer's own failed sign-ins count against this address."""
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as client:
        # the first request builds the document, which a loaded machine may take longer than
        # schemathesis waits for
        assert (await client.get("/openapi.json")).status_code == 200
        login = await client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": username, "password": DEMO_PASSWORD},
        )
        assert login.status_code == 200, login.text
        return str(login.json()["access_token"])


async def fuzz_as(base_url: str, username: str, tmp_path: Path) -> None:
    """Schemathesis as ``username``: no check fails, and the token still works at the end."""
    token = await sign_in(base_url, username)
    environment = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": str(HOOKS),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = await asyncio.to_thread(
        # in a temporary folder: Schemathesis keeps its state (.schemathesis/) in the working directory
        subprocess.run,
        schemathesis_command(base_url, token, username),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        cwd=tmp_path,
        env=environment,
    )
    # the failures and errors sections, without the generated bodies that can run to megabytes
    report = result.stdout.split("FAILURES")[-1] if "FAILURES" in result.stdout else result.stdout
    lines = [line[:300] for line in report.split("WARNINGS")[0].splitlines()]
    assert result.returncode == 0, "\n".join(lines)[-8000:]
    # The run tested the role to its end only if the role's token still worked at the end: a
    # generated write that deactivates the caller (or its org) would turn the rest into 401s.
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
        me = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200, f"{username}'s token no longer works after the run: {me.text}"
