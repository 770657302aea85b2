"""Schemathesis fuzzes the running API from its own OpenAPI document, with every check but those
in ``PENDING_CHECKS`` (the response-time limit raised to a hang: speed is a matter for the
benchmarks): no 500, no undocumented status code or content type, no 405 without a full ``Allow``,
no schema-violating request accepted (a missing body or a path id below its minimum is 422, never
412), headers and bodies as documented, and, once it is on, no schema-valid request rejected
(``positive_data_acceptance``).

What the document says in words rather than in JSON Schema is taught to the fuzzer by hooks
(tests/api/contract/fuzz_hooks.py): cursors are made with the app's own encoder, a new request gets a new
``Idempotency-Key``, dates stay within the declared ``formatMinimum``/``formatMaximum``, and a
schema-valid case that breaks a cross-field rule written in the document (a range's end before its
start, a report over its longest period, ...) is not sent. With positive_data_acceptance on, any
other rejection of a schema-valid request fails the run.

It runs as community-a, unit and street (in that order: the street admin's fuzzing may well
deactivate the others), with logout excluded so the token lives. A fixed seed and few examples per
operation keep the runtime modest. ``test_the_run_covers_three_roles_and_every_check_but_the_pending_ones``
keeps it so.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from app.demo.context import DEMO_PASSWORD

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
USERS = ["community-a", "unit", "street"]
CONFIG = Path(__file__).with_name("schemathesis.toml")
HOOKS = Path(__file__).with_name("fuzz_hooks.py")
# Checks not run yet, and why. positive_data_acceptance still finds schema-valid requests refused
# for the state of the records they name (422 for an application still missing materials, an org
# that is not a community, an enrolment not flagged, a working calendar not entered, ...): rules the
# document can only say in words and a hook cannot decide without the data. Issue #30.
PENDING_CHECKS = ["positive_data_acceptance"]
ROOT = Path(__file__).resolve().parents[3]


@pytest_asyncio.fixture(scope="module")
async def tokens(live_server) -> dict[str, str]:
    """Signed in before any fuzzing: the fuzzer's own failed sign-ins count against this address."""
    async with httpx.AsyncClient(base_url=live_server.base_url, timeout=120) as client:
        # the first request builds the document, which a loaded machine may take longer than
        # schemathesis waits for
        assert (await client.get("/openapi.json")).status_code == 200
        found = {}
        for username in USERS:
            login = await client.post(
                "/api/v1/auth/token",
                data={"grant_type": "password", "username": username, "password": DEMO_PASSWORD},
            )
            assert login.status_code == 200, login.text
            found[username] = login.json()["access_token"]
    return found


def schemathesis_command(base_url: str, token: str) -> list[str]:
    return [
        str(SCHEMATHESIS),
        "--config-file",
        str(CONFIG),
        "run",
        f"{base_url}/openapi.json",
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        "all",
        *(["--exclude-checks", ",".join(PENDING_CHECKS)] if PENDING_CHECKS else []),
        # --checks all limits each answer to 10 s: a timing test on a shared, loaded machine (a
        # 999-row import took 13 s there). Speed is measured by the benchmarks (scripts/bench_*.py);
        # here only a hang fails.
        "--max-response-time",
        "120",
        "--max-examples",
        "5",
        "--phases",
        "examples,coverage,fuzzing",
        "--exclude-path-regex",
        "/auth/logout",
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


def test_the_run_covers_three_roles_and_every_check_but_the_pending_ones():
    """Three roles of three kinds of org; every check Schemathesis has, none switched off in the
    configuration, and none left out on the command line but those named in PENDING_CHECKS."""
    from schemathesis.config import SchemathesisConfig
    from schemathesis.config._checks import _BUILTIN_CHECK_CONFIGS

    assert USERS == ["community-a", "unit", "street"]
    command = schemathesis_command("http://127.0.0.1:1", "token")
    assert command[command.index("--checks") + 1] == "all"
    excluded = [command[i + 1] for i, arg in enumerate(command) if arg.startswith("--exclude-check")]
    assert excluded == ([",".join(PENDING_CHECKS)] if PENDING_CHECKS else [])
    assert set(PENDING_CHECKS) <= set(_BUILTIN_CHECK_CONFIGS)
    checks = SchemathesisConfig.from_path(CONFIG).projects.default.checks
    switched_off = [name for name in _BUILTIN_CHECK_CONFIGS if not getattr(checks, name).enabled]
    assert switched_off == []


@pytest.mark.xfail(strict=True, reason="positive_data_acceptance pending: see PENDING_CHECKS")
def test_no_check_is_pending():
    """The goal of issue #30: every check on. Passing (an XPASS, strict) means the marker goes."""
    assert PENDING_CHECKS == []


@pytest.mark.asyncio
@pytest.mark.parametrize("username", USERS)
async def test_no_generated_request_breaks_the_contract(live_server, tokens, username, tmp_path):
    environment = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": str(HOOKS),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = await asyncio.to_thread(
        # in a temporary folder: Schemathesis keeps its state (.schemathesis/) in the working directory
        subprocess.run,
        schemathesis_command(live_server.base_url, tokens[username]),
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
    async with httpx.AsyncClient(base_url=live_server.base_url, timeout=60) as client:
        me = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens[username]}"})
    assert me.status_code == 200, f"{username}'s token no longer works after the run: {me.text}"
